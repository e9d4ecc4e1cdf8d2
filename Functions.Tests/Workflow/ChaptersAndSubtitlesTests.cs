using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using YouTubeDownloader.Testing.FakeYouTube;
using YouTubeDownloader.Testing.Media;
using YouTubeDownloader.Tests.Media;
using YouTubeDownloader.Tests.Support;
using YouTubeDownloader.Tests.YouTube;

namespace YouTubeDownloader.Tests.Workflow;

/// <summary>
/// Chapters from the description and subtitles from the player response's caption tracks, end to end: the production
/// YouTube resolver against the fake YouTube, the durable workflow, Azurite, and ffprobe/ffmpeg as the oracle, on the
/// three ways a file is assembled (one-pass, two-step remux, a muxed stream tagged in place).
/// </summary>
public sealed class ChaptersAndSubtitlesTests : IAsyncLifetime
{
    private const string VideoId = FakeYouTubeApp.NormalVideoId;
    private const int Seconds = 36;

    private const string Description = """
        A hand-written video with a timestamp list.

        0:00 Intro
        0:12 The middle – part "one"
        0:25 Ünïcödé end
        """;

    // WebVTT as the W3C specification writes it, with the header lines and cue settings YouTube's fmt=vtt carries.
    private const string EnglishVtt = "WEBVTT\nKind: captions\nLanguage: en\n\n"
        + "00:00:01.000 --> 00:00:03.500 align:start position:0%\nHello <b>there</b>\n\n"
        + "00:00:05.000 --> 00:00:07.000\nSecond &amp; last\nline two\n";

    private const string FrenchAutoVtt = "WEBVTT\nKind: captions\nLanguage: fr\n\n"
        + "00:00:02.000 --> 00:00:04.000 align:start position:0%\nbonjour<00:00:02.500><c> à</c><00:00:03.000><c> tous</c>\n\n"
        + "00:00:04.000 --> 00:00:04.010\n \n";

    private static readonly MuxShape LongDash = new(
        "chapters_dash", $"testsrc2=size=160x90:rate=10:duration={Seconds}", "-c:v libx264 -preset ultrafast -g 20 -pix_fmt yuv420p -movflags +dash+global_sidx",
        $"sine=frequency=440:sample_rate=48000:duration={Seconds}", "-c:a aac -b:a 32k -movflags +dash+global_sidx -frag_duration 2000000");

    private static readonly MuxShape LongSmallFragments = new(
        "chapters_small_fragments", $"testsrc2=size=160x90:rate=10:duration={Seconds}", "-c:v libx264 -preset ultrafast -g 20 -pix_fmt yuv420p -movflags +empty_moov+default_base_moof -frag_duration 1000000",
        $"sine=frequency=440:sample_rate=48000:duration={Seconds}", "-c:a aac -b:a 32k -movflags +empty_moov+default_base_moof -frag_duration 1000000");

    private FakeYouTubeServer fake = null!;
    private DownloadApp app = null!;

    public async Task InitializeAsync()
    {
        fake = await FakeYouTubeServer.StartAsync();
        (app, _) = await FakeYouTubeApp.StartAsync(fake);
        ServePlayer();
        fake.SetCaptions(VideoId, "en", auto: false, EnglishVtt);
        fake.SetCaptions(VideoId, "fr", auto: true, FrenchAutoVtt);
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        await fake.DisposeAsync();
    }

    public static TheoryData<string> Paths => new("one_pass", "two_step", "muxed");

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task The_file_carries_the_description_chapters_and_the_task_lists_them(string path)
    {
        var inputs = await UseMediaAsync(path);

        var (id, task) = await DownloadAsync(path, new { });

        var expected = new[] { (0.0, 12.0, "Intro"), (12.0, 25.0, "The middle – part \"one\""), (25.0, 36.0, "Ünïcödé end") };
        task.GetProperty("chapters").EnumerateArray()
            .Select(c => (c.GetProperty("start").GetDouble(), c.GetProperty("end").GetDouble(), c.GetProperty("title").GetString()!))
            .Should().Equal(expected);
        var file = await FileAsync(id);
        var chapters = await MediaProbe.ChaptersAsync(file);
        chapters.Select(c => (c.Start, c.Title)).Should().Equal(expected.Select(e => (e.Item1, e.Item3)), "ffprobe lists every chapter with its start and title");
        chapters.Take(2).Select(c => c.End).Should().Equal([12.0, 25.0], "a chapter ends where the next starts");
        chapters[^1].End.Should().BeApproximately(Seconds, 0.2, "the last chapter ends with the file");
        if (inputs is not null)
        {
            await MuxOracle.AssertJoinedAsync(inputs, file);
        }
    }

