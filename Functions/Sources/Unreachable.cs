using System.Net.Sockets;
using Polly.Timeout;

namespace YouTubeDownloader.Sources;

/// <summary>
/// Whether a failed request never reached the source: its name did not resolve, the connection was refused or could not
/// be made, or no answer came in time. Such a failure is <see cref="Downloads.DownloadErrorCode.SourceUnreachable"/> on
/// every route; a source that answered badly, or broke off mid-answer, is a <c>source_error</c>.
/// </summary>
public static class Unreachable
{
    public static bool Is(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case HttpRequestException { HttpRequestError: HttpRequestError.NameResolutionError or HttpRequestError.ConnectionError }:
                case SocketException { SocketErrorCode: SocketError.HostNotFound or SocketError.TryAgain or SocketError.NoData
                    or SocketError.ConnectionRefused or SocketError.TimedOut or SocketError.HostUnreachable or SocketError.NetworkUnreachable }:
                case TimeoutRejectedException:
                case TimeoutException:
                    return true;
            }
        }

        return false;
    }
}
