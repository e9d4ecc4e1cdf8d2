using Azure.Core;
using Azure.Storage.Blobs;
using YouTubeDownloader.Delivery;

namespace YouTubeDownloader.Tests.Delivery;

/// <summary>Which key signs a link: the account key with a connection string, a user delegation key under an identity.</summary>
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

    /// <summary>Never asked for a token: choosing the signer makes no request.</summary>
    private sealed class NoToken : TokenCredential
    {
        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("No token expected.");

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("No token expected.");
    }
}
