namespace YouTubeDownloader.Benchmarks;

public static class Percentiles
{
    /// <summary>The value below which <paramref name="percent"/> % of <paramref name="values"/> lie (nearest rank).</summary>
    public static TimeSpan Of(IEnumerable<TimeSpan> values, double percent)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? TimeSpan.Zero : sorted[Math.Clamp((int)Math.Ceiling(percent / 100 * sorted.Count) - 1, 0, sorted.Count - 1)];
    }
}