    [Fact]
    public async Task Chapters_false_gives_a_file_and_a_task_without_chapters()
    {
        await UseMediaAsync("one_pass");

        var (id, task) = await DownloadAsync("one_pass", new { chapters = false });

        task.GetProperty("chapters").GetArrayLength().Should().Be(0);
        (await MediaProbe.ChaptersAsync(await FileAsync(id))).Should().BeEmpty();
    }

    [Fact]
    public async Task Asked_subtitles_are_listed_and_served_as_webvtt_and_a_language_the_video_lacks_is_absent()
    {
        await UseMediaAsync("one_pass");

        var (id, task) = await DownloadAsync("one_pass", new { subtitles = new[] { "en", "fr", "de" }, auto_subtitles = true });

        task.GetProperty("subtitles").EnumerateArray()
            .Select(s => (s.GetProperty("lang").GetString(), s.GetProperty("name").GetString(), s.GetProperty("auto").GetBoolean()))
            .Should().Equal(("en", "English", false), ("fr", "French (auto-generated)", true));
        fake.CaptionRequests.Should().OnlyContain(q => q.Contains("fmt=vtt"), "the tracks are fetched as WebVTT");

        using var english = await app.Http.GetAsync($"/api/download/{id}/subtitles/en");
        english.StatusCode.Should().Be(HttpStatusCode.OK);
        english.Content.Headers.ContentType!.MediaType.Should().Be("text/vtt");
        english.Content.Headers.ContentDisposition!.DispositionType.Should().Be("attachment");
        english.Content.Headers.ContentDisposition.FileNameStar.Should().Be("Normal video, adaptive and muxed.en.vtt");
        (await english.Content.ReadAsStringAsync()).Should().Be(
            "WEBVTT\n\n00:00:01.000 --> 00:00:03.500\nHello there\n\n00:00:05.000 --> 00:00:07.000\nSecond &amp; last\nline two\n");
        (await app.Http.GetStringAsync($"/api/download/{id}/subtitles/fr")).Should().Be("WEBVTT\n\n00:00:02.000 --> 00:00:04.000\nbonjour à tous\n");

        using var missing = await app.Http.GetAsync($"/api/download/{id}/subtitles/de");
        missing.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await missing.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().Should().Be("subtitles_not_found");
    }

    /// <summary>Each track is a mov_text stream with its language and name, its cues at their times; every media packet stays as it was.</summary>
    [Theory]
    [MemberData(nameof(Paths))]
    public async Task Subtitles_become_timed_text_tracks_of_the_file_with_their_language_and_cues(string path)
    {
        var inputs = await UseMediaAsync(path);

        var (id, _) = await DownloadAsync(path, new { subtitles = new[] { "en", "fr" }, auto_subtitles = true });

        var file = await FileAsync(id);
        (await MediaProbe.SubtitleStreamsAsync(file)).Should().Equal(("mov_text", "eng", "English"), ("mov_text", "fra", "French (auto-generated)"));
        (await MediaProbe.SubtitleCuesAsync(file, 0)).Where(c => c.Text.Length > 0).Should().Equal(
            (1.0, 3.5, "Hello there"), (5.0, 7.0, "Second & last\nline two"));
        (await MediaProbe.SubtitleCuesAsync(file, 1)).Where(c => c.Text.Length > 0).Should().Equal((2.0, 4.0, "bonjour à tous"));
        if (inputs is not null)
        {
            await MuxOracle.AssertJoinedAsync(inputs, file, textTracks: 2);
        }
        else
        {
            var stored = Path.Combine(MuxFixtures.Directory, "chapters-muxed.mp4");
            foreach (var stream in new[] { "v:0", "a:0" })
            {
                (await MediaProbe.PacketsAsync(file, stream)).Should().Equal(await MediaProbe.PacketsAsync(stored, stream), "tagging in place moves no media packet");
            }

            (await MediaProbe.DecodeErrorsAsync(file)).Should().BeEmpty();
            TopLevelBoxes.List(file).Sum(b => b.Size).Should().Be(new FileInfo(file).Length, "the appended 'mdat' closes the file");
        }

        if (path == "one_pass")
        {
            TopLevelBoxes.List(file).Count(b => b.Type == "mdat").Should().Be(1, "the text samples are one more block of the one 'mdat'");
        }
    }

