namespace YouTubeDownloader.Sources;

/// <summary>
/// One stream of a plan. It carries no URL on purpose: URLs expire and may be bound to the
/// resolving machine's IP, so whoever fetches the stream asks <see cref="IMediaResolver.OpenAsync"/> for it.
/// </summary>
/// <param name="Id">The source's id for the stream (YouTube's itag).</param>
/// <param name="Kind">What the stream holds.</param>
/// <param name="MimeType">As the source declares it, e.g. <c>video/mp4; codecs="avc1.64001f"</c>.</param>
/// <param name="ContentLength">Exact length in bytes.</param>
public sealed record MediaStreamInfo(string Id, MediaStreamKind Kind, string MimeType, long ContentLength);
