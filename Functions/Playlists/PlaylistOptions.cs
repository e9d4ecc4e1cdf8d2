using System.ComponentModel.DataAnnotations;

namespace YouTubeDownloader.Playlists;

/// <summary>Settings under <c>Playlists</c> (app settings <c>Playlists__MaxParallel</c>, <c>Playlists__MaxEntries</c>).</summary>
public sealed class PlaylistOptions
{
    public const string Section = "Playlists";

    /// <summary>Entries of one playlist downloading at once (each is a whole download with its own parallel segments).</summary>
    [Range(1, 20)]
    public int MaxParallel { get; set; } = 3;

    /// <summary>The most entries one playlist task takes, in YouTube's order; the rest of a longer list is left out.</summary>
    [Range(1, 5000)]
    public int MaxEntries { get; set; } = 200;
}