    [Fact]
    public async Task Automatic_captions_are_left_out_unless_asked()
    {
        await UseMediaAsync("one_pass");

        var (_, task) = await DownloadAsync("one_pass", new { subtitles = "all" });

        task.GetProperty("subtitles").EnumerateArray().Select(s => s.GetProperty("lang").GetString()).Should().Equal("en");
    }

    [Fact]
    public async Task A_completed_file_is_reused_only_with_the_same_chapters_and_subtitles()
    {
        await UseMediaAsync("one_pass");
        var (first, _) = await DownloadAsync("one_pass", new { subtitles = new[] { "en" } });
        var mediaRequests = fake.MediaRequests.Count;

        var (_, same) = await DownloadAsync("one_pass", new { subtitles = new[] { "en" } });
        fake.MediaRequests.Count.Should().Be(mediaRequests, "the same options reuse the file");
        var (_, other) = await DownloadAsync("one_pass", new { subtitles = new[] { "en" }, chapters = false });

        fake.MediaRequests.Count.Should().BeGreaterThan(mediaRequests, "other options make another file");
        other.GetProperty("chapters").GetArrayLength().Should().Be(0);
        same.GetProperty("subtitles").GetArrayLength().Should().Be(1);
        first.Should().NotBeNullOrEmpty();
    }

    /// <summary>A clip's file and task hold only the chapters and cues of its span, moved so the span starts at 0.</summary>
    [Theory]
    [InlineData("one_pass")]
    [InlineData("two_step")]
    public async Task A_clip_cuts_the_chapters_and_subtitles_to_its_span(string path)
    {
        await UseMediaAsync(path);

        var (id, task) = await DownloadAsync(path, new { subtitles = new[] { "en", "fr" }, auto_subtitles = true, start = 2, end = "0:20" });

        task.GetProperty("chapters").EnumerateArray()
            .Select(c => (c.GetProperty("start").GetDouble(), c.GetProperty("end").GetDouble(), c.GetProperty("title").GetString()!))
            .Should().Equal((0.0, 10.0, "Intro"), (10.0, 18.0, "The middle – part \"one\""));
        task.GetProperty("filename").GetString().Should().Be("Normal video, adaptive and muxed [0.02-0.20].mp4");
        var file = await FileAsync(id);
        (await MediaProbe.ChaptersAsync(file)).Select(c => (c.Start, c.Title)).Should().Equal((0.0, "Intro"), (10.0, "The middle – part \"one\""));
        (await MediaProbe.SubtitleCuesAsync(file, 0)).Where(c => c.Text.Length > 0).Should().Equal(
            (0.0, 1.5, "Hello there"), (3.0, 5.0, "Second & last\nline two"));
        (await MediaProbe.SubtitleCuesAsync(file, 1)).Where(c => c.Text.Length > 0).Should().Equal((0.0, 2.0, "bonjour à tous"));
        (await MediaProbe.StreamsAsync(file)).Where(s => s.Type != "subtitle").Should().OnlyContain(s => Math.Abs(s.Duration - 18) <= 2, "the media lasts the span, within a fragment");
        (await MediaProbe.DecodeErrorsAsync(file)).Should().BeEmpty();
    }

