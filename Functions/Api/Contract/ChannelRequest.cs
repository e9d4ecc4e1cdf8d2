using Microsoft.AspNetCore.Mvc;
using YouTubeDownloader.Api.Errors;
using YouTubeDownloader.Downloads;
using YouTubeDownloader.YouTube.Channels;
using YouTubeDownloader.YouTube.Videos;

namespace YouTubeDownloader.Api.Contract;

/// <summary>The one check of a channel URL in a request body: a malformed one, or a tab other than the uploads, is 400 <c>invalid_url</c>.</summary>
public static class ChannelRequest
{
    public static IActionResult? Refusal(ChannelUrl? channel) => channel switch
    {
        null => ApiError.InvalidUrl(),
        { Tab: not null } => ApiError.Result(Microsoft.AspNetCore.Http.StatusCodes.Status400BadRequest, Texts.ChannelTabUnsupported, "invalid_url"),
        _ => null,
    };
}
