namespace YouTubeDownloader.YouTube.Wire.Playlists;

/// <summary>What one row of a playlist's row list is.</summary>
public enum PlaylistRowKind
{
    /// <summary>Anything not listed below.</summary>
    Other,

    /// <summary><c>playlistVideoRenderer</c>: an ordinary row with its number, length and playability.</summary>
    Video,

    /// <summary><c>richItemRenderer</c> holding a <c>reelItemRenderer</c> (April 2024) or <c>shortsLockupViewModel</c> (Nov 2024): a Shorts grid cell.</summary>
    Short,

    /// <summary><c>lockupViewModel</c>: the card YouTube moves its lists to; read when it is a video.</summary>
    Lockup,

    /// <summary><c>continuationItemRenderer</c>: the next page's token, last in the list.</summary>
    Continuation,
}
