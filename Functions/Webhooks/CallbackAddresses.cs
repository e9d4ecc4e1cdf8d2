using System.Net;

namespace YouTubeDownloader.Webhooks;

/// <summary>
/// Which addresses a callback may reach: only public ones. Everything a request from inside Azure could use to reach
/// something that is not the open internet is refused (server-side request forgery): private and shared (CGNAT) ranges,
/// loopback, link-local (the instance metadata service 169.254.169.254 among them), Azure's platform address
/// 168.63.129.16, multicast and reserved ranges, IPv6 unique-local and link-local, and the IPv6 forms that carry an IPv4
/// address (mapped, NAT64, 6to4, Teredo), which could carry a private one.
/// </summary>
public static class CallbackAddresses
{
    /// <summary>RFC 6890's special-purpose registries, less what is globally reachable, plus Azure's own.</summary>
    private static readonly IPNetwork[] NotPublic =
    [
        .. new[]
        {
            "0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12", "192.0.0.0/24",
            "192.168.0.0/16", "198.18.0.0/15", "224.0.0.0/4", "240.0.0.0/4", "168.63.129.16/32",
            "::/96", "::1/128", "::ffff:0:0/96", "64:ff9b::/96", "64:ff9b:1::/48", "100::/64", "2001::/32", "2002::/16",
            "fc00::/7", "fe80::/10", "fec0::/10", "ff00::/8",
        }.Select(IPNetwork.Parse),
    ];

    public static bool IsLoopback(IPAddress address) => IPAddress.IsLoopback(Normalize(address));

    /// <summary>True when <paramref name="address"/> is on the open internet.</summary>
    public static bool IsPublic(IPAddress address)
    {
        var normal = Normalize(address);
        return !NotPublic.Any(range => range.Contains(normal));
    }

    /// <summary>An IPv4-mapped IPv6 address (<c>::ffff:10.0.0.1</c>) is judged as the IPv4 address it is.</summary>
    private static IPAddress Normalize(IPAddress address) => address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
}
