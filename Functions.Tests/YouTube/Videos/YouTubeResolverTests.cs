using Microsoft.Extensions.DependencyInjection;
using YouTubeDownloader.Downloads;
using YouTubeDownloader.Sources;
using YouTubeDownloader.Testing.FakeYouTube;
using YouTubeDownloader.YouTube;
using YouTubeDownloader.YouTube.Wire;
using YouTubeDownloader.YouTube.Videos;

namespace YouTubeDownloader.Tests.YouTube.Videos;

public sealed class YouTubeResolverTests : FakeYouTubeTests
{

    private YouTubeResolver Resolver => Services.GetRequiredService<YouTubeResolver>();

    [Fact]
    public void The_production_resolver_is_the_youtube_one()
    {
        Services.GetRequiredService<IMediaResolver>().Should().BeSameAs(Resolver);
    }

    [Fact]
    public async Task A_height_gives_video_then_audio_with_the_facts_filled()
    {
        var videoId = Fake.Serve("VISIONOS", "own-normal-adaptive-muxed_OwnNormal01");

        var plan = await Resolver.ResolveAsync(new MediaRequest(VideoId.Parse(videoId), Quality.Parse("720p")), CancellationToken.None);

        plan.VideoId.Value.Should().Be(videoId);
        plan.Title.Should().Be("Normal video, adaptive and muxed");
        plan.Author.Should().Be("Fixture Channel");
        plan.DurationSeconds.Should().Be(212);
        plan.FormatNote.Should().Be("720p60");
        plan.ThumbnailUrl.Should().Be($"{Fake.BaseAddress.ToString().TrimEnd('/')}/vi/{videoId}/maxresdefault.jpg");
        plan.Streams.Should().Equal(
            new MediaStreamInfo("298", MediaStreamKind.Video, "video/mp4; codecs=\"avc1.4d4020\"", 2_200_000),
            new MediaStreamInfo("140", MediaStreamKind.Audio, "audio/mp4; codecs=\"mp4a.40.2\"", 500_000));
    }

    [Fact]
    public async Task Audio_gives_one_aac_stream_noted_in_kbps()
    {
        var videoId = Fake.Serve("VISIONOS", "own-normal-adaptive-muxed_OwnNormal01");

        var plan = await Resolver.ResolveAsync(new MediaRequest(VideoId.Parse(videoId), Quality.Audio), CancellationToken.None);

        plan.FormatNote.Should().Be("128kbps");
        plan.Streams.Should().ContainSingle().Which.Should().Be(new MediaStreamInfo("140", MediaStreamKind.Audio, "audio/mp4; codecs=\"mp4a.40.2\"", 500_000));
    }

    [Fact]
    public async Task A_muxed_format_without_a_declared_length_is_measured_with_head()
    {
        var videoId = Fake.Serve("VISIONOS", "own-muxed-only_OwnMuxOnly1");

        var plan = await Resolver.ResolveAsync(new MediaRequest(VideoId.Parse(videoId), Quality.Parse("720p")), CancellationToken.None);

        var stream = plan.Streams.Should().ContainSingle().Subject;
        stream.Kind.Should().Be(MediaStreamKind.Muxed);
        stream.Id.Should().Be("22");
        stream.ContentLength.Should().Be(Fake.GetMedia(videoId, 22)!.Length);
        Fake.MediaRequests.Should().ContainSingle().Which.Method.Should().Be("HEAD");
    }

    [Fact]
    public async Task The_duration_limit_is_configuration()
    {
        await using var strict = YouTubeTestServices.Create(Fake, new Dictionary<string, string?> { ["YouTube:MaxDurationSeconds"] = "200" });
        var videoId = Fake.Serve("VISIONOS", "own-normal-adaptive-muxed_OwnNormal01");

        var resolve = () => strict.GetRequiredService<IMediaResolver>().ResolveAsync(new MediaRequest(VideoId.Parse(videoId), Quality.Best), CancellationToken.None);

        var failure = (await resolve.Should().ThrowAsync<DownloadFailedException>()).Which;
        failure.Code.Should().Be(DownloadErrorCode.TooLong);
        failure.Message.Should().Contain("the limit is 200 s", "the detail for the log names the limit; the code travels as data");
    }

    [Fact]
    public async Task Stream_urls_outside_the_stream_hosts_are_never_fetched()
    {
        await using var strict = YouTubeTestServices.Create(Fake, new Dictionary<string, string?> { ["YouTube:StreamHosts:0"] = "googlevideo.com" });
        var videoId = Fake.Serve("VISIONOS", "own-normal-adaptive-muxed_OwnNormal01");

        var resolve = () => strict.GetRequiredService<IMediaResolver>().ResolveAsync(new MediaRequest(VideoId.Parse(videoId), Quality.Audio), CancellationToken.None);

        (await resolve.Should().ThrowAsync<DownloadFailedException>()).Which.Code.Should().Be(DownloadErrorCode.SourceError);
        Fake.MediaRequests.Should().BeEmpty();
    }

    [Fact]
    public async Task A_quality_the_video_lacks_is_quality_unavailable()
    {
        var videoId = Fake.Serve("VISIONOS", "own-audio-only_OwnAudio001");

        var resolve = () => Resolver.ResolveAsync(new MediaRequest(VideoId.Parse(videoId), Quality.Parse("720p")), CancellationToken.None);

        (await resolve.Should().ThrowAsync<DownloadFailedException>()).Which.Code.Should().Be(DownloadErrorCode.QualityUnavailable);
    }

