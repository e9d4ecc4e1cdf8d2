namespace YouTubeDownloader.YouTube.Player;

/// <summary>Where player scripts are kept (<c>YouTube__Player__…</c>).</summary>
public sealed class PlayerCacheOptions
{
    public const string SectionName = "YouTube:Player";

    /// <summary>The blob container of the scripts (<c>{id}/base.js</c>), so a cold instance does not fetch 2–3 MB again.</summary>
    public string Container { get; set; } = "youtube-players";

    /// <summary>Prepared players kept per instance: the current build and the one before it, while videos move over.</summary>
    public int PreparedPlayers { get; set; } = 2;
}
