using YouTubeDownloader.Media.Ogg;
using YouTubeDownloader.Media.WebM;

namespace YouTubeDownloader.Media;

/// <summary>
/// Rewraps the Opus track of a WebM (YouTube's itag 251) as an Ogg Opus file (RFC 7845) in one forward pass, packets
/// untouched: no decode, no re-encode, so the audio is bit for bit YouTube's. The OpusHead is the track's CodecPrivate;
/// the OpusTags carry the file's tags and cover; each page's granule position is the count of samples decoded through
/// it (the pre-skip included), read from each packet's TOC, and the last page's is cut by the last block's
/// DiscardPadding, so a decoder yields exactly the samples a WebM decoder does.
/// </summary>
public static class OggOpusRemuxer
{
    public const string OpusCodecId = "A_OPUS";

    /// <summary>One stream per file, so any serial number will do; a fixed one makes a retry write the same bytes.</summary>
    private const uint Serial = 0x4F707573;

    private const long NanosecondsPerSecond = 1_000_000_000;
    private const int OpusRate = 48000;

    /// <returns>The bytes written.</returns>
    /// <exception cref="InvalidDataException">The input is no WebM with an Opus track, or is malformed.</exception>
    /// <exception cref="EndOfStreamException">The input ends inside an element.</exception>
    public static async Task<long> RunAsync(Stream webm, Stream ogg, FileTags tags, CancellationToken cancellationToken)
    {
        var reader = new WebMAudioReader(webm);
        var track = await reader.ReadTrackAsync(OpusCodecId, cancellationToken);
        var head = track.CodecPrivate.Length > 0
            ? OpusHead.Parse(track.CodecPrivate)
            : OpusHead.For(track.Channels, (int)Samples((long)track.CodecDelayNs));

        var writer = new OggPageWriter(ogg, Serial);
        await writer.WriteHeaderPacketAsync(head.Bytes, cancellationToken);
        await writer.WriteHeaderPacketAsync(OpusTags.Build(tags), cancellationToken);

        long granule = 0;
        long lastPacketSamples = 0;
        long lastDiscard = 0;
        await foreach (var block in reader.ReadBlocksAsync(track, cancellationToken))
        {
            foreach (var frame in block.Frames)
            {
                lastPacketSamples = OpusPacket.SampleCount(frame.Span);
                granule += lastPacketSamples;
                await writer.WriteAudioPacketAsync(frame, granule, cancellationToken);
            }

            lastDiscard = block.DiscardPaddingNs;
        }

        // End trimming can only drop samples of the last packet (RFC 7845 section 4.4).
        var trim = Math.Min(Samples(lastDiscard), lastPacketSamples);
        await writer.FinishAsync(granule - trim, cancellationToken);
        return writer.Length;
    }

    /// <summary>Nanoseconds as 48 kHz samples, rounded to the nearest (as Matroska demuxers convert DiscardPadding).</summary>
    private static long Samples(long nanoseconds) => ((nanoseconds * OpusRate) + (NanosecondsPerSecond / 2)) / NanosecondsPerSecond;
}
