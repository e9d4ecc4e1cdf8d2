using System.Globalization;

namespace YouTubeDownloader.Views;

/// <summary>The original API's human strings: <c>"5.2 MB/s"</c>, <c>"45s"</c>, ISO 8601 UTC times.</summary>
public static class HumanUnits
{
    private static readonly string[] Units = ["B/s", "KB/s", "MB/s", "GB/s"];

    public static string Speed(double? bytesPerSecond)
    {
        if (bytesPerSecond is not > 0)
        {
            return "";
        }

        var value = bytesPerSecond.Value;
        var unit = 0;
        while (value >= 1024 && unit < Units.Length - 1)
        {
            value /= 1024;
            unit++;
        }

        return string.Create(CultureInfo.InvariantCulture, $"{value:0.0} {Units[unit]}");
    }

    public static string Duration(double? seconds)
    {
        if (seconds is not >= 0)
        {
            return "";
        }

        var span = TimeSpan.FromSeconds(Math.Ceiling(seconds.Value));
        return span.TotalHours >= 1 ? $"{(int)span.TotalHours}h{span.Minutes:D2}m"
            : span.TotalMinutes >= 1 ? $"{span.Minutes}m{span.Seconds:D2}s"
            : $"{span.Seconds}s";
    }

    /// <summary>A length as a clock: <c>"3:32"</c>, <c>"1:02:03"</c>.</summary>
    public static string Clock(int seconds)
    {
        var span = TimeSpan.FromSeconds(Math.Max(0, seconds));
        return span.TotalHours >= 1
            ? string.Create(CultureInfo.InvariantCulture, $"{(int)span.TotalHours}:{span.Minutes:D2}:{span.Seconds:D2}")
            : string.Create(CultureInfo.InvariantCulture, $"{span.Minutes}:{span.Seconds:D2}");
    }

    /// <summary>Bytes in binary units with two decimals: <c>"2.10 MB"</c>; <c>"N/A"</c> when unknown.</summary>
    public static string Size(long? bytes)
    {
        if (bytes is not >= 0)
        {
            return "N/A";
        }

        string[] units = ["B", "KB", "MB", "GB", "TB"];
        double value = bytes.Value;
        var unit = 0;
        while (value >= 1024 && unit < units.Length - 1)
        {
            value /= 1024;
            unit++;
        }

        return string.Create(CultureInfo.InvariantCulture, $"{value:0.00} {units[unit]}");
    }

    public static string Timestamp(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
