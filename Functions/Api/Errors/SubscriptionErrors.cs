using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using YouTubeDownloader.Downloads;

namespace YouTubeDownloader.Api.Errors;

/// <summary>The error bodies of the subscription routes, in <see cref="ApiError"/>'s shape; their codes are named here, once.</summary>
public static class SubscriptionErrors
{
    public static IActionResult NotFound() =>
        ApiError.Result(StatusCodes.Status404NotFound, Texts.SubscriptionNotFound, "subscription_not_found");

    public static IActionResult NotActive() =>
        ApiError.Result(StatusCodes.Status409Conflict, Texts.SubscriptionNotActive, "subscription_not_active");

    public static IActionResult LimitReached(int max) =>
        ApiError.Result(StatusCodes.Status409Conflict, Texts.SubscriptionLimit(max), "subscription_limit");

    /// <summary>A video URL (or id) where a subscription needs a channel or a list.</summary>
    public static IActionResult NeedsList() =>
        ApiError.Result(StatusCodes.Status400BadRequest, Texts.SubscriptionNeedsList, "invalid_url");
}
