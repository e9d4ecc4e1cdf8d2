using Azure.Storage.Blobs;
using Azure.Storage.Sas;
using Microsoft.Extensions.Options;

namespace YouTubeDownloader.Delivery;

/// <summary>
/// Read-only SAS links to blobs. With a connection string the client holds the account key and signs itself
/// (<see cref="BlobClient.CanGenerateSasUri"/>); under a managed identity there is no key, so the link is signed with a
/// user delegation key (the identity needs <c>Storage Blob Data Owner</c> or <c>Storage Blob Delegator</c>).
/// </summary>
public sealed class BlobLinkSigner
{
    private readonly TimeProvider time;
    private readonly TimeSpan lifetime;
    private readonly UserDelegationKeyCache delegationKeys;

    public BlobLinkSigner(BlobServiceClient service, IOptions<DeliveryOptions> options, TimeProvider time)
        : this(
            new UserDelegationKeyCache(
                async (startsOn, expiresOn, cancellationToken) =>
                    (await service.GetUserDelegationKeyAsync(startsOn, expiresOn, cancellationToken)).Value,
                options.Value.LinkLifetime,
                time),
            options.Value.LinkLifetime,
            time)
    {
    }

    /// <summary>With a given key source: the tests' way into the user delegation branch, which Azurite cannot serve.</summary>
    internal BlobLinkSigner(UserDelegationKeyCache delegationKeys, TimeSpan lifetime, TimeProvider time)
    {
        this.delegationKeys = delegationKeys;
        this.lifetime = lifetime;
        this.time = time;
    }

    /// <summary>A link to <paramref name="blob"/> that answers with these <c>Content-Disposition</c> and <c>Content-Type</c>.</summary>
    public Task<DownloadLink> SignAsync(BlobClient blob, string contentDisposition, string contentType, CancellationToken cancellationToken) =>
        SignAsync(blob, sas => { sas.ContentDisposition = contentDisposition; sas.ContentType = contentType; }, cancellationToken);

    /// <summary>A plain read link to <paramref name="blob"/>, e.g. the source of a server-side copy.</summary>
    public Task<DownloadLink> SignReadAsync(BlobClient blob, CancellationToken cancellationToken) => SignAsync(blob, _ => { }, cancellationToken);

    private async Task<DownloadLink> SignAsync(BlobClient blob, Action<BlobSasBuilder> overrides, CancellationToken cancellationToken)
    {
        var expiresAt = time.GetUtcNow() + lifetime;
        var sas = new BlobSasBuilder(BlobSasPermissions.Read, expiresAt)
        {
            BlobContainerName = blob.BlobContainerName,
            BlobName = blob.Name,
            Resource = "b",
        };
        overrides(sas);
        if (UsesAccountKey(blob))
        {
            return new DownloadLink(blob.GenerateSasUri(sas), expiresAt);
        }

        var key = await delegationKeys.GetAsync(cancellationToken);
        var uri = new BlobUriBuilder(blob.Uri) { Sas = sas.ToSasQueryParameters(key, blob.AccountName) }.ToUri();
        return new DownloadLink(uri, expiresAt);
    }

    /// <summary>True when the client was built with the account key (a connection string), false under a token credential.</summary>
    public static bool UsesAccountKey(BlobClient blob) => blob.CanGenerateSasUri;
}
