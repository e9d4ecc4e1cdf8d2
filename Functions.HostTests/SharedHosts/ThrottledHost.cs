using YouTubeDownloader.HostTests.Harness;

namespace YouTubeDownloader.HostTests.SharedHosts;

/// <summary>
/// The shared host with small segments (<see cref="HostTestbed.ThrottledSettings"/>), frequent progress and event polls,
/// and webhooks signed with <see cref="WebhookSecret"/> and retried after half a second.
/// </summary>
public sealed class ThrottledHost() : SharedHost(HostTestbed.ThrottledSettings(
    ("AZURE_FUNCTIONS_ENVIRONMENT", "Development"),
    ("Delivery__EventsPollInterval", "00:00:00.250"),
    ("Workflow__ProgressInterval", "00:00:00.500"),
    ("Webhooks__Secret", WebhookSecret),
    ("Webhooks__FirstRetryInterval", "00:00:00.500")))
{
    public const string WebhookSecret = "host-webhook-secret";
}
