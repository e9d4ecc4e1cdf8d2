using YouTubeDownloader.Media.IsoBmff;

namespace YouTubeDownloader.Media;

/// <summary>Everything read from one input file: the track's descriptive boxes (copied to the output) and its samples.</summary>
internal sealed class InputTrack
{
    public required Stream Stream { get; init; }

    public required uint MovieTimescale { get; init; }

    public required TrackHeaderBox Header { get; init; }

    public required MediaHeaderBox Media { get; init; }

    public required HandlerBox Handler { get; init; }

    /// <summary>The whole 'vmhd'/'smhd'/… box (header included), copied as is; null when the input had none.</summary>
    public required byte[]? MediaInformationHeader { get; init; }

    /// <summary>The whole 'stsd' box (header included): codec configuration is copied byte for byte.</summary>
    public required byte[] SampleDescriptions { get; init; }

    /// <summary>The entry_count of 'stsd': how many sample entries the samples may refer to.</summary>
    public required uint SampleDescriptionCount { get; init; }

    public required EditEntry[] Edits { get; init; }

    public SampleList Samples { get; } = new();

    public bool IsVideo => Handler.HandlerType == BoxTypes.HandlerVideo;

    public uint Timescale => Media.Timescale;

    /// <summary>Sum of the sample durations, in the media timescale.</summary>
    public ulong MediaDuration { get; set; }

    /// <summary>The earliest composition time (decode time + composition offset), media timescale.</summary>
    public long CompositionStart { get; set; } = long.MaxValue;

    /// <summary>Where the last presented sample ends (decode time + composition offset + duration), media timescale.</summary>
    public long CompositionEnd { get; set; }

    public long MediaBytes { get; set; }

    /// <summary>
    /// The decode time of the first sample on the stream's own timeline (its first 'tfdt'; 0 for a progressive file): a
    /// clip's fragments start far into the stream, and its span is placed on that timeline.
    /// </summary>
    public ulong FirstDecodeTime { get; set; }
}
