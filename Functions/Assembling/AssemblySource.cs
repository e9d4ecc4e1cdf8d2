using YouTubeDownloader.Sources;

namespace YouTubeDownloader.Assembling;

/// <summary>One staged stream of a file: its blob and, on the one-pass path, the blob of its sample entries.</summary>
public sealed record AssemblySource(string BlobName, string? TableBlobName, long ContentLength, MediaStreamKind Kind);
