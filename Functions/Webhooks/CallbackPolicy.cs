using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;
using YouTubeDownloader.Downloads;

namespace YouTubeDownloader.Webhooks;

/// <summary>
/// Where a webhook may go: checked when the task is created (<see cref="RefusalAsync"/>) and again on every connection
/// (<see cref="ConnectAsync"/>), because a name's addresses can change in between (DNS rebinding). The connection goes only
/// to the addresses just checked, never to a second lookup's answer.
/// </summary>
public sealed class CallbackPolicy(IHostResolver resolver, IOptions<WebhookOptions> options)
{
    public const int MaxLength = 2048;

    /// <summary>Null when <paramref name="url"/> can take webhooks; else the reason, for a 400 <c>invalid_request</c>.</summary>
    public async Task<string?> RefusalAsync(string url, CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled)
        {
            return Texts.WebhooksOff;
        }

        if (url.Length > MaxLength
            || !Uri.TryCreate(url, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            return Texts.CallbackNotHttps(MaxLength);
        }

        if (uri.UserInfo.Length > 0)
        {
            return Texts.CallbackCredentials;
        }

        try
        {
            await AddressesAsync(uri.Scheme, uri.IdnHost, cancellationToken);
            return null;
        }
        catch (CallbackRefusedException e)
        {
            return e.Message;
        }
    }

    /// <summary>
    /// Opens a webhook's connection (<see cref="SocketsHttpHandler.ConnectCallback"/>): resolves the name, checks every
    /// address, and connects to those addresses only.
    /// </summary>
    /// <exception cref="CallbackRefusedException">An address is not allowed; no connection was attempted.</exception>
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var scheme = context.InitialRequestMessage.RequestUri?.Scheme ?? Uri.UriSchemeHttps;
        var addresses = await AddressesAsync(scheme, context.DnsEndPoint.Host, cancellationToken);
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, context.DnsEndPoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>The addresses of <paramref name="host"/>, all of them allowed for <paramref name="scheme"/>.</summary>
    /// <exception cref="CallbackRefusedException">The name does not resolve, or one of its addresses is not allowed.</exception>
    public async Task<IPAddress[]> AddressesAsync(string scheme, string host, CancellationToken cancellationToken)
    {
        var addresses = await ResolveAsync(host.Trim('[', ']'), cancellationToken);

        // Development's exception (a receiver on the developer's machine): loopback only, and then http too.
        var loopback = options.Value.AllowLoopback && addresses.All(CallbackAddresses.IsLoopback);
        if (scheme != Uri.UriSchemeHttps && !loopback)
        {
            throw new CallbackRefusedException(options.Value.AllowLoopback ? Texts.CallbackHttpLoopbackOnly : Texts.CallbackHttpsOnly);
        }

        // Every address, not just the first: a name that also answers a private address is refused whole.
        if (!loopback && addresses.FirstOrDefault(a => !CallbackAddresses.IsPublic(a)) is { } blocked)
        {
            throw new CallbackRefusedException(
                Texts.CallbackPrivate(blocked.ToString()));
        }

        return addresses;
    }

    private async Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken)
    {
        if (IPAddress.TryParse(host, out var literal))
        {
            return [literal];
        }

        // RFC 6761 §6.3: localhost names are loopback, whatever a resolver would answer.
        if (host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase))
        {
            return [IPAddress.Loopback, IPAddress.IPv6Loopback];
        }

        IPAddress[] addresses;
        try
        {
            addresses = await resolver.ResolveAsync(host, cancellationToken);
        }
        catch (SocketException)
        {
            addresses = [];
        }

        return addresses.Length > 0
            ? addresses
            : throw new CallbackRefusedException(Texts.CallbackUnresolved(host));
    }
}
