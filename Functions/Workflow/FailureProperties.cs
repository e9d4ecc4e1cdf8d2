using Microsoft.DurableTask.Worker;
using YouTubeDownloader.Downloads;

namespace YouTubeDownloader.Workflow;

/// <summary>
/// Carries a <see cref="DownloadFailedException"/>'s code and client text across the activity boundary as properties of
/// its failure details (the Functions worker and the durable test engine both ask the registered provider), so the
/// orchestrator reads them as data (<see cref="DownloadFailure"/>) and never parses an exception's message.
/// </summary>
public sealed class FailureProperties : IExceptionPropertiesProvider
{
    public const string Code = "code";
    public const string Text = "text";

    public IDictionary<string, object?>? GetExceptionProperties(Exception exception) => exception is DownloadFailedException failed
        ? new Dictionary<string, object?> { [Code] = failed.Code.ToWire(), [Text] = failed.Text }
        : null;
}
