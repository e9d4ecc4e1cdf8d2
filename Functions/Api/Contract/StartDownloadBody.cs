namespace YouTubeDownloader.Api.Contract;

/// <summary>The body of <c>POST /api/download</c> as sent. Unknown fields are ignored, as the original API did.</summary>
/// <param name="FormatId">An exact choice of streams by itag: <c>"140"</c> or video+audio <c>"137+140"</c> (the original API's yt-dlp format ids).</param>
/// <param name="Playlist">True: a watch URL with both <c>v=</c> and <c>list=</c> means the list, not the one video.</param>
/// <param name="CallbackUrl">Where to POST the task when it ends (webhook).</param>
public sealed record StartDownloadBody(
    string? Url, string? Quality, string? DownloadType, string? FormatId = null, bool? Playlist = null, string? CallbackUrl = null);
