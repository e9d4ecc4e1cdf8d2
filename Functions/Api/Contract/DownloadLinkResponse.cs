using YouTubeDownloader.Delivery;
using YouTubeDownloader.Views;

namespace YouTubeDownloader.Api.Contract;

/// <summary>The body of <c>GET /api/download/{id}/link</c>: <c>{"url", "expires_at"}</c>, times like the task's.</summary>
public sealed record DownloadLinkResponse(string Url, string ExpiresAt)
{
    public static DownloadLinkResponse From(DownloadLink link) => new(link.Url.AbsoluteUri, HumanUnits.Timestamp(link.ExpiresAt));
}
