using System.Text.Json;
using YouTubeDownloader.YouTube.Wire.Search;

namespace YouTubeDownloader.YouTube.Wire.Playlists;

/// <summary>One row of a playlist's row list: <c>{"playlistVideoRenderer": {…}}</c>, <c>{"richItemRenderer": {…}}</c>, ….</summary>
public readonly struct PlaylistRow(JsonElement element)
{
    public PlaylistRowKind Kind =>
        element.Property("playlistVideoRenderer") is not null ? PlaylistRowKind.Video
        : ShortBody is not null ? PlaylistRowKind.Short
        : element.Property("lockupViewModel") is not null ? PlaylistRowKind.Lockup
        : element.Property("continuationItemRenderer") is not null ? PlaylistRowKind.Continuation
        : PlaylistRowKind.Other;

    private JsonElement? RichContent => element.Property("richItemRenderer").Property("content");

    private JsonElement? ShortBody => RichContent.Property("reelItemRenderer") ?? RichContent.Property("shortsLockupViewModel");

    public PlaylistVideoRenderer AsVideo() => new(element.Property("playlistVideoRenderer") ?? default);

    /// <summary>The Shorts cell; the search's reader of the same two shapes reads it.</summary>
    public ShortItem AsShort() => new(ShortBody ?? default, RichContent.Property("shortsLockupViewModel") is not null);

    public LockupViewModel AsLockup() => new(element.Property("lockupViewModel") ?? default);

    /// <summary><c>continuationItemRenderer.continuationEndpoint.continuationCommand.token</c>; null for other rows.</summary>
    public string? ContinuationToken =>
        element.Property("continuationItemRenderer").Property("continuationEndpoint").Property("continuationCommand").Property("token").String();
}
