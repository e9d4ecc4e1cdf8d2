using System.Text.Json;
using Microsoft.AspNetCore.Http;
using YouTubeDownloader.Views;
using YouTubeDownloader.YouTube;
using YouTubeDownloader.YouTube.Channels;
using YouTubeDownloader.Downloads;

namespace YouTubeDownloader.Api.Contract;

/// <summary>
/// Whether <c>POST /api/info</c> asks about a playlist: a <c>/playlist?list=</c> URL, or a watch URL's <c>list=</c> when
/// the body says <c>"playlist": true</c> (a watch URL otherwise names its one video); or about a channel (its uploads). Read ahead of the video path's
/// parser (<see cref="StartDownloadParser"/>): the body is buffered and rewound, so that parser still reads it whole
/// and keeps its own errors for everything that is not a playlist.
/// </summary>
public static class PlaylistInfoRequest
{
    /// <returns>
    /// <c>IsPlaylist</c> when the URL names a list, <c>Id</c> null when that list's id is malformed; <c>IsChannel</c> when it
    /// names a channel, <c>Channel</c> null when malformed.
    /// </returns>
    public static async Task<(bool IsPlaylist, PlaylistId? Id, bool IsChannel, ChannelUrl? Channel)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        request.EnableBuffering();
        var buffer = new byte[StartDownloadParser.MaxBodyBytes + 1];
        var length = await request.Body.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, cancellationToken);
        request.Body.Position = 0;
        if (length > StartDownloadParser.MaxBodyBytes)
        {
            return (false, null, false, null);
        }

        Fields? fields;
        try
        {
            fields = JsonSerializer.Deserialize<Fields>(buffer.AsSpan(0, length), ContractJson.Options);
        }
        catch (JsonException)
        {
            return (false, null, false, null);
        }

        var isPlaylist = PlaylistUrl.TryParse(fields?.Url, includeWatchUrls: fields?.Playlist == true, out var id);
        ChannelUrl? channel = null;
        var isChannel = !isPlaylist && ChannelUrl.TryParse(fields?.Url, out channel);
        return (isPlaylist, id, isChannel, channel);
    }

    /// <summary>The two fields this check reads; the rest of the body is the video parser's.</summary>
    private sealed record Fields(string? Url, bool? Playlist);
}
