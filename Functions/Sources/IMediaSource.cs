namespace YouTubeDownloader.Sources;

/// <summary>A remote stream that can be read in byte ranges.</summary>
public interface IMediaSource
{
    long Length { get; }

    /// <summary>
    /// Opens the bytes <c>[offset, offset + count)</c>. The returned stream may break part-way
    /// (<see cref="IOException"/>); the caller resumes by asking again from the byte it reached.
    /// Throws <see cref="Downloads.DownloadFailedException"/> for refusals.
    /// </summary>
    Task<Stream> OpenRangeAsync(long offset, long count, CancellationToken cancellationToken);
}
