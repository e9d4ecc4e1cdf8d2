using System.Security.Cryptography;
using System.Text;

namespace YouTubeDownloader.Webhooks;

/// <summary>
/// <c>X-Signature-256: sha256=&lt;hex&gt;</c>: the HMAC-SHA256 of the exact body bytes with <c>Webhooks__Secret</c> (UTF-8),
/// in lowercase hex, as GitHub signs its webhooks, so receivers can reuse their verification code.
/// </summary>
public static class WebhookSignature
{
    public const string HeaderName = "X-Signature-256";

    public const string Prefix = "sha256=";

    public static string Of(ReadOnlySpan<byte> body, string secret) =>
        Prefix + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));
}
