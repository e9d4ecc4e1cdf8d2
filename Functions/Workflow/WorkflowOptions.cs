using System.ComponentModel.DataAnnotations;

namespace YouTubeDownloader.Workflow;

/// <summary>Settings under <c>Workflow</c>.</summary>
public sealed class WorkflowOptions
{
    public const string Section = "Workflow";

    /// <summary>How often a running transfer writes progress to the task.</summary>
    public TimeSpan ProgressInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Tries of an activity whose failure is not a permanent refusal (rate limits, 5xx, a dead worker, the unforeseen).</summary>
    [Range(1, 20)]
    public int MaxActivityAttempts { get; set; } = 4;

    /// <summary>First wait before retrying an activity; it doubles up to a minute.</summary>
    public TimeSpan FirstRetryInterval { get; set; } = TimeSpan.FromSeconds(5);
}
