using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using YouTubeDownloader.Sources;
using YouTubeDownloader.Testing.Media;
using YouTubeDownloader.Tests.Support;
using YouTubeDownloader.YouTube;
using Microsoft.Extensions.DependencyInjection;

namespace YouTubeDownloader.Tests.Workflow;

/// <summary>
/// Clips through the whole app (local media server → Azurite → final blob), ffprobe/ffmpeg as the oracle: the span's
/// length within one fragment, a clean decode from the first frame, audio and video in step, and the media server's
/// log showing that only the fragments the span needs were fetched.
/// </summary>
public sealed class ClipWorkflowTests
{
    /// <summary>20 s; video fragments of 1 s (a keyframe each second), audio fragments of 0.5 s.</summary>
    private static readonly MuxShape Long = new(
        "clip_source",
        "testsrc2=size=320x180:rate=30:duration=20",
        "-c:v libx264 -preset ultrafast -g 30 -pix_fmt yuv420p -movflags +dash+global_sidx",
        "sine=frequency=440:sample_rate=48000:duration=20",
        "-c:a aac -b:a 64k -movflags +dash+global_sidx -frag_duration 500000");

    private const double VideoFragment = 1.0;
    private const double AudioFragment = 0.5;

    private static readonly Dictionary<string, string?> SmallSegments = new() { ["Transfer:SegmentSizeBytes"] = "65536" };

    [Theory]
    [InlineData("one-pass", 7.5, 12.25)]
    [InlineData("two-step", 7.5, 12.25)]
    public async Task A_clip_holds_the_span_decodes_from_its_first_frame_and_keeps_audio_with_video(string path, double start, double end)
    {
        await using var app = await DownloadApp.StartAsync(SmallSegments);
        var pair = await MuxFixtures.GetAsync(Long);
        var video = path == "one-pass" ? pair.Video : await WithoutIndexAsync(pair.Video, "video");
        var audio = path == "one-pass" ? pair.Audio : await WithoutIndexAsync(pair.Audio, "audio");
        var videoId = Add(app, video, audio, path == "one-pass" ? "clipone" : "cliptwo");

        var task = await StartAsync(app, videoId, start, "0:" + end.ToString(CultureInfo.InvariantCulture));
        task = await app.WaitForEndAsync(task.GetProperty("id").GetString()!);

        var id = task.GetProperty("id").GetString()!;
        task.GetProperty("status").GetString().Should().Be("completed", await app.DescribeWorkflowAsync(id));
        task.GetProperty("clip").GetProperty("start").GetDouble().Should().Be(start);
        task.GetProperty("clip").GetProperty("end").GetDouble().Should().Be(end);
        task.GetProperty("filename").GetString().Should().Be("Clip source [0.07-0.12].mp4");
        var file = Path.Combine(MuxFixtures.Directory, $"clip-{path}-{id}.mp4");
        await File.WriteAllBytesAsync(file, await app.Http.GetByteArrayAsync($"/api/download/{id}/file"));

        var streams = await ProbeAsync(file);
        streams.Select(s => s.Type).Should().Equal("video", "audio");
        foreach (var stream in streams)
        {
            stream.Duration.Should().BeApproximately(end - start, VideoFragment, $"the {stream.Type} lasts the span, within a fragment");
            stream.Start.Should().BeApproximately(0, 0.001, "timestamps start at 0");
        }

        Math.Abs(streams[0].Duration - streams[1].Duration).Should().BeLessThan(0.04, "audio and video end together");
        (await MediaProbe.DecodeErrorsAsync(file)).Should().BeEmpty("the file decodes from its first frame on");
        var first = await ExternalTool.RunAsync("ffmpeg", ["-hide_banner", "-nostdin", "-v", "error", "-i", file, "-frames:v", "1", "-f", "null", "-"]);
        first.Stderr.Should().BeEmpty();

        // The picture at 0 is the source's picture at the start: testsrc2 draws the time, so equal frames mean the right moment.
        (await FrameDigestAsync(file, 0.0)).Should().Be(await FrameDigestAsync(pair.Video, start), "the clip shows the start first");

        if (path == "one-pass")
        {
            await AssertOnlyNeededRangesAsync(app, "clipone-video", pair.Video, start, end, VideoFragment);
            // Audio from where the video's keyframe is shown (its fragment starts on the second).
            await AssertOnlyNeededRangesAsync(app, "clipone-audio", pair.Audio, Math.Floor(start / VideoFragment) * VideoFragment, end, AudioFragment);
        }
    }

    [Theory]
    [InlineData(5, 5, "'end' debe ser posterior a 'start'")]
    [InlineData(8, 3, "'end' debe ser posterior a 'start'")]
    [InlineData("1:75", 90, "'start' y 'end' van juntos")]
    [InlineData(-1, 90, "'start' y 'end' van juntos")]
    [InlineData(0, null, "'start' y 'end' van juntos")]
    public async Task A_malformed_span_is_refused_with_a_400(object? start, object? end, string message)
    {
        await using var app = await DownloadApp.StartAsync();
        using var response = await app.Http.PostAsJsonAsync(
            "/api/download", new { url = "https://www.youtube.com/watch?v=abcdefghijk", quality = "720p", start, end });

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        body.GetProperty("code").GetString().Should().Be("invalid_request");
        body.GetProperty("detail").GetString().Should().StartWith(message);
    }

