namespace YouTubeDownloader.YouTube.Player;

/// <summary>
/// What one player's program may use (<c>YouTube__Challenges__…</c>). Loading a real player takes well under a second and
/// about 40 MB of engine heap, an answer well under a millisecond; the limits leave room for slower instances and stop
/// a script that loops, grows or recurses without end.
/// </summary>
public sealed class ChallengeEngineLimits
{
    public const string SectionName = "YouTube:Challenges";

    /// <summary>Wall time for loading the program (its definitions).</summary>
    public int LoadTimeoutMilliseconds { get; set; } = 10_000;

    /// <summary>Wall time for one answer.</summary>
    public int CallTimeoutMilliseconds { get; set; } = 2_000;

    /// <summary>The engine's heap.</summary>
    public int MaxHeapMegabytes { get; set; } = 192;

    /// <summary>The engine's stack, which bounds recursion.</summary>
    public int MaxStackKilobytes { get; set; } = 1_024;
}
