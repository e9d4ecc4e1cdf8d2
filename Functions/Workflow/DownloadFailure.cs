using Azure;
using Microsoft.DurableTask;
using YouTubeDownloader.Downloads;

namespace YouTubeDownloader.Workflow;

/// <summary>Why a download ended in error, read back from a failed activity.</summary>
public sealed record DownloadFailure(DownloadErrorCode Code, string Reason)
{
    /// <summary>
    /// Only what is known to be permanent ends a task at once: a refusal of the contract (private, DRM, too long…)
    /// or a task cancelled or removed under the workflow. Everything else, including failures the app has never
    /// seen (a worker process that died reaches the orchestrator as the host's <c>FunctionInvocationException</c>),
    /// is worth another attempt, which resumes from what was staged.
    /// </summary>
    public static bool IsPermanent(TaskFailureDetails details) =>
        Causes(details).FirstOrDefault(d => d.IsCausedBy<DownloadFailedException>() || d.IsCausedBy<TaskNoLongerActiveException>())
            is { } decisive && !decisive.IsCausedBy<TransientDownloadException>();

    /// <summary>The task was cancelled or removed while the step ran: the workflow stops and leaves the task alone.</summary>
    public static bool IsStop(TaskFailureDetails details) => Causes(details).Any(d => d.IsCausedBy<TaskNoLongerActiveException>());

    public static DownloadFailure From(TaskFailureDetails details)
    {
        foreach (var cause in Causes(details))
        {
            if (cause.IsCausedBy<DownloadFailedException>())
            {
                // DownloadFailedException writes "code: reason".
                var separator = cause.ErrorMessage.IndexOf(": ", StringComparison.Ordinal);
                if (separator > 0 && DownloadErrorCodes.TryParse(cause.ErrorMessage[..separator], out var code))
                {
                    return new DownloadFailure(code, cause.ErrorMessage[(separator + 2)..]);
                }
            }

            if (cause.IsCausedBy<RequestFailedException>())
            {
                return new DownloadFailure(DownloadErrorCode.StorageError, Texts.StorageFailed);
            }
        }

        // Unknown kind: the details (type, message, stack) go to the log, not to the client.
        return new DownloadFailure(DownloadErrorCode.InternalError, Texts.InternalFailed);
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
