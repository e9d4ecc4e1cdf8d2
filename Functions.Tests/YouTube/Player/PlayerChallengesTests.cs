using Azure.Storage.Blobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using YouTubeDownloader.Testing;
using YouTubeDownloader.YouTube;
using YouTubeDownloader.YouTube.Player;

namespace YouTubeDownloader.Tests.YouTube.Player;

/// <summary>The players of an instance, through a fake www.youtube.com on 127.0.0.1 and a real blob container (Azurite).</summary>
public sealed class PlayerChallengesTests : IAsyncLifetime
{
    private const string Id = "5eed0001";
    private readonly string container = $"players-{Guid.NewGuid():N}";
    private FakePlayerSite site = null!;
    private AzuriteServer azurite = null!;
    private readonly List<ServiceProvider> instances = [];

    public async Task InitializeAsync()
    {
        azurite = await AzuriteServer.Shared;
        site = await FakePlayerSite.StartAsync();
        site.CurrentId = Id;
        site.Scripts[Id] = File.ReadAllText(Path.Combine(PlayerFixtures.OwnFolder, "own-marker-catch.base.js"));
    }

    public async Task DisposeAsync()
    {
        foreach (var instance in instances)
        {
            await instance.DisposeAsync();
        }

        await site.DisposeAsync();
        await new BlobServiceClient(azurite.ConnectionString).GetBlobContainerClient(container).DeleteIfExistsAsync();
    }

    [Fact]
    public async Task The_current_player_is_fetched_and_prepared_once_however_many_ask()
    {
        var players = Instance();

        var all = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => players.GetCurrentAsync("dQw4w9WgXcQ", CancellationToken.None)));

        all.Distinct().Should().ContainSingle();
        all[0].Id.Value.Should().Be(Id);
        all[0].SignatureTimestamp.Should().Be(20001);
        all[0].SolveN("mTi_rh36E_NM_DY").Should().Be(Expected("n", "mTi_rh36E_NM_DY"));
        site.ScriptRequests.Should().Be(1);
    }

    [Fact]
    public async Task A_cold_instance_reads_the_script_from_storage_instead_of_fetching_it()
    {
        await Instance().GetAsync(PlayerId.Parse(Id), CancellationToken.None);

        var cold = await Instance().GetAsync(PlayerId.Parse(Id), CancellationToken.None);

        cold.SolveN("mTi_rh36E_NM_DY").Should().Be(Expected("n", "mTi_rh36E_NM_DY"));
        site.ScriptRequests.Should().Be(1);
    }

    [Fact]
    public async Task The_watch_page_names_the_player_when_iframe_api_does_not()
    {
        site.IframeApiNamesPlayer = false;

        var player = await Instance().GetCurrentAsync("dQw4w9WgXcQ", CancellationToken.None);

        player.Id.Value.Should().Be(Id);
    }

    [Fact]
    public async Task A_script_that_could_not_be_fetched_is_tried_again_by_the_next_caller()
    {
        var players = Instance();
        site.ScriptStatus = 503;

        var failed = () => players.GetAsync(PlayerId.Parse(Id), CancellationToken.None);

        (await failed.Should().ThrowAsync<PlayerChallengeException>()).Which.Reason.Should().Be(PlayerChallengeFailure.Unavailable);
        site.ScriptStatus = null;
        (await players.GetAsync(PlayerId.Parse(Id), CancellationToken.None)).Id.Value.Should().Be(Id);
        site.ScriptRequests.Should().Be(2);
    }

    [Fact]
    public async Task An_unreadable_script_stays_refused_without_being_fetched_again()
    {
        site.Scripts[Id] = "var _p={};(function(g){g.a=1;})(_p);";
        var players = Instance();

        for (var i = 0; i < 2; i++)
        {
            var refused = () => players.GetAsync(PlayerId.Parse(Id), CancellationToken.None);
            var failure = (await refused.Should().ThrowAsync<PlayerChallengeException>()).Which;
            failure.Reason.Should().Be(PlayerChallengeFailure.FunctionNotFound);
            failure.Player.Value.Should().Be(Id);
        }

        site.ScriptRequests.Should().Be(1);
    }

    private PlayerChallenges Instance()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["YouTube:Player:Container"] = container,
        }).Build();
        var services = new ServiceCollection()
            .AddLogging()
            .AddHttpClient()
            .AddSingleton(new BlobServiceClient(azurite.ConnectionString))
            .AddPlayerChallenges(configuration);
        services.AddOptions<YouTubeOptions>().Configure(o => o.ApiBaseAddress = site.BaseAddress.ToString());
        var provider = services.BuildServiceProvider();
        instances.Add(provider);
        return provider.GetRequiredService<PlayerChallenges>();
    }

    private static string Expected(string kind, string input) =>
        PlayerFixtures.Challenges(PlayerFixtures.Own, "own-marker-catch").GetProperty(kind).EnumerateArray()
            .Single(c => c.GetProperty("input").GetString() == input).GetProperty("expected").GetString()!;
}
