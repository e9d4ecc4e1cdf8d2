namespace YouTubeDownloader.Playlists;

/// <summary>Settings of playlists, bound from the configuration section <c>Playlists</c> (<c>Playlists__MaxEntries</c>, …).</summary>
public sealed class PlaylistOptions
{
    public const string SectionName = "Playlists";

    /// <summary>Entries of one playlist downloaded at the same time.</summary>
    public int MaxParallel { get; set; } = 3;

    /// <summary>A list is cut after this many entries (a channel's uploads can run to thousands).</summary>
    public int MaxEntries { get; set; } = 200;
}
