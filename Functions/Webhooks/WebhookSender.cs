using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Options;

namespace YouTubeDownloader.Webhooks;

/// <summary>
/// POSTs a <see cref="WebhookDelivery"/>, signed, through the client whose connections <see cref="CallbackPolicy"/> opens.
/// Anything but a 2xx throws, so the workflow's retry policy tries again.
/// </summary>
public sealed class WebhookSender(IHttpClientFactory clients, IOptions<WebhookOptions> options)
{
    public const string HttpClientName = "webhooks";

    public async Task SendAsync(WebhookDelivery delivery, CancellationToken cancellationToken)
    {
        var secret = options.Value.Secret is { Length: > 0 } s
            ? s
            : throw new InvalidOperationException("Webhooks:Secret is not set: the webhook cannot be signed.");
        var body = Encoding.UTF8.GetBytes(delivery.Body);
        using var request = new HttpRequestMessage(HttpMethod.Post, delivery.CallbackUrl) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.Add(WebhookSignature.HeaderName, WebhookSignature.Of(body, secret));
        request.Headers.Add(WebhookDelivery.IdempotencyHeader, delivery.IdempotencyKey);

        using var response = await clients.CreateClient(HttpClientName).SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
    }
}
