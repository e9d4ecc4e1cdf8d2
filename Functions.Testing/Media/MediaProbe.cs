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

    /// <summary>The first audio stream's tags (an Ogg file's comments are its stream's, not the container's).</summary>
    public static async Task<IReadOnlyDictionary<string, string>> StreamTagsAsync(string file)
    {
        var (json, _) = await ExternalTool.RunAsync("ffprobe", ["-v", "error", "-select_streams", "a:0", "-show_entries", "stream_tags", "-of", "json", file]);
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("streams").EnumerateArray().FirstOrDefault() is { ValueKind: JsonValueKind.Object } stream
               && stream.TryGetProperty("tags", out var tags)
            ? tags.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString() ?? "", StringComparer.Ordinal)
            : new Dictionary<string, string>();
    }

    /// <summary>The chapters as ffprobe <c>-show_chapters</c> lists them: start and end in seconds, and the title.</summary>
    public static async Task<IReadOnlyList<(double Start, double End, string Title)>> ChaptersAsync(string file)
    {
        var (json, _) = await ExternalTool.RunAsync("ffprobe", ["-v", "error", "-show_chapters", "-of", "json", file]);
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("chapters").EnumerateArray()
            .Select(c => (
                double.Parse(c.GetProperty("start_time").GetString()!, CultureInfo.InvariantCulture),
                double.Parse(c.GetProperty("end_time").GetString()!, CultureInfo.InvariantCulture),
                c.TryGetProperty("tags", out var tags) && tags.TryGetProperty("title", out var title) ? title.GetString() ?? "" : ""))
            .ToList();
    }

    /// <summary>The subtitle streams: codec, the <c>language</c> tag and the <c>handler_name</c> tag (empty when absent).</summary>
    public static async Task<IReadOnlyList<(string Codec, string Language, string Handler)>> SubtitleStreamsAsync(string file)
    {
        var (json, _) = await ExternalTool.RunAsync(
            "ffprobe", ["-v", "error", "-select_streams", "s", "-show_entries", "stream=codec_name:stream_tags=language,handler_name", "-of", "json", file]);
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("streams").EnumerateArray()
            .Select(s => (
                s.GetProperty("codec_name").GetString()!,
                s.TryGetProperty("tags", out var t) && t.TryGetProperty("language", out var l) ? l.GetString() ?? "" : "",
                s.TryGetProperty("tags", out var h) && h.TryGetProperty("handler_name", out var n) ? n.GetString() ?? "" : ""))
            .ToList();
    }

    /// <summary>
    /// The cues of subtitle stream <paramref name="index"/> as ffmpeg decodes them (converted to SubRip): start, end in seconds,
    /// text without the markup ffmpeg adds for the track's style (<c>&lt;font face="Serif" size="18"&gt;</c>).
    /// </summary>
    public static async Task<IReadOnlyList<(double Start, double End, string Text)>> SubtitleCuesAsync(string file, int index)
    {
        var (srt, _) = await ExternalTool.RunAsync("ffmpeg", ["-hide_banner", "-nostdin", "-v", "error", "-i", file, "-map", $"0:s:{index}", "-f", "srt", "-"]);
        var cues = new List<(double, double, string)>();
        foreach (var block in srt.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var lines = block.Split('\n');
            if (lines.Length < 2 || !lines[1].Contains("-->", StringComparison.Ordinal))
            {
                continue;
            }

            var times = lines[1].Split("-->", StringSplitOptions.TrimEntries);
            cues.Add((SrtSeconds(times[0]), SrtSeconds(times[1]), System.Text.RegularExpressions.Regex.Replace(string.Join('\n', lines.Skip(2)), "<[^>]+>", "")));
        }

        return cues;
    }

    private static double SrtSeconds(string time) =>
        TimeSpan.ParseExact(time, @"hh\:mm\:ss\,fff", CultureInfo.InvariantCulture).TotalSeconds;

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

    /// <summary>The file decoded by ffmpeg to 16-bit little-endian PCM at its own rate and channels: the bytes to compare bit for bit.</summary>
    public static async Task<byte[]> PcmAsync(string file)
    {
        var output = Path.Combine(Path.GetTempPath(), $"pcm-{Guid.NewGuid():N}.raw");
        try
        {
            await ExternalTool.RunAsync("ffmpeg", ["-hide_banner", "-nostdin", "-loglevel", "error", "-y", "-i", file, "-map", "0:a", "-f", "s16le", output]);
            return await File.ReadAllBytesAsync(output);
        }
        finally
        {
            File.Delete(output);
        }
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
