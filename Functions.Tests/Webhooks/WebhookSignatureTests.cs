using System.Text;
using YouTubeDownloader.Webhooks;

namespace YouTubeDownloader.Tests.Webhooks;

public sealed class WebhookSignatureTests
{
    [Fact]
    public void The_signature_is_hex_hmac_sha256_of_the_body_as_rfc_4231_computes_it() =>
        // RFC 4231, test case 2.
        WebhookSignature.Of(Encoding.ASCII.GetBytes("what do ya want for nothing?"), "Jefe").Should()
            .Be("sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
}
