using Azure.Storage.Blobs.Specialized;
using YouTubeDownloader.Sources;

namespace YouTubeDownloader.Assembling;

/// <summary>One stream as the one-pass assembly sees it: its table blob, its length, and what it holds (naming its blocks).</summary>
public sealed record OnePassStream(BlockBlobClient Table, long SourceLength, MediaStreamKind Kind);
