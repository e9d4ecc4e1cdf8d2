using YouTubeDownloader.YouTube.Wire;
using YouTubeDownloader.YouTube.Clients;

namespace YouTubeDownloader.YouTube.Videos;

/// <summary>A video YouTube agreed to serve: its facts and the formats this resolver can fetch (no DRM, MP4 family).</summary>
/// <param name="UploadDate">From the microformat, which only some clients send.</param>
/// <param name="Captions">The caption tracks the player response lists; none when null.</param>
public sealed record YouTubeVideo(
    string VideoId,
    string Title,
    string Author,
    int DurationSeconds,
    string? ThumbnailUrl,
    IReadOnlyList<StreamingFormat> Formats,
    YouTubeClientProfile? Client,
    long? UrlsExpireInSeconds = null,
    string Description = "",
    long? ViewCount = null,
    DateOnly? UploadDate = null,
    IReadOnlyList<CaptionTrack>? Captions = null)
{
    /// <summary>The usable format with this itag, chosen as <see cref="StreamSelector"/> would choose among equals.</summary>
    public StreamingFormat? FindFormat(string itag) =>
        Formats.Where(f => f.Itag?.ToString(System.Globalization.CultureInfo.InvariantCulture) == itag)
            .OrderByDescending(f => f.Bitrate)
            .FirstOrDefault();
}
