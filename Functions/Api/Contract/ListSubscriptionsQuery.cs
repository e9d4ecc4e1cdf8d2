using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using YouTubeDownloader.Api.Errors;
using YouTubeDownloader.Downloads;
using YouTubeDownloader.Subscriptions;

namespace YouTubeDownloader.Api.Contract;

/// <summary>
/// The query of <c>GET /api/subscriptions</c>, paged as the task list is: <c>status</c>, <c>limit</c> and a
/// <c>continuation_token</c> issued for the same status. Oldest first.
/// </summary>
public sealed record ListSubscriptionsQuery(SubscriptionStatus? Status, int? Limit, Guid? After)
{
    public const int MaxLimit = ListDownloadsQuery.MaxLimit;

    public static (ListSubscriptionsQuery? Query, IActionResult? Error) Parse(IQueryCollection query)
    {
        SubscriptionStatus? status = null;
        if (query["status"] is [{ } statusText])
        {
            if (!TryParseStatus(statusText, out var parsed))
            {
                return Invalid(Texts.InvalidSubscriptionStatus);
            }

            status = parsed;
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

        Guid? after = null;
        if (query["continuation_token"] is [{ Length: > 0 } tokenText])
        {
            if (!SubscriptionContinuationToken.TryParse(tokenText, out var token) || token.Status != status)
            {
                return Invalid(Texts.InvalidSubscriptionContinuationToken);
            }

            after = token.After;
        }

        return (new ListSubscriptionsQuery(status, limit, after), null);
    }

    /// <summary>The lowercase names only (<c>active</c>, <c>paused</c>, <c>error</c>): no numbers.</summary>
    public static bool TryParseStatus(string text, out SubscriptionStatus status) =>
        Enum.TryParse(text, ignoreCase: true, out status) && Enum.IsDefined(status) && !int.TryParse(text, out _);

    public string ContinueAfter(Guid lastSent) => new SubscriptionContinuationToken(Status, lastSent).ToString();

    private static (ListSubscriptionsQuery?, IActionResult?) Invalid(string detail) => (null, ApiError.InvalidRequest(detail));
}
