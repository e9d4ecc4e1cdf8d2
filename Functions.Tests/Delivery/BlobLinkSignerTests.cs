using Azure.Core;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.Time.Testing;
using YouTubeDownloader.Delivery;

namespace YouTubeDownloader.Tests.Delivery;

/// <summary>Which key signs a link: the account key with a connection string, a user delegation key under an identity (signed offline here).</summary>
public sealed class BlobLinkSignerTests
{
    [Fact]
    public void A_client_from_a_connection_string_signs_with_the_account_key()
    {
        var blob = new BlobServiceClient("UseDevelopmentStorage=true").GetBlobContainerClient("c").GetBlobClient("b");

        BlobLinkSigner.UsesAccountKey(blob).Should().BeTrue();
    }

    [Fact]
    public void A_client_with_a_token_credential_signs_with_a_user_delegation_key()
    {
        var blob = new BlobServiceClient(new Uri("https://account.blob.core.windows.net"), new NoToken())
            .GetBlobContainerClient("c").GetBlobClient("b");

        BlobLinkSigner.UsesAccountKey(blob).Should().BeFalse();
    }

    [Fact]
    public async Task Under_an_identity_the_link_carries_the_delegation_key_and_the_response_overrides()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 12, 0, 0, TimeSpan.Zero));
        var fetches = 0;
        var keys = new UserDelegationKeyCache(
            (startsOn, expiresOn, _) =>
            {
                fetches++;
                return Task.FromResult(BlobsModelFactory.UserDelegationKey(
                    "object-id", "tenant-id", startsOn, expiresOn, "b", "2025-01-05", Convert.ToBase64String(new byte[32])));
            },
            TimeSpan.FromMinutes(15),
            time);
        var signer = new BlobLinkSigner(keys, TimeSpan.FromMinutes(15), time);
        var blob = new BlobServiceClient(new Uri("https://account.blob.core.windows.net"), new NoToken())
            .GetBlobContainerClient("downloads").GetBlobClient("task/media.mp4");

        var link = await signer.SignAsync(blob, "attachment; filename*=UTF-8''a%20b.mp4", "video/mp4", CancellationToken.None);
        await signer.SignAsync(blob, "attachment", "video/mp4", CancellationToken.None);

        var query = System.Web.HttpUtility.ParseQueryString(link.Url.Query);
        query["skoid"].Should().Be("object-id");
        query["sktid"].Should().Be("tenant-id");
        query["sp"].Should().Be("r");
        query["se"].Should().Be("2026-01-01T12:15:00Z");
        query["rscd"].Should().Be("attachment; filename*=UTF-8''a%20b.mp4");
        query["rsct"].Should().Be("video/mp4");
        query["sig"].Should().NotBeNullOrEmpty();
        link.Url.GetLeftPart(UriPartial.Path).Should().Be("https://account.blob.core.windows.net/downloads/task/media.mp4");
        link.ExpiresAt.Should().Be(time.GetUtcNow() + TimeSpan.FromMinutes(15));
        fetches.Should().Be(1, "both links share the cached key");
    }

    /// <summary>Never asked for a token: choosing the signer makes no request.</summary>
    private sealed class NoToken : TokenCredential
    {
        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("No token expected.");

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("No token expected.");
    }
}
