using YouTubeDownloader.Downloads;
using YouTubeDownloader.Sources;

namespace YouTubeDownloader.Commands;

/// <summary>A validated request to start a download.</summary>
/// <param name="FormatId">Exact itags (<c>"137+140"</c>, <c>"140"</c>) instead of a quality rule; null for the rule.</param>
/// <param name="VideoId">The video; null for a playlist.</param>
/// <param name="ListId">A playlist to download whole; null for one video.</param>
/// <param name="CallbackUrl">Where to POST the task when it ends; checked by <c>Webhooks.CallbackPolicy</c> before the task starts.</param>
/// <param name="Chapters">Whether the file gets the video's chapters.</param>
/// <param name="Subtitles">The subtitles wanted; null for none.</param>
/// <param name="AudioFormat">What an audio download becomes (M4A or Opus).</param>
/// <param name="Clip">The part of the video wanted; null for all of it.</param>
public sealed record StartDownload(
    string Url,
    VideoId? VideoId,
    Quality Quality,
    DownloadType DownloadType,
    string? FormatId = null,
    string? ListId = null,
    string? CallbackUrl = null,
    bool Chapters = true,
    SubtitleChoice? Subtitles = null,
    AudioFormat AudioFormat = AudioFormat.M4a,
    ClipSpan? Clip = null);
