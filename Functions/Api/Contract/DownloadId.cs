using YouTubeDownloader.Downloads;

namespace YouTubeDownloader.Api.Contract;

/// <summary>Task ids in routes are UUIDs; anything else is an unknown id and never reaches storage.</summary>
public static class DownloadId
{
    public static bool TryParse(string? text, out Guid id) => TaskIds.TryParse(text, out id);
}
