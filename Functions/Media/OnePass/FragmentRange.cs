namespace YouTubeDownloader.Media.OnePass;

/// <summary>One 'sidx' subsegment (its 'moof's and 'mdat's): a byte range of the stream and when it starts, in seconds.</summary>
public readonly record struct FragmentRange(long Offset, long Size, double StartSeconds)
{
    public long End => Offset + Size;
}
