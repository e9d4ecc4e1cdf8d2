using YouTubeDownloader.Downloads;
using YouTubeDownloader.YouTube.Wire;

namespace YouTubeDownloader.YouTube.Videos;

/// <summary>
/// Chooses streams deterministically, by the rules of docs/youtube.md ("How it works", stream choice):
/// audio = the <c>audio/mp4</c> stream with the highest bitrate (an Opus download: the WebM Opus one); a height H = the tallest adaptive video at or
/// under H, preferring avc1 over av01, then higher fps, then higher bitrate, paired with that audio;
/// otherwise the tallest muxed format at or under H; nothing = <c>quality_unavailable</c>.
/// </summary>
public static class StreamSelector
{
    // Nominal AAC rates: YouTube's measured bitrate (130762 for itag 140) reads better as the rate it was encoded at.
    private static readonly int[] NominalAudioKbps = [32, 48, 64, 96, 128, 160, 192, 256, 320, 384];

    /// <param name="usable">Formats that passed <see cref="FormatFilter.Usable"/> and carry no DRM.</param>
    public static StreamSelection Select(IReadOnlyList<StreamingFormat> usable, Quality quality, AudioFormat audioFormat = AudioFormat.M4a)
    {
        var audio = BestAudio(usable);
        if (quality.AudioOnly && audioFormat == AudioFormat.Opus)
        {
            return BestOpus(usable) is { } opus
                ? new StreamSelection([opus], AudioNote(opus))
                : throw Unavailable(quality, "no WebM Opus audio stream");
        }

        if (quality.AudioOnly)
        {
            return audio is null
                ? throw Unavailable(quality, "no AAC audio stream")
                : new StreamSelection([audio], AudioNote(audio));
        }

        var maxHeight = quality.MaxHeight ?? int.MaxValue;
        var video = usable
            .Where(f => f.IsVideoOnly && f.Height is { } h && h <= maxHeight)
            .OrderByDescending(f => f.Height)
            .ThenByDescending(FormatFilter.IsAvc)
            .ThenByDescending(f => f.Fps)
            .ThenByDescending(f => f.Bitrate)
            .ThenBy(f => f.Itag)
            .FirstOrDefault();
        if (video is not null && audio is not null)
        {
            return new StreamSelection([video, audio], VideoNote(video));
        }

        var muxed = usable
            .Where(f => f.IsMuxed && f.Height is { } h && h <= maxHeight)
            .OrderByDescending(f => f.Height)
            .ThenByDescending(f => f.Fps)
            .ThenByDescending(f => f.Bitrate)
            .ThenBy(f => f.Itag)
            .FirstOrDefault();
        return muxed is not null
            ? new StreamSelection([muxed], VideoNote(muxed))
            : throw Unavailable(quality, "no MP4 stream at or under that height");
    }

    /// <summary>The audio choice alone, for pairing and for <see cref="YouTubeResolver.OpenAsync"/>'s lookup.</summary>
    public static StreamingFormat? BestAudio(IEnumerable<StreamingFormat> usable) =>
        usable.Where(f => f.IsAudioOnly && f.Container == "audio/mp4")
            .OrderByDescending(f => f.Bitrate)
            .ThenBy(f => f.Itag)
            .FirstOrDefault();

    /// <summary>The Opus choice: the WebM Opus stream with the highest bitrate (itag 251 where YouTube has it).</summary>
    public static StreamingFormat? BestOpus(IEnumerable<StreamingFormat> usable) =>
        usable.Where(FormatFilter.IsWebMOpus)
            .OrderByDescending(f => f.Bitrate)
            .ThenBy(f => f.Itag)
            .FirstOrDefault();

    public static string VideoNote(StreamingFormat video) =>
        !string.IsNullOrWhiteSpace(video.QualityLabel)
            ? video.QualityLabel
            : $"{video.Height}p{(video.Fps > 30 ? video.Fps.ToString(System.Globalization.CultureInfo.InvariantCulture) : "")}";

    public static string AudioNote(StreamingFormat audio)
    {
        var kbps = audio.Bitrate / 1000.0;
        var nominal = NominalAudioKbps.OrderBy(n => Math.Abs(n - kbps)).ThenBy(n => n).First();
        return $"{nominal}kbps";
    }

    private static DownloadFailedException Unavailable(Quality quality, string why) =>
        new(DownloadErrorCode.QualityUnavailable, $"Quality '{quality}' is not available: {why}.", text: Texts.QualityUnavailable(quality.ToString()));
}
