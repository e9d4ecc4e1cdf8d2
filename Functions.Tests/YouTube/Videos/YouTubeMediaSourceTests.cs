using Microsoft.Extensions.DependencyInjection;
using YouTubeDownloader.Downloads;
using YouTubeDownloader.Sources;
using YouTubeDownloader.Testing.FakeYouTube;
using YouTubeDownloader.Testing.Media;
using YouTubeDownloader.YouTube.Clients;

namespace YouTubeDownloader.Tests.YouTube.Videos;

/// <summary>Ranged reads of a stream through the real HttpClient code against the fake's <c>/videoplayback</c>.</summary>
public sealed class YouTubeMediaSourceTests : FakeYouTubeTests
{
    private const int VideoItag = 298;
    private string videoId = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        videoId = Fake.Serve("VISIONOS", "own-normal-adaptive-muxed_OwnNormal01");
    }

    private IMediaResolver Resolver => Services.GetRequiredService<IMediaResolver>();

    [Fact]
    public async Task Reads_ranges_with_the_range_parameter_and_the_clients_user_agent()
    {
        var source = await OpenVideoAsync();

        var bytes = await ReadAsync(source, 1_000_000, 300_000);

        bytes.Should().Equal(Expected(1_000_000, 300_000));
        var request = Fake.MediaRequests.Should().ContainSingle().Subject;
        request.Range.Should().Be((1_000_000L, 1_299_999L));
        request.UserAgent.Should().Be(YouTubeDownloader.YouTube.Clients.YouTubeClientDefaults.VisionOs.UserAgent);
    }

    [Fact]
    public async Task A_403_part_way_fetches_a_fresh_player_response_once_and_resumes_at_the_same_byte()
    {
        var source = await OpenVideoAsync();
        Fake.AddFault(videoId, VideoItag, new StreamFault.ForbidAfter(500_000, Generations: 1));
        var playerCallsBefore = Fake.PlayerRequests.Count;

        var first = await ReadAsync(source, 0, 600_000);
        var second = await ReadAsync(source, 600_000, 600_000);

        first.Concat(second).Should().Equal(Expected(0, 1_200_000));
        Fake.PlayerRequests.Count.Should().Be(playerCallsBefore + 1);
        Fake.MediaRequests.Select(r => (r.Generation, r.StatusCode, r.Range)).Should().Equal(
            (1, 200, (0L, 599_999L)), (1, 403, (600_000L, 1_199_999L)), (2, 200, (600_000L, 1_199_999L)));
    }

    [Fact]
    public async Task A_second_403_after_the_fresh_response_is_stream_forbidden()
    {
        var source = await OpenVideoAsync();
        Fake.AddFault(videoId, VideoItag, new StreamFault.ForbidAfter(0, Generations: int.MaxValue));

        var read = () => ReadAsync(source, 0, 1000);

        var failure = (await read.Should().ThrowAsync<DownloadFailedException>()).Which;
        failure.Code.Should().Be(DownloadErrorCode.StreamForbidden);
        failure.IsRetryable.Should().BeFalse();
        Fake.MediaRequests.Select(r => r.StatusCode).Should().Equal(403, 403);
    }

    [Fact]
    public async Task Expired_urls_handed_out_earlier_are_replaced_by_fresh_ones()
    {
        var source = await OpenVideoAsync();
        Fake.ExpireIssuedUrls();

        var bytes = await ReadAsync(source, 2_000_000, 100_000);

        bytes.Should().Equal(Expected(2_000_000, 100_000));
        Fake.MediaRequests.Select(r => r.StatusCode).Should().Equal(403, 200);
    }

    [Fact]
    public async Task A_dropped_connection_surfaces_as_an_io_exception_so_the_transfer_resumes()
    {
        var source = await OpenVideoAsync();
        Fake.AddFault(videoId, VideoItag, new StreamFault.DropAfter(200_000));

        var read = () => ReadAsync(source, 0, 500_000);

        await read.Should().ThrowAsync<IOException>();
        (await ReadAsync(source, 0, 500_000)).Should().Equal(Expected(0, 500_000));
    }

    [Theory]
    [InlineData(503, DownloadErrorCode.SourceError)]
    [InlineData(500, DownloadErrorCode.SourceError)]
    [InlineData(429, DownloadErrorCode.RateLimited)]
    public async Task Server_errors_and_throttling_are_transient(int status, DownloadErrorCode code)
    {
        var source = await OpenVideoAsync();
        Fake.AddFault(videoId, VideoItag, new StreamFault.Status(status));

        var read = () => ReadAsync(source, 0, 1000);

        var failure = (await read.Should().ThrowAsync<DownloadFailedException>()).Which;
        failure.Code.Should().Be(code);
        failure.IsRetryable.Should().BeTrue();
    }

    [Fact]
    public async Task A_client_error_other_than_403_is_a_source_error()
    {
        var source = await OpenVideoAsync();
        Fake.AddFault(videoId, VideoItag, new StreamFault.Status(404));

        var read = () => ReadAsync(source, 0, 1000);

        var failure = (await read.Should().ThrowAsync<DownloadFailedException>()).Which;
        failure.Code.Should().Be(DownloadErrorCode.SourceError, "retried as its code says, like any source_error");
    }

    [Fact]
    public async Task A_range_past_the_end_is_refused_before_any_request()
    {
        var source = await OpenVideoAsync();

        var read = () => source.OpenRangeAsync(source.Length - 10, 11, CancellationToken.None);

        await read.Should().ThrowAsync<ArgumentOutOfRangeException>();
        Fake.MediaRequests.Should().BeEmpty();
    }

    [Fact]
    public async Task A_stream_whose_length_changed_since_the_plan_is_refused()
    {
        var plan = await Resolver.ResolveAsync(new MediaRequest(VideoId.Parse(videoId), Quality.Parse("720p")), CancellationToken.None);
        var stale = plan.Streams[0] with { ContentLength = plan.Streams[0].ContentLength + 1 };

        var open = () => Resolver.OpenAsync(new MediaRequest(VideoId.Parse(videoId), Quality.Parse("720p")), stale, CancellationToken.None);

        (await open.Should().ThrowAsync<DownloadFailedException>()).Which.Code.Should().Be(DownloadErrorCode.SourceError);
    }

    private async Task<IMediaSource> OpenVideoAsync()
    {
        var request = new MediaRequest(VideoId.Parse(videoId), Quality.Parse("720p"));
        var plan = await Resolver.ResolveAsync(request, CancellationToken.None);
        plan.Streams[0].Id.Should().Be(VideoItag.ToString());
        var source = await Resolver.OpenAsync(request, plan.Streams[0], CancellationToken.None);
        source.Length.Should().Be(2_200_000);
        return source;
    }

    private byte[] Expected(long offset, int count)
    {
        var bytes = new byte[count];
        Fake.GetMedia(videoId, VideoItag)!.CopyTo(offset, bytes);
        return bytes;
    }

    private static async Task<byte[]> ReadAsync(IMediaSource source, long offset, int count)
    {
        await using var stream = await source.OpenRangeAsync(offset, count, CancellationToken.None);
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        return copy.ToArray();
    }
}
