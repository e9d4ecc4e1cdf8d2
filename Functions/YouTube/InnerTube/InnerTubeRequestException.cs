using System.Net;

namespace YouTubeDownloader.YouTube.InnerTube;

/// <summary>A player request that got no usable answer: a transport failure, a timeout, or a non-success status.</summary>
public sealed class InnerTubeRequestException(string message, HttpStatusCode? statusCode = null, Exception? inner = null)
    : Exception(message, inner)
{
    /// <summary>The HTTP status, when there was a response.</summary>
    public HttpStatusCode? StatusCode { get; } = statusCode;
}
