using YouTubeDownloader.HostTests.Harness;

namespace YouTubeDownloader.HostTests.SharedHosts;

/// <summary>
/// One testbed for the scenarios of a collection that only start their own downloads (new video ids) and read them back:
/// Azurite, the host and its worker start once for all of them, not once per scenario. Scenarios that kill processes,
/// stop storage, change the environment or check the whole storage account keep a testbed of their own.
/// </summary>
public abstract class SharedHost(IReadOnlyDictionary<string, string?> settings) : IAsyncLifetime
{
    private HostTestbed? testbed;

    /// <summary>The testbed with the fake YouTube unthrottled, as each scenario starts.</summary>
    public HostTestbed Testbed
    {
        get
        {
            var current = testbed ?? throw new InvalidOperationException("The shared host has not started.");
            current.YouTube.RangeBytesPerSecond = 0;
            return current;
        }
    }

    public async Task InitializeAsync() => testbed = await HostTestbed.StartAsync(settings);

    public async Task DisposeAsync()
    {
        if (testbed is not null)
        {
            await testbed.DisposeAsync();
        }
    }
}
