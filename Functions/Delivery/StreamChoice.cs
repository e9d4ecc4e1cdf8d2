using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using YouTubeDownloader.Downloads;
using YouTubeDownloader.Media;
using YouTubeDownloader.Sources;

namespace YouTubeDownloader.Delivery;

/// <summary>
/// What makes two downloads the same file: the video, the download type and audio format (they decide the container:
/// MP4, M4A or Ogg Opus),
/// the exact streams the resolver chose, each with its length, and what the file holds beside them: its chapters
/// (a digest of their times and titles) and its subtitle tracks (language, automatic or not). The quality or
/// <c>format_id</c> asked for is not part of it on purpose: "720p" and "137+140" give the same file when they resolve to
/// the same itags, and "best" today may be another stream than "best" last week. The lengths catch a stream YouTube
/// re-encoded under the same itag.
/// </summary>
/// <remarks>The key is a valid Table Storage key: video ids are <c>[A-Za-z0-9_-]</c>, language codes <c>[A-Za-z0-9-]</c>, the rest is hex digits and separators.</remarks>
public static class StreamChoice
{
    /// <summary>
    /// For example <c>dQw4w9WgXcQ;video;137:52428800,140:3407872</c>, then <c>;chapters-1f2e3d4c</c> when the file has
    /// chapters, <c>;subtitles-en,es~auto</c> when it has subtitle tracks, <c>;opus</c> for an Ogg Opus file (an M4A,
    /// the default, adds nothing, so the keys of files completed before audio formats existed still match), and
    /// <c>;clip-60000-150000</c> (ms) for a clip.
    /// </summary>
    public static string Of(
        string videoId,
        DownloadType type,
        IEnumerable<MediaStreamInfo> streams,
        IReadOnlyList<Chapter>? chapters = null,
        IReadOnlyList<SubtitleTrack>? subtitles = null,
        AudioFormat audioFormat = AudioFormat.M4a,
        ClipSpan? clip = null)
    {
        var key = string.Join(
            ';',
            videoId,
            type.ToString().ToLowerInvariant(),
            string.Join(',', streams.Select(s => s.Id + ":" + s.ContentLength.ToString(CultureInfo.InvariantCulture))));
        if (chapters is { Count: > 0 })
        {
            key += ";chapters-" + Digest(chapters);
        }

        if (subtitles is { Count: > 0 })
        {
            key += ";subtitles-" + string.Join(',', subtitles.Select(s => s.Auto ? s.Lang + "~auto" : s.Lang));
        }

        if (audioFormat == AudioFormat.Opus)
        {
            key += ";opus";
        }

        if (clip is not null)
        {
            key += ";clip-" + clip.StartMs.ToString(CultureInfo.InvariantCulture) + "-" + clip.EndMs.ToString(CultureInfo.InvariantCulture);
        }

        return key;
    }

    /// <summary>Eight hex digits of SHA-256 over every chapter's times and title: an edited description gives another file.</summary>
    private static string Digest(IReadOnlyList<Chapter> chapters)
    {
        var text = string.Join('\n', chapters.Select(c => FormattableString.Invariant($"{c.StartMs}-{c.EndMs} {c.Title}")));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)).AsSpan(0, 4));
    }
}
