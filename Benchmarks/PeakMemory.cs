namespace YouTubeDownloader.Benchmarks;

/// <summary>This process's peak resident set (VmHWM), as Linux counts it: every byte the process ever held at once.</summary>
public static class PeakMemory
{
    public static long Bytes()
    {
        foreach (var line in File.ReadLines("/proc/self/status"))
        {
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) * 1024;
            }
        }

        throw new PlatformNotSupportedException("/proc/self/status has no VmHWM.");
    }
}
