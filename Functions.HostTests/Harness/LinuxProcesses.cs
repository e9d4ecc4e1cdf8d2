using System.Globalization;

namespace YouTubeDownloader.HostTests.Harness;

/// <summary>
/// What /proc says about processes: the host's worker is its child, found by its command line, and its peak
/// resident memory is the kernel's <c>VmHWM</c>. System.Diagnostics.Process offers neither the parent nor the peak.
/// </summary>
internal static class LinuxProcesses
{
    /// <summary>Every process below <paramref name="rootId"/>, children before grandchildren.</summary>
    public static IReadOnlyList<int> DescendantsOf(int rootId)
    {
        var parents = new Dictionary<int, int>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(dir), NumberStyles.None, CultureInfo.InvariantCulture, out var id) && ParentOf(id) is { } parent)
            {
                parents[id] = parent;
            }
        }

        var found = new List<int>();
        var frontier = new Queue<int>([rootId]);
        while (frontier.TryDequeue(out var current))
        {
            foreach (var (child, parent) in parents)
            {
                if (parent == current)
                {
                    found.Add(child);
                    frontier.Enqueue(child);
                }
            }
        }

        return found;
    }

    public static string CommandLine(int id) => Read($"/proc/{id}/cmdline")?.Replace('\0', ' ').Trim() ?? "";

    /// <summary>Peak resident set size in bytes (<c>VmHWM</c>), null when the process is gone.</summary>
    public static long? PeakResidentBytes(int id) => StatusKilobytes(id, "VmHWM:") * 1024;

    /// <summary>CPU time the process has used so far (user and system, <c>utime</c> + <c>stime</c>), null when it is gone.</summary>
    public static TimeSpan? CpuTime(int id)
    {
        var fields = StatFields(id);
        return fields is { Length: > 12 } && long.TryParse(fields[11], NumberStyles.None, CultureInfo.InvariantCulture, out var user)
            && long.TryParse(fields[12], NumberStyles.None, CultureInfo.InvariantCulture, out var system)
                ? TimeSpan.FromSeconds((user + system) / (double)ClockTicksPerSecond)
                : null;
    }

    public static bool IsAlive(int id) => Directory.Exists($"/proc/{id}") && !(Read($"/proc/{id}/stat")?.Contains(") Z ", StringComparison.Ordinal) ?? true);

    // USER_HZ: 100 on every Linux the tests run on (sysconf is not reachable from .NET without P/Invoke).
    private const int ClockTicksPerSecond = 100;

    private static int? ParentOf(int id)
    {
        var fields = StatFields(id);
        return fields is { Length: > 1 } && int.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var parent) ? parent : null;
    }

    /// <summary>The fields of /proc/ID/stat from STATE on: "ID (comm) STATE PPID ..."; comm may hold spaces and parentheses.</summary>
    private static string[]? StatFields(int id)
    {
        var stat = Read($"/proc/{id}/stat");
        var close = stat?.LastIndexOf(')') ?? -1;
        return stat is null || close < 0 ? null : stat[(close + 2)..].Split(' ');
    }

    private static long? StatusKilobytes(int id, string field)
    {
        var line = Read($"/proc/{id}/status")?.Split('\n').FirstOrDefault(l => l.StartsWith(field, StringComparison.Ordinal));
        var number = line?[field.Length..].Trim().Split(' ')[0];
        return long.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var kb) ? kb : null;
    }

    private static string? Read(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null; // the process ended while we looked
        }
    }
}
