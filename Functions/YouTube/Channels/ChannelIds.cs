using System.Buffers;
using YouTubeDownloader.Downloads;

namespace YouTubeDownloader.YouTube.Channels;

/// <summary>
/// Channel ids and the lists made from them: a channel <c>UC</c> + 22 characters has its uploads in the playlist
/// <c>UU</c> + the same 22, newest first (YouTube's own "Uploads from …" list, which the playlist reader reads).
/// </summary>
public static class ChannelIds
{
    private const int IdLength = 24;

    private static readonly SearchValues<char> IdCharacters =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-");

    public static bool IsValid(string? id) =>
        id is { Length: IdLength } && id.StartsWith("UC", StringComparison.Ordinal)
        && !id.AsSpan(2).ContainsAnyExcept(IdCharacters);

    /// <summary>The uploads playlist of a <c>UC…</c> channel.</summary>
    public static PlaylistId Uploads(string channelId)
    {
        if (!IsValid(channelId) || !PlaylistId.TryParseId("UU" + channelId[2..], out var list))
        {
            throw new ArgumentException($"'{channelId}' is no channel id.", nameof(channelId));
        }

        return list.Value;
    }

    /// <summary>An uploads list (<c>UU</c> + 22) is titled after its channel, not "Uploads from …".</summary>
    public static bool IsUploads(string? listId) => listId is { Length: IdLength } && listId.StartsWith("UU", StringComparison.Ordinal);

    /// <summary>The title a list is shown with: an uploads list's channel name when known, else the list's own title.</summary>
    public static string TitleOf(string listId, string title, string? owner) =>
        IsUploads(listId) && !string.IsNullOrWhiteSpace(owner) ? owner : title;
}