    [Fact]
    public async Task Info_lists_every_quality_with_itags_and_sizes_and_stores_nothing()
    {
        var videoId = Fake.Serve("VISIONOS", "own-av01-avc1-tie_OwnAv01Tie1");

        var info = await Resolver.GetInfoAsync(VideoId.Parse(videoId), CancellationToken.None);

        info.Title.Should().Be("AV1 and H.264 at the same heights");
        info.Author.Should().Be("Fixture Channel");
        info.DurationSeconds.Should().Be(300);
        info.Thumbnail.Should().EndWith("/maxresdefault.jpg");
        info.Qualities.Select(q => q.Quality).Should().Equal("480p", "720p", "1080p", "1440p", "2160p", "best", "audio");
        var hd = info.Qualities.Single(q => q.Quality == "720p");
        hd.FormatNote.Should().Be("720p");
        hd.Streams.Select(s => (s.Itag, s.Kind, s.ContentLength)).Should().Equal((398, "video", 1_500_000L), (140, "audio", 500_000L));
        hd.Filesize.Should().Be(2_000_000);
        Fake.MediaRequests.Should().BeEmpty();
    }

    [Fact]
    public async Task Thumbnails_come_only_from_the_allowed_image_hosts()
    {
        var videoId = Fake.Serve("VISIONOS", "own-normal-adaptive-muxed_OwnNormal01");
        var plan = await Resolver.ResolveAsync(new MediaRequest(VideoId.Parse(videoId), Quality.Audio), CancellationToken.None);
        var fetcher = Services.GetRequiredService<ThumbnailFetcher>();

        var fetched = await Resolver.FetchThumbnailAsync(plan, CancellationToken.None);
        var elsewhere = await fetcher.FetchAsync("http://localhost:" + Fake.BaseAddress.Port + "/vi/OwnNormal01/maxresdefault.jpg", CancellationToken.None);
        var userinfo = await fetcher.FetchAsync($"http://i.ytimg.com@127.0.0.1:{Fake.BaseAddress.Port}/vi/x/a.jpg", CancellationToken.None);
        var none = await Resolver.FetchThumbnailAsync(plan with { ThumbnailUrl = null }, CancellationToken.None);

        fetched!.ContentType.Should().Be("image/jpeg");
        fetched.Bytes.Should().Equal(FakeYouTubeServer.ThumbnailBytes("OwnNormal01"));
        elsewhere.Should().BeNull();
        userinfo.Should().BeNull();
        none.Should().BeNull();
        Fake.ThumbnailRequests.Should().ContainSingle().Which.Should().Be("OwnNormal01/maxresdefault.jpg");
    }

    [Fact]
    public async Task With_several_audio_tracks_the_default_plain_track_is_taken()
    {
        var videoId = Fake.Serve("VISIONOS", "own-multi-audio-drc_OwnMulti001");

        var plan = await Resolver.ResolveAsync(new MediaRequest(VideoId.Parse(videoId), Quality.Audio), CancellationToken.None);
        var source = await Resolver.OpenAsync(new MediaRequest(VideoId.Parse(videoId), Quality.Audio), plan.Streams[0], CancellationToken.None);

        // Three itag-140 tracks exist (de.3, en.4 DRC, en.4); only the plain default one is 500000 bytes long.
        plan.Streams.Should().ContainSingle().Which.ContentLength.Should().Be(500_000);
        source.Length.Should().Be(500_000);
    }

    /// <summary>The hand-written multi-audio response, and the recorded one when <c>YOUTUBE_FIXTURES</c> holds it.</summary>
    public static TheoryData<string, string, string> MultiAudioResponses()
    {
        var data = new TheoryData<string, string, string> { { FixtureFolders.OwnFolder, "own-multi-audio-drc_OwnMulti001", "OwnMulti001" } };
        const string recorded = "visionos-2026-06-multi-audio-tracks_Kn56bMZ9OE8";
        if (FixtureFolders.RecordedFolder is { } folder && File.Exists(Path.Combine(folder, recorded + ".player.json")))
        {
            data.Add(folder, recorded, "Kn56bMZ9OE8");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(MultiAudioResponses))]
    public void A_multi_audio_video_yields_the_default_track_without_drc_for_audio_and_720p(string folder, string name, string videoId)
    {
        var response = PlayerResponse.Parse(File.ReadAllBytes(Path.Combine(folder, name + ".player.json")));
        var video = PlayerAssessor.Assess(response, videoId, 14_400).Video!;

        var audio = StreamSelector.Select(video.Formats, Quality.Audio).Formats.Single();
        var paired = StreamSelector.Select(video.Formats, Quality.Parse("720p")).Formats[1];
        var opus = StreamSelector.Select(video.Formats, Quality.Audio, AudioFormat.Opus).Formats.Single();

        audio.AudioTrack!.Value.Id.Should().Be("en.4");
        audio.AudioTrack!.Value.IsDefault.Should().BeTrue();
        audio.IsDrc.Should().BeFalse();
        paired.AudioTrack!.Value.Id.Should().Be("en.4");
        opus.Container.Should().Be("audio/webm");
        opus.AudioTrack!.Value.Id.Should().Be("en.4", "the Opus choice takes the default track too");
        opus.IsDrc.Should().BeFalse();
        response.StreamingData!.Value.AdaptiveFormats.Count(f => f.Itag == 140).Should().BeGreaterThan(1, "the response has several itag-140 tracks to choose from");
    }
}
