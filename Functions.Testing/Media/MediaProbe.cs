using System.Globalization;
using System.Text.Json;

namespace YouTubeDownloader.Testing.Media;

/// <summary>ffprobe/ffmpeg as the oracle: streams, packet hashes, decode errors.</summary>
public static class MediaProbe
{
    /// <summary>(codec_type, codec_name, duration in seconds or NaN) for every stream, in file order.</summary>
    public static async Task<IReadOnlyList<(string Type, string Codec, double Duration)>> StreamsAsync(string file)
    {
        var (json, _) = await ExternalTool.RunAsync("ffprobe", ["-v", "error", "-show_entries", "stream=codec_type,codec_name,duration", "-of", "json", file]);
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("streams").EnumerateArray()
            .Select(s => (
                s.GetProperty("codec_type").GetString()!,
                s.GetProperty("codec_name").GetString()!,
                s.TryGetProperty("duration", out var d) ? double.Parse(d.GetString()!, CultureInfo.InvariantCulture) : double.NaN))
            .ToList();
    }

    /// <summary>The packets of one stream ("v:0", "a:0") as `-c copy -f framemd5` lists them.</summary>
    public static async Task<IReadOnlyList<PacketDigest>> PacketsAsync(string file, string stream)
    {
        var (text, _) = await ExternalTool.RunAsync("ffmpeg", ["-hide_banner", "-nostdin", "-v", "error", "-i", file, "-map", $"0:{stream}", "-c", "copy", "-f", "framemd5", "-"]);
        var timeBase = 1.0;
        var packets = new List<PacketDigest>();
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (line.StartsWith("#tb 0:", StringComparison.Ordinal))
            {
                var fraction = line["#tb 0:".Length..].Trim().Split('/');
                timeBase = double.Parse(fraction[0], CultureInfo.InvariantCulture) / double.Parse(fraction[1], CultureInfo.InvariantCulture);
            }
            else if (!line.StartsWith('#'))
            {
                // stream, dts, pts, duration, size, hash
                var fields = line.Split(',', StringSplitOptions.TrimEntries);
                packets.Add(new PacketDigest(
                    long.Parse(fields[1], CultureInfo.InvariantCulture),
                    long.Parse(fields[2], CultureInfo.InvariantCulture),
                    int.Parse(fields[4], CultureInfo.InvariantCulture),
                    fields[5],
                    long.Parse(fields[3], CultureInfo.InvariantCulture) * timeBase));
            }
        }

        return packets;
    }

    /// <summary>What a full decode prints at log level "error"; empty for a clean file.</summary>
    public static async Task<string> DecodeErrorsAsync(string file)
    {
        var (_, stderr) = await ExternalTool.RunAsync("ffmpeg", ["-hide_banner", "-nostdin", "-v", "error", "-i", file, "-f", "null", "-"]);
        return stderr.Trim();
    }
}
