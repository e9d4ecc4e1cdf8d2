using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using YouTubeDownloader.Commands;
using YouTubeDownloader.Delivery;
using YouTubeDownloader.Downloads;
using YouTubeDownloader.Playlists;
using YouTubeDownloader.Storage;
using YouTubeDownloader.Subscriptions;
using YouTubeDownloader.Testing;
using YouTubeDownloader.Transfer;
using YouTubeDownloader.Webhooks;
using YouTubeDownloader.Workflow;
using YouTubeDownloader.YouTube.Search;
using YouTubeDownloader.YouTube;
using YouTubeDownloader.YouTube.Clients;

namespace YouTubeDownloader.Tests.Host;

/// <summary><c>local.settings.sample.json</c> holds valid settings, and the defaults it documents are the code's.</summary>
public sealed class LocalSettingsSampleTests
{
    [Fact]
    public void The_sample_binds_validates_and_matches_the_defaults_in_code()
    {
        using var sample = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "local.settings.sample.json")));
        var values = sample.RootElement.GetProperty("Values").EnumerateObject()
            .ToDictionary(p => p.Name.Replace("__", ":", StringComparison.Ordinal), p => (string?)p.Value.GetString());
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddDownloadStorage(configuration).AddSegmentedTransfer(configuration).AddDownloads(configuration).AddYouTubeResolver(configuration)
            .AddTrending(configuration).AddDelivery(configuration).AddWebhooks(configuration).AddSubscriptions(configuration);
        using var provider = services.BuildServiceProvider();

        provider.GetRequiredService<IOptions<TransferOptions>>().Value.Should().BeEquivalentTo(new TransferOptions());
        provider.GetRequiredService<IOptions<WorkflowOptions>>().Value.Should().BeEquivalentTo(new WorkflowOptions());
        provider.GetRequiredService<IOptions<DownloadOptions>>().Value.Should().BeEquivalentTo(new DownloadOptions());
        provider.GetRequiredService<IOptions<PlaylistOptions>>().Value.Should().BeEquivalentTo(new PlaylistOptions());
        provider.GetRequiredService<IOptions<SubscriptionOptions>>().Value.Should().BeEquivalentTo(new SubscriptionOptions());
        var youTube = provider.GetRequiredService<IOptions<YouTubeOptions>>().Value;
        youTube.ApiBaseAddress.Should().Be(new YouTubeOptions().ApiBaseAddress);
        youTube.MaxDurationSeconds.Should().Be(new YouTubeOptions().MaxDurationSeconds);
        youTube.ClientOrder.Should().Equal("VISIONOS", "ANDROID_VR");
        youTube.SearchParams.Should().Be(new YouTubeOptions().SearchParams);
        youTube.SearchClient.Should().BeEquivalentTo(YouTubeClientDefaults.Web);
        youTube.PlaylistClient.Should().BeEquivalentTo(YouTubeClientDefaults.Web);
        provider.GetRequiredService<IOptions<TrendingOptions>>().Value.Should().BeEquivalentTo(new TrendingOptions());
        provider.GetRequiredService<IOptions<DeliveryOptions>>().Value.Should().BeEquivalentTo(new DeliveryOptions());
        provider.GetRequiredService<IOptions<WebhookOptions>>().Value.Should().BeEquivalentTo(new WebhookOptions { Secret = "" }, "webhooks are off until a secret is set");
        values.Should().ContainKeys("AzureWebJobsStorage", "FUNCTIONS_WORKER_RUNTIME", "DURABLE_TASK_HUB", "DownloadsStorage");
    }
}
