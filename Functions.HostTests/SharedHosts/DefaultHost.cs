using YouTubeDownloader.HostTests.Harness;

namespace YouTubeDownloader.HostTests.SharedHosts;

/// <summary>The shared host at default settings, direct links short-lived so that their expiry can be seen.</summary>
public sealed class DefaultHost() : SharedHost(new Dictionary<string, string?> { ["Delivery__LinkLifetime"] = LinkLifetime.ToString("c") })
{
    public static readonly TimeSpan LinkLifetime = TimeSpan.FromSeconds(20);
}
