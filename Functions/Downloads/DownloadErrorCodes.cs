using System.Text.Json;

namespace YouTubeDownloader.Downloads;

/// <summary>Converts <see cref="DownloadErrorCode"/> to and from its wire text, and says which codes may pass on their own.</summary>
public static class DownloadErrorCodes
{
    public static string ToWire(this DownloadErrorCode code) => JsonNamingPolicy.SnakeCaseLower.ConvertName(code.ToString());

    public static bool TryParse(string? wire, out DownloadErrorCode code)
    {
        foreach (var candidate in Enum.GetValues<DownloadErrorCode>())
        {
            if (string.Equals(candidate.ToWire(), wire, StringComparison.Ordinal))
            {
                code = candidate;
                return true;
            }
        }

        code = default;
        return false;
    }

    /// <summary>
    /// The one place that decides whether a failure is worth another attempt: throttling, the bot check (often lifted with a
    /// new visitorData), a source that failed or could not be reached, storage, the unforeseen. Every other code is a refusal
    /// that stays as it is (a private video stays private), so it ends the task at once.
    /// </summary>
    public static bool IsRetryable(this DownloadErrorCode code) => code is DownloadErrorCode.RateLimited
        or DownloadErrorCode.BotCheck
        or DownloadErrorCode.SourceError
        or DownloadErrorCode.SourceUnreachable
        or DownloadErrorCode.StorageError
        or DownloadErrorCode.InternalError;
}
