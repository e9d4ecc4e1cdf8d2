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

    public static bool IsAlive(int id) => Directory.Exists($"/proc/{id}") && !(Read($"/proc/{id}/stat")?.Contains(") Z ", StringComparison.Ordinal) ?? true);

    private static int? ParentOf(int id)
    {
        // /proc/ID/stat: "ID (comm) STATE PPID ..."; comm may hold spaces and parentheses, so read after the last ')'.
        var stat = Read($"/proc/{id}/stat");
        var close = stat?.LastIndexOf(')') ?? -1;
        if (stat is null || close < 0)
        {
            return null;
        }

        var fields = stat[(close + 2)..].Split(' ');
        return fields.Length > 1 && int.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var parent) ? parent : null;
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
