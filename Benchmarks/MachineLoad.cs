namespace YouTubeDownloader.Benchmarks;

/// <summary>What else the machine was doing: figures from a shared machine are read against its load.</summary>
public static class MachineLoad
{
    /// <summary>The 1-, 5- and 15-minute load averages, as <c>uptime</c> prints them.</summary>
    public static string Averages() => string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ')[..3]);

    public static string Describe() => $"{Environment.ProcessorCount} cores, load average {Averages()}";
}
