using System.Globalization;

namespace YouTubeDownloader.Benchmarks;

/// <summary>Reads <c>--name value</c> options of a benchmark's command line.</summary>
public static class BenchmarkArgs
{
    public static int Int(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
