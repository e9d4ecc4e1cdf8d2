using YouTubeDownloader.Downloads;

namespace YouTubeDownloader.Sources;

/// <summary>One video and the quality wanted from it.</summary>
/// <param name="FormatId">Exact streams by the source's ids (YouTube itags, <c>"137+140"</c>), overriding the quality rule; null for the rule.</param>
/// <param name="Subtitles">The subtitles wanted; null for none.</param>
/// <param name="AudioFormat">For an audio download: AAC (M4A) or Opus streams.</param>
/// <param name="Clip">The part wanted; null for the whole video. The duration limit then applies to the clip's length.</param>
public sealed record MediaRequest(
    VideoId VideoId,
    Quality Quality,
    string? FormatId = null,
    SubtitleChoice? Subtitles = null,
    AudioFormat AudioFormat = AudioFormat.M4a,
    ClipSpan? Clip = null);
