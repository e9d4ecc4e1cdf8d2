using System.Globalization;

namespace YouTubeDownloader.Benchmarks;

/// <summary>The benchmarks' command-line options: <c>--name value</c> pairs after the benchmark's name.</summary>
public static class BenchmarkOptions
{
    public static int Int(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