    [Fact]
    public async Task A_span_over_the_duration_limit_is_refused_and_one_past_the_video_ends_the_task_as_invalid_request()
    {
        // The test host binds no YouTube section (its resolver is the local one); the limit is set as the app would read it.
        await using var app = await DownloadApp.StartAsync(configureServices: s => s.Configure<YouTubeOptions>(o => o.MaxDurationSeconds = 30));
        using (var response = await app.Http.PostAsJsonAsync(
                   "/api/download", new { url = "https://www.youtube.com/watch?v=abcdefghijk", start = "1:00", end = "1:31" }))
        {
            response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
            (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString().Should().Contain("30 s");
        }

        // The local resolver's videos last 60 s.
        var pair = await MuxFixtures.GetAsync(Long);
        var videoId = Add(app, pair.Video, pair.Audio, "clippast");
        var task = await StartAsync(app, videoId, 70, "80");
        task = await app.WaitForEndAsync(task.GetProperty("id").GetString()!);
        task.GetProperty("status").GetString().Should().Be("error");
        task.GetProperty("error_code").GetString().Should().Be("invalid_request");
        task.GetProperty("error_message").GetString().Should().Contain("60 s");
        app.Media.Requests.Should().NotContain(r => r.Name.StartsWith("clippast", StringComparison.Ordinal), "nothing is fetched for a span the video lacks");
    }

    /// <summary>
    /// Every media byte fetched past the stream's head belongs to a packet within a fragment of the span, and every packet of
    /// the span was fetched.
    /// </summary>
    private static async Task AssertOnlyNeededRangesAsync(DownloadApp app, string name, string source, double start, double end, double fragment)
    {
        var packets = await PacketPositionsAsync(source);
        var fetched = app.Media.Requests.Where(r => r.Name == name && r.Fault is null && r.Start > 0).ToList();
        fetched.Should().NotBeEmpty();
        var firstMedia = packets.Min(p => p.Pos);
        foreach (var packet in packets.Where(p => p.Pts >= start && p.Pts < end))
        {
            fetched.Should().Contain(r => r.Start <= packet.Pos && packet.Pos + packet.Size - 1 <= r.End, $"{name}'s packet at {packet.Pts} s is in the span");
        }

        foreach (var packet in packets.Where(p => p.Pts < start - fragment - 0.01 || p.Pts >= end + fragment))
        {
            fetched.Should().NotContain(
                r => r.Start < packet.Pos + packet.Size && packet.Pos <= r.End && r.Start >= firstMedia - 4096,
                $"{name}'s packet at {packet.Pts} s lies more than a fragment outside the span");
        }

        var total = new FileInfo(source).Length;
        var share = (end - start + (2 * fragment)) / 20.0;
        fetched.Sum(r => r.End - r.Start + 1).Should().BeLessThan((long)(total * share * 1.2), "about the span's share of the stream is fetched");
    }

    private static async Task<JsonElement> StartAsync(DownloadApp app, string videoId, object start, string? end)
    {
        using var response = await app.Http.PostAsJsonAsync(
            "/api/download", new { url = $"https://www.youtube.com/watch?v={videoId}", quality = "720p", start, end });
        response.StatusCode.Should().Be(HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static string Add(DownloadApp app, string video, string audio, string name)
    {
        app.Media.Add($"{name}-video", MediaContent.FromBytes(File.ReadAllBytes(video)));
        app.Media.Add($"{name}-audio", MediaContent.FromBytes(File.ReadAllBytes(audio)));
        var videoId = (name + "00000000000")[..11];
        app.Resolver.Add(
            videoId,
            "Clip source",
            ($"{name}-video", MediaStreamKind.Video, new FileInfo(video).Length),
            ($"{name}-audio", MediaStreamKind.Audio, new FileInfo(audio).Length));
        return videoId;
    }

    /// <summary>The same stream fragmented without a 'sidx': the two-step path.</summary>
    private static async Task<string> WithoutIndexAsync(string input, string kind)
    {
        var output = Path.Combine(MuxFixtures.Directory, $"clip-noindex.{kind}.mp4");
        if (!File.Exists(output))
        {
            await ExternalTool.FfmpegAsync($"-y -i {input} -c copy -movflags +frag_keyframe+empty_moov+default_base_moof -f mp4 {output}");
        }

        return output;
    }

    private static async Task<List<(string Type, double Start, double Duration)>> ProbeAsync(string file)
    {
        var (json, _) = await ExternalTool.RunAsync("ffprobe", ["-v", "error", "-show_entries", "stream=codec_type,start_time,duration", "-of", "json", file]);
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("streams").EnumerateArray()
            .Select(s => (
                s.GetProperty("codec_type").GetString()!,
                double.Parse(s.GetProperty("start_time").GetString()!, CultureInfo.InvariantCulture),
                double.Parse(s.GetProperty("duration").GetString()!, CultureInfo.InvariantCulture)))
            .ToList();
    }

    private static async Task<List<(double Pts, long Pos, long Size)>> PacketPositionsAsync(string file)
    {
        var (json, _) = await ExternalTool.RunAsync("ffprobe", ["-v", "error", "-show_entries", "packet=pts_time,pos,size", "-of", "json", file]);
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("packets").EnumerateArray()
            .Select(p => (
                double.Parse(p.GetProperty("pts_time").GetString()!, CultureInfo.InvariantCulture),
                long.Parse(p.GetProperty("pos").GetString()!, CultureInfo.InvariantCulture),
                long.Parse(p.GetProperty("size").GetString()!, CultureInfo.InvariantCulture)))
            .ToList();
    }

    /// <summary>The MD5 of the decoded picture shown at <paramref name="seconds"/>.</summary>
    private static async Task<string> FrameDigestAsync(string file, double seconds)
    {
        var (text, _) = await ExternalTool.RunAsync(
            "ffmpeg",
            ["-hide_banner", "-nostdin", "-v", "error", "-ss", seconds.ToString(CultureInfo.InvariantCulture), "-i", file, "-map", "0:v:0", "-frames:v", "1", "-f", "md5", "-"]);
        return text.Trim();
    }
}
