using System.Text.Json;

namespace YouTubeDownloader.Api.Contract;

/// <summary>The body of <c>POST /api/download</c> as sent. Unknown fields are ignored, as the original API did.</summary>
/// <param name="FormatId">An exact choice of streams by itag: <c>"140"</c> or video+audio <c>"137+140"</c> (the original API's yt-dlp format ids).</param>
/// <param name="Playlist">True: a watch URL with both <c>v=</c> and <c>list=</c> means the list, not the one video.</param>
/// <param name="CallbackUrl">Where to POST the task when it ends (webhook).</param>
/// <param name="Chapters">False: the file gets no chapters. Default true.</param>
/// <param name="Subtitles"><c>"all"</c> or a list of language codes (<c>["en", "es"]</c>); read by <see cref="StartDownloadParser"/>.</param>
/// <param name="AutoSubtitles">True: automatic captions stand in for a language without written ones. Default false.</param>
/// <param name="AudioFormat"><c>"m4a"</c> (default) or <c>"opus"</c>: the file an audio download becomes.</param>
/// <param name="Start">A clip's start: seconds (number or text) or <c>"H:MM:SS"</c>/<c>"M:SS"</c>; read by <see cref="StartDownloadParser"/>.</param>
/// <param name="End">A clip's end, as <paramref name="Start"/>.</param>
public sealed record StartDownloadBody(
    string? Url,
    string? Quality,
    string? DownloadType,
    string? FormatId = null,
    bool? Playlist = null,
    string? CallbackUrl = null,
    bool? Chapters = null,
    JsonElement? Subtitles = null,
    bool? AutoSubtitles = null,
    string? AudioFormat = null,
    JsonElement? Start = null,
    JsonElement? End = null);
