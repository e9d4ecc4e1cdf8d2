using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using YouTubeDownloader.Api.Errors;
using YouTubeDownloader.Downloads;

namespace YouTubeDownloader.Api.Contract;

/// <summary>
/// The query of <c>GET /api/downloads</c>, read and checked: <c>status</c>, <c>order</c> (<c>asc</c> | <c>desc</c>),
/// <c>limit</c>, <c>playlist_id</c> (the entries of one playlist task), <c>subscription_id</c> (the downloads one subscription
/// started) and a <c>continuation_token</c> that must have been issued for the same status, order, playlist and subscription.
/// </summary>
public sealed record ListDownloadsQuery(
    DownloadStatus? Status, ListOrder Order, int? Limit, Guid? After, Guid? PlaylistId = null, Guid? SubscriptionId = null)
{
    public const int MaxLimit = 1000;

    /// <summary>Either the query or the 400 to send back.</summary>
    public static (ListDownloadsQuery? Query, IActionResult? Error) Parse(IQueryCollection query)
    {
        DownloadStatus? status = null;
        if (query["status"] is [{ } statusText])
        {
            if (!Enum.TryParse<DownloadStatus>(statusText, ignoreCase: true, out var parsed) || int.TryParse(statusText, out _))
            {
                return Invalid(Texts.InvalidStatus);
            }

            status = parsed;
        }

        var order = ListOrder.Ascending;
        if (query["order"] is [{ } orderText])
        {
            if (!orderText.Equals("asc", StringComparison.OrdinalIgnoreCase) && !orderText.Equals("desc", StringComparison.OrdinalIgnoreCase))
            {
                return Invalid(Texts.InvalidOrder);
            }

            order = orderText.Equals("desc", StringComparison.OrdinalIgnoreCase) ? ListOrder.Descending : ListOrder.Ascending;
        }

        int? limit = null;
        if (query["limit"] is [{ } limitText])
        {
            if (!int.TryParse(limitText, out var parsed) || parsed is < 1 or > MaxLimit)
            {
                return Invalid(Texts.InvalidLimit(MaxLimit));
            }

            limit = parsed;
        }

        Guid? playlistId = null;
        if (query["playlist_id"] is [{ } playlistText])
        {
            if (!DownloadId.TryParse(playlistText, out var parsed))
            {
                return Invalid(Texts.InvalidPlaylistFilter);
            }

            playlistId = parsed;
        }

        Guid? subscriptionId = null;
        if (query["subscription_id"] is [{ } subscriptionText])
        {
            if (!DownloadId.TryParse(subscriptionText, out var parsed))
            {
                return Invalid(Texts.InvalidSubscriptionFilter);
            }

            subscriptionId = parsed;
        }

        Guid? after = null;
        if (query["continuation_token"] is [{ Length: > 0 } tokenText])
        {
            if (!ListContinuationToken.TryParse(tokenText, out var token)
                || token.Status != status || token.Order != order || token.PlaylistId != playlistId
                || token.SubscriptionId != subscriptionId)
            {
                return Invalid(
                    Texts.InvalidContinuationToken);
            }

            after = token.After;
        }

        return (new ListDownloadsQuery(status, order, limit, after, playlistId, subscriptionId), null);
    }

    /// <summary>The token that continues this query after <paramref name="lastSent"/>.</summary>
    public string ContinueAfter(Guid lastSent) => new ListContinuationToken(Order, Status, lastSent, PlaylistId, SubscriptionId).ToString();

    private static (ListDownloadsQuery?, IActionResult?) Invalid(string detail) => (null, ApiError.InvalidRequest(detail));
}
