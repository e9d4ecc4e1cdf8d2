using Azure;
using Microsoft.DurableTask;
using YouTubeDownloader.Downloads;

namespace YouTubeDownloader.Workflow;

/// <summary>Why a download ended in error, read back from a failed activity.</summary>
public sealed record DownloadFailure(DownloadErrorCode Code, string Reason)
{
    public static DownloadFailure From(TaskFailureDetails details)
    {
        if (details.IsCausedBy<DownloadFailedException>())
        {
            // DownloadFailedException writes "code: reason".
            var separator = details.ErrorMessage.IndexOf(": ", StringComparison.Ordinal);
            if (separator > 0 && DownloadErrorCodes.TryParse(details.ErrorMessage[..separator], out var code))
            {
                return new DownloadFailure(code, details.ErrorMessage[(separator + 2)..]);
            }
        }

        if (details.IsCausedBy<RequestFailedException>())
        {
            return new DownloadFailure(DownloadErrorCode.StorageError, "Error de almacenamiento: " + details.ErrorMessage);
        }

        return new DownloadFailure(DownloadErrorCode.SourceError, details.ErrorMessage);
    }
}
