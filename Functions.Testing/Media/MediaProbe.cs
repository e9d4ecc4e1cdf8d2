using System.Globalization;
using System.Text.Json;

namespace YouTubeDownloader.Testing.Media;

/// <summary>ffprobe/ffmpeg as the oracle: streams, packet hashes, decode errors.</summary>
public static class MediaProbe
{
    /// <summary>
    /// (codec_type, codec_name, duration in seconds or NaN) for every media stream, in file order. A cover picture
    /// ('covr', which ffprobe lists as a video stream with disposition attached_pic) is no media stream: see <see cref="TagsAsync"/>.
    /// </summary>
    public static async Task<IReadOnlyList<(string Type, string Codec, double Duration)>> StreamsAsync(string file)
    {
        var (json, _) = await ExternalTool.RunAsync(
            "ffprobe", ["-v", "error", "-show_entries", "stream=codec_type,codec_name,duration:stream_disposition=attached_pic", "-of", "json", file]);
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("streams").EnumerateArray()
            .Where(s => !IsAttachedPicture(s))
            .Select(s => (
                s.GetProperty("codec_type").GetString()!,
                s.GetProperty("codec_name").GetString()!,
                s.TryGetProperty("duration", out var d) ? double.Parse(d.GetString()!, CultureInfo.InvariantCulture) : double.NaN))
            .ToList();
    }

    /// <summary>The container's tags (title, artist, comment, date…) and the codec of every attached picture (the cover).</summary>
    public static async Task<ProbedTags> TagsAsync(string file)
    {
        var (json, _) = await ExternalTool.RunAsync(
            "ffprobe", ["-v", "error", "-show_entries", "format_tags:stream=codec_name:stream_disposition=attached_pic", "-of", "json", file]);
        using var document = JsonDocument.Parse(json);
        var format = document.RootElement.GetProperty("format");
        var tags = format.TryGetProperty("tags", out var t)
            ? t.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString() ?? "", StringComparer.Ordinal)
            : [];
        var pictures = document.RootElement.GetProperty("streams").EnumerateArray()
            .Where(IsAttachedPicture)
            .Select(s => s.GetProperty("codec_name").GetString()!)
            .ToList();
        return new ProbedTags(tags, pictures);
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

    private static bool IsAttachedPicture(JsonElement stream) =>
        stream.TryGetProperty("disposition", out var disposition)
        && disposition.TryGetProperty("attached_pic", out var flag)
        && flag.GetInt32() == 1;
}
