using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using YouTubeDownloader.Api.Errors;
using YouTubeDownloader.Commands;
using YouTubeDownloader.Downloads;
using YouTubeDownloader.Subscriptions;
using YouTubeDownloader.YouTube.Channels;

namespace YouTubeDownloader.Api.Contract;

/// <summary>
/// Reads and validates <c>POST /api/subscriptions</c>: the URL and download options by the rules of
/// <c>POST /api/download</c> (<see cref="StartDownloadParser"/>), which must name a channel or a playlist, then the
/// interval and the backfill. Either a <see cref="NewSubscription"/> or the 400 to send back.
/// </summary>
public static class CreateSubscriptionParser
{
    public static async Task<(NewSubscription? Request, IActionResult? Error)> ParseAsync(
        HttpRequest request, int maxBackfill, CancellationToken cancellationToken)
    {
        var (body, tooLarge) = await JsonBody.ReadAsync<CreateSubscriptionBody>(request, cancellationToken);
        if (tooLarge)
        {
            return (null, ApiError.InvalidRequest(Texts.BodyTooLarge(JsonBody.MaxBytes)));
        }

        return body is null ? (null, ApiError.InvalidRequest(Texts.BodyNotObject)) : Validate(body, maxBackfill);
    }

    public static (NewSubscription? Request, IActionResult? Error) Validate(CreateSubscriptionBody body, int maxBackfill)
    {
        // A watch URL with list= means its list here: a subscription follows lists, never one video.
        var (start, error) = StartDownloadParser.Validate(
            new StartDownloadBody(body.Url, body.Quality, body.DownloadType, body.FormatId, Playlist: true, body.CallbackUrl), acceptPlaylists: true);
        if (start is null)
        {
            return (null, error);
        }

        if (start.ListId is not { } list)
        {
            return (null, SubscriptionErrors.NeedsList());
        }

        var every = body.CheckEveryMinutes ?? SubscriptionOptions.DefaultCheckEveryMinutes;
        if (every is < SubscriptionOptions.MinCheckEveryMinutes or > SubscriptionOptions.MaxCheckEveryMinutes)
        {
            return (null, ApiError.InvalidRequest(
                Texts.InvalidCheckInterval(SubscriptionOptions.MinCheckEveryMinutes, SubscriptionOptions.MaxCheckEveryMinutes)));
        }

        var backfill = body.Backfill ?? 0;
        if (backfill < 0 || backfill > maxBackfill)
        {
            return (null, ApiError.InvalidRequest(Texts.InvalidBackfill(maxBackfill)));
        }

        // The download's parser took a channel as its uploads (or its path, to resolve): the subscription keeps the channel itself.
        var channel = ChannelUrl.TryParse(body.Url, out var named) ? named : null;
        return (new NewSubscription(
            start.Url, channel, channel is null ? list : null, start.Quality, start.DownloadType, start.CallbackUrl, every, backfill), null);
    }
}
