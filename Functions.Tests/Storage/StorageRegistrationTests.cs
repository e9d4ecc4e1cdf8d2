using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using YouTubeDownloader.Storage;

namespace YouTubeDownloader.Tests.Storage;

/// <summary>The storage clients come from configuration alone, by connection string or by identity, with no code change.</summary>
public sealed class StorageRegistrationTests
{
    [Fact]
    public void Identity_based_settings_alone_give_clients_on_those_endpoints_without_a_key()
    {
        using var provider = Build(new()
        {
            ["DownloadsStorage:blobServiceUri"] = "https://account.blob.core.windows.net",
            ["DownloadsStorage:tableServiceUri"] = "https://account.table.core.windows.net",
            ["DownloadsStorage:credential"] = "managedidentity",
            ["DownloadsStorage:clientId"] = "00000000-0000-0000-0000-000000000001",
        });

        var blobs = provider.GetRequiredService<BlobServiceClient>();
        var tables = provider.GetRequiredService<TableServiceClient>();

        blobs.Uri.Should().Be(new Uri("https://account.blob.core.windows.net"));
        blobs.CanGenerateAccountSasUri.Should().BeFalse("no account key is involved");
        tables.Uri.Should().Be(new Uri("https://account.table.core.windows.net"));
        provider.GetRequiredService<DownloadBlobStore>().Should().NotBeNull();
        provider.GetRequiredService<DownloadTaskStore>().Should().NotBeNull();
    }

    [Fact]
    public void Without_its_own_setting_the_app_uses_AzureWebJobsStorage_identity_settings()
    {
        using var provider = Build(new()
        {
            ["AzureWebJobsStorage:blobServiceUri"] = "https://other.blob.core.windows.net",
            ["AzureWebJobsStorage:tableServiceUri"] = "https://other.table.core.windows.net",
            ["AzureWebJobsStorage:credential"] = "managedidentity",
        });

        provider.GetRequiredService<BlobServiceClient>().Uri.Host.Should().Be("other.blob.core.windows.net");
        provider.GetRequiredService<TableServiceClient>().Uri.Host.Should().Be("other.table.core.windows.net");
    }

    [Fact]
    public void A_connection_string_works_the_same()
    {
        using var provider = Build(new() { ["DownloadsStorage"] = "UseDevelopmentStorage=true" });

        provider.GetRequiredService<BlobServiceClient>().Uri.Port.Should().Be(10000);
        provider.GetRequiredService<TableServiceClient>().Uri.Port.Should().Be(10002);
    }

    [Fact]
    public void A_missing_service_uri_fails_with_the_name_of_the_setting()
    {
        var act = () => Build(new() { ["DownloadsStorage:credential"] = "managedidentity" }).GetRequiredService<BlobServiceClient>();

        act.Should().Throw<InvalidOperationException>().WithMessage("*DownloadsStorage__blobServiceUri*");
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddDownloadStorage(configuration);
        return services.BuildServiceProvider();
    }
}
