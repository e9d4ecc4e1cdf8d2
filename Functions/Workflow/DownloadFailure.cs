using Azure;
using Microsoft.DurableTask;
using YouTubeDownloader.Downloads;

namespace YouTubeDownloader.Workflow;

/// <summary>Why a download ended in error, read back from a failed activity: the code and the client's text.</summary>
/// <param name="Reason">The client's text, from <see cref="Texts"/>; never an exception's message.</param>
public sealed record DownloadFailure(DownloadErrorCode Code, string Reason)
{
    /// <summary>
    /// Whether the orchestrator should run the activity again. A failure with a code was either a refusal (it stays) or was
    /// already tried again inside the activity (<see cref="StepAttempts"/>) until its attempts ran out; a cancel or removal
    /// stops the workflow. What is left has no code: a worker process that died (the host's <c>FunctionInvocationException</c>),
    /// a host fault. Another attempt resumes from what was staged.
    /// </summary>
    public static bool IsWorthAnotherActivity(TaskFailureDetails details) => !IsStop(details) && Coded(details) is null;

    /// <summary>The task was cancelled or removed while the step ran: the workflow stops and leaves the task alone.</summary>
    public static bool IsStop(TaskFailureDetails details) => Causes(details).Any(d => d.IsCausedBy<TaskNoLongerActiveException>());

    public static DownloadFailure From(TaskFailureDetails details)
    {
        if (Coded(details) is { } coded)
        {
            return coded;
        }

        // Storage failed past its retries; anything else is of no known kind. The details (type, message, stack) go to the
        // log, not to the client.
        return Causes(details).Any(d => d.IsCausedBy<RequestFailedException>())
            ? new DownloadFailure(DownloadErrorCode.StorageError, Texts.StorageFailed)
            : new DownloadFailure(DownloadErrorCode.InternalError, Texts.InternalFailed);
    }

    /// <summary>The code and text <see cref="FailureProperties"/> put on the failure (or on one it wraps), if any.</summary>
    private static DownloadFailure? Coded(TaskFailureDetails details)
    {
        foreach (var cause in Causes(details))
        {
            if (cause.Properties is { } properties
                && properties.TryGetValue(FailureProperties.Code, out var wire)
                && DownloadErrorCodes.TryParse(wire?.ToString(), out var code))
            {
                var text = properties.TryGetValue(FailureProperties.Text, out var t) && t?.ToString() is { Length: > 0 } given ? given : Texts.Of(code);
                return new DownloadFailure(code, text);
            }
        }

        return null;
    }

    /// <summary>The failure and the failures it wraps, outermost first (a host may wrap the app's exception).</summary>
    private static IEnumerable<TaskFailureDetails> Causes(TaskFailureDetails details)
    {
        for (var d = details; d is not null; d = d.InnerFailure)
        {
            yield return d;
        }
    }
}
