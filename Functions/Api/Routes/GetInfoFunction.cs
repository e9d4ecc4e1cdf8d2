using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using YouTubeDownloader.Api.Contract;
using YouTubeDownloader.Api.Errors;
using YouTubeDownloader.Downloads;
using YouTubeDownloader.Playlists;
using YouTubeDownloader.Views;
using YouTubeDownloader.YouTube;
using YouTubeDownloader.YouTube.Channels;
using YouTubeDownloader.YouTube.Videos;

namespace YouTubeDownloader.Api.Routes;

/// <summary>
/// <c>POST /api/info</c> with <c>{"url": "…"}</c>: title, author, duration, thumbnail URL and every quality the video
/// can be downloaded in, with the itags that would be taken and their sizes, plus the original API's fields and its
/// <c>formats</c> list (every stream, <c>format_id</c> = itag). A playlist URL answers the list: its title, channel,
/// count and entries (<see cref="PlaylistInfoResponse"/>), a channel URL the list of its uploads. Stores nothing. YouTube's
/// refusals are answered by the one middleware (<see cref="ApiExceptionMapping"/>).
/// </summary>
public sealed class GetInfoFunction(YouTubeResolver youTube, PlaylistContentsReader playlists, ChannelResolver channels)
{
    [Function("GetInfo")]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "info")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var (isPlaylist, playlistId, isChannel, channel) = await PlaylistInfoRequest.ReadAsync(request, cancellationToken);
        if (isPlaylist)
        {
            return await PlaylistAsync(playlistId, cancellationToken);
        }

        if (isChannel)
        {
            return await ChannelAsync(channel, cancellationToken);
        }

        // Same body rules as POST /api/download: the URL is checked here, synchronously (invalid_url).
        var (start, error) = await StartDownloadParser.ParseAsync(request, cancellationToken);
        if (start is null)
        {
            return error!;
        }

        return new JsonResult(VideoInfoResponse.From(await youTube.GetInfoAsync(start.VideoId!.Value, cancellationToken)), ContractJson.Options);
    }

    /// <summary>A channel answers as the list of its uploads, titled with the channel's name.</summary>
    private async Task<IActionResult> ChannelAsync(ChannelUrl? channel, CancellationToken cancellationToken)
    {
        if (ChannelRequest.Refusal(channel) is { } refusal)
        {
            return refusal;
        }

        var list = await channels.UploadsAsync(channel!, cancellationToken);
        var contents = await playlists.ReadAsync(list, cancellationToken);
        return new JsonResult(
            PlaylistInfoResponse.From(list, contents with { Title = ChannelIds.TitleOf(list.Value, contents.Title, contents.Author) }),
            ContractJson.Options);
    }

    private async Task<IActionResult> PlaylistAsync(PlaylistId? id, CancellationToken cancellationToken)
    {
        if (id is not { } list)
        {
            return ApiError.InvalidPlaylistId();
        }

        if (list.IsMix)
        {
            return ApiError.MixPlaylist();
        }

        return new JsonResult(PlaylistInfoResponse.From(list, await playlists.ReadAsync(list, cancellationToken)), ContractJson.Options);
    }
}
