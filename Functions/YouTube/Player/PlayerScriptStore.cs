using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.Options;
using YouTubeDownloader.Storage;

namespace YouTubeDownloader.YouTube.Player;

/// <summary>
/// Player scripts in blob storage, one per id (<c>{id}/base.js</c>): what one instance fetched, the others read. Without
/// a blob service (the <c>check-youtube</c> command on a user's machine) nothing is stored and every script is fetched.
/// </summary>
public sealed class PlayerScriptStore
{
    private readonly BlobContainerClient? container;
    private readonly CreatedOnce? created;

    public PlayerScriptStore(BlobServiceClient? service, IOptions<PlayerCacheOptions> options)
    {
        if (service is not null)
        {
            var blobs = container = service.GetBlobContainerClient(options.Value.Container);
            created = new CreatedOnce(() => blobs.CreateIfNotExistsAsync());
        }
    }

    /// <summary>The stored script; null when none is stored.</summary>
    public async Task<PlayerScript?> ReadAsync(PlayerId id, CancellationToken cancellationToken)
    {
        if (container is null || created is null)
        {
            return null;
        }

        await created.EnsureAsync();
        try
        {
            var content = await container.GetBlobClient(Name(id)).DownloadContentAsync(cancellationToken);
            return new PlayerScript(id, content.Value.Content.ToString());
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    /// <summary>Stores the script; a script already there (written by another instance) is the same one and stays.</summary>
    public async Task WriteAsync(PlayerScript script, CancellationToken cancellationToken)
    {
        if (container is null || created is null)
        {
            return;
        }

        await created.EnsureAsync();
        try
        {
            await container.GetBlobClient(Name(script.Id)).UploadAsync(
                BinaryData.FromString(script.Source),
                new BlobUploadOptions
                {
                    Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
                    HttpHeaders = new BlobHttpHeaders { ContentType = "text/javascript; charset=utf-8" },
                },
                cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            // Another instance stored it first.
        }
    }

    private static string Name(PlayerId id) => $"{id}/base.js";
}
