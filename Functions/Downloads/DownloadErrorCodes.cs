using System.Text.Json;

namespace YouTubeDownloader.Downloads;

/// <summary>Converts <see cref="DownloadErrorCode"/> to and from its wire text.</summary>
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
}