    [Fact]
    public async Task A_completed_file_is_reused_only_for_the_same_clip()
    {
        await UseMediaAsync("one_pass");
        var (_, first) = await DownloadAsync("one_pass", new { start = 2, end = 20 });
        var mediaRequests = fake.MediaRequests.Count;

        var (_, same) = await DownloadAsync("one_pass", new { start = "0:02", end = "0:20" });
        fake.MediaRequests.Count.Should().Be(mediaRequests, "the same span reuses the file");
        var (_, other) = await DownloadAsync("one_pass", new { start = 2, end = 21 });
        fake.MediaRequests.Count.Should().BeGreaterThan(mediaRequests, "another span makes another file");
        var (_, whole) = await DownloadAsync("one_pass", new { });

        same.GetProperty("filesize").GetInt64().Should().Be(first.GetProperty("filesize").GetInt64());
        other.GetProperty("clip").GetProperty("end").GetDouble().Should().Be(21);
        whole.GetProperty("clip").ValueKind.Should().Be(JsonValueKind.Null);
        whole.GetProperty("filesize").GetInt64().Should().BeGreaterThan(first.GetProperty("filesize").GetInt64(), "the whole video is not the clip's file");
    }

    private void ServePlayer()
    {
        var player = JsonNode.Parse(File.ReadAllText(Path.Combine(FixtureFolders.OwnFolder, FakeYouTubeApp.Normal + ".player.json")))!.AsObject();
        player["videoDetails"]!["shortDescription"] = Description;
        player["videoDetails"]!["lengthSeconds"] = Seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        player["captions"] = JsonNode.Parse("""
            {"playerCaptionsTracklistRenderer": {"captionTracks": [
              {"baseUrl": "https://www.youtube.com/api/timedtext?v=OwnNormal01&lang=en", "languageCode": "en", "kind": null, "name": {"runs": [{"text": "English"}]}, "vssId": ".en", "isTranslatable": true},
              {"baseUrl": "https://www.youtube.com/api/timedtext?v=OwnNormal01&lang=fr&kind=asr", "languageCode": "fr", "kind": "asr", "name": {"runs": [{"text": "French (auto-generated)"}]}, "vssId": "a.fr", "isTranslatable": true}
            ]}}
            """);
        fake.SetPlayer("VISIONOS", VideoId, PlayerAnswer.Json(player.ToJsonString()));
    }

    /// <summary>Serves 36-second media for the path; the inputs the file must join, or null for the muxed stream (stored as sent).</summary>
    private async Task<string[]?> UseMediaAsync(string path)
    {
        var pair = await MuxFixtures.GetAsync(path == "two_step" ? LongSmallFragments : LongDash);
        fake.SetMedia(VideoId, FakeYouTubeApp.VideoItag, MediaContent.FromBytes(await File.ReadAllBytesAsync(pair.Video)));
        fake.SetMedia(VideoId, FakeYouTubeApp.AudioItag, MediaContent.FromBytes(await File.ReadAllBytesAsync(pair.Audio)));
        if (path != "muxed")
        {
            return [pair.Video, pair.Audio];
        }

        var muxed = Path.Combine(MuxFixtures.Directory, "chapters-muxed.mp4");
        if (!File.Exists(muxed))
        {
            await ExternalTool.FfmpegAsync($"-i {pair.Video} -i {pair.Audio} -map 0 -map 1 -c copy -movflags +faststart {muxed}");
        }

        fake.SetMedia(VideoId, 18, MediaContent.FromBytes(await File.ReadAllBytesAsync(muxed)));
        return null;
    }

    private async Task<(string Id, JsonElement Task)> DownloadAsync(string path, object options)
    {
        var body = JsonSerializer.SerializeToNode(options)!.AsObject();
        body["url"] = VideoId;
        if (path == "muxed")
        {
            body["format_id"] = "18";
        }
        else
        {
            body["quality"] = "720p";
        }

        using var response = await app.Http.PostAsJsonAsync("/api/download", body);
        response.StatusCode.Should().Be(HttpStatusCode.Accepted);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("download_id").GetString()!;
        var task = await app.WaitForEndAsync(id);
        task.GetProperty("status").GetString().Should().Be("completed", await app.DescribeWorkflowAsync(id));
        return (id, task);
    }

    private async Task<string> FileAsync(string id)
    {
        var file = Path.Combine(MuxFixtures.Directory, $"e2e-chapters-{id}.mp4");
        await File.WriteAllBytesAsync(file, await app.Http.GetByteArrayAsync($"/api/download/{id}/file"));
        return file;
    }
}
