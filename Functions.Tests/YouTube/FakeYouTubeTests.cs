using Microsoft.Extensions.DependencyInjection;
using YouTubeDownloader.Testing.FakeYouTube;

namespace YouTubeDownloader.Tests.YouTube;

/// <summary>Base of the tests that run the resolver's services against their own fake YouTube (one per test).</summary>
public abstract class FakeYouTubeTests : IAsyncLifetime
{
    protected FakeYouTubeServer Fake { get; private set; } = null!;

    protected ServiceProvider Services { get; private set; } = null!;

    public virtual async Task InitializeAsync()
    {
        Fake = await FakeYouTubeServer.StartAsync();
        Services = YouTubeTestServices.Create(Fake);
    }

    public async Task DisposeAsync()
    {
        await Services.DisposeAsync();
        await Fake.DisposeAsync();
    }
}
