using YouTubeDownloader.Downloads;

namespace YouTubeDownloader.Workflow;

/// <summary>
/// The one rule for a task's orchestration instance ids: its download or playlist workflow runs under the task id, so a
/// task has at most one, and its webhook under the id with a suffix, so a cancel's webhook never collides with it.
/// </summary>
public static class InstanceIds
{
    public static string Task(Guid taskId) => TaskIds.Format(taskId);

    public static string Webhook(Guid taskId) => $"{TaskIds.Format(taskId)}-webhook";
}
