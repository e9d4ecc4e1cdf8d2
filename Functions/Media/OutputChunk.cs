namespace YouTubeDownloader.Media;

/// <summary>A run of consecutive samples of one track written together in the output 'mdat' (a chunk, 8.7.4).</summary>
internal readonly record struct OutputChunk(int Track, int FirstSample, int SampleCount, ushort DescriptionIndex, long Bytes, double StartSeconds)
{
    /// <summary>Where the chunk's bytes start in the output file; assigned once the 'moov' size is known.</summary>
    public long Offset { get; init; }
}
