using System.Globalization;
using YouTubeDownloader.Downloads;
using YouTubeDownloader.Sources;

namespace YouTubeDownloader.Delivery;

/// <summary>
/// What makes two downloads the same file: the video, the download type (it decides the container: MP4 or M4A) and
/// the exact streams the resolver chose, each with its length. The quality or <c>format_id</c> asked for is not part of
/// it on purpose: "720p" and "137+140" give the same file when they resolve to the same itags, and "best" today may be
/// another stream than "best" last week. The lengths catch a stream YouTube re-encoded under the same itag.
/// </summary>
/// <remarks>The key is a valid Table Storage key: video ids are <c>[A-Za-z0-9_-]</c>, the rest is digits and separators.</remarks>
public static class StreamChoice
{
    /// <summary>For example <c>dQw4w9WgXcQ;video;137:52428800,140:3407872</c>.</summary>
    public static string Of(string videoId, DownloadType type, IEnumerable<MediaStreamInfo> streams) =>
        string.Join(
            ';',
            videoId,
            type.ToString().ToLowerInvariant(),
            string.Join(',', streams.Select(s => s.Id + ":" + s.ContentLength.ToString(CultureInfo.InvariantCulture))));
}
