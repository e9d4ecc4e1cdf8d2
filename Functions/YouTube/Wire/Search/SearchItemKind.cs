namespace YouTubeDownloader.YouTube.Wire.Search;

/// <summary>What a child of an item section is, told by its single renderer key.</summary>
public enum SearchItemKind
{
    /// <summary>Anything this reader does not use: channels, playlists, shows, ads, notices, unknown renderers.</summary>
    Other,

    /// <summary><c>videoRenderer</c>: an ordinary result.</summary>
    Video,

    /// <summary><c>lockupViewModel</c>: YouTube's newer card; a result only when its content type is a video.</summary>
    Lockup,

    /// <summary><c>reelItemRenderer</c> or <c>shortsLockupViewModel</c> standing alone (not inside a shelf): a Short.</summary>
    Short,

    /// <summary>
    /// <c>shelfRenderer</c>, <c>reelShelfRenderer</c>, <c>gridShelfViewModel</c>: YouTube's injected carousels
    /// ("Shorts", "Channels new to you"…). Not ranked results: skipped with everything inside.
    /// </summary>
    Shelf,

    /// <summary><c>showingResultsForRenderer</c>, <c>didYouMeanRenderer</c>, <c>includingResultsForRenderer</c>.</summary>
    Correction,
}
