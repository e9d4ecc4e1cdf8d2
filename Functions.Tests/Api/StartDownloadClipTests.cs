using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using YouTubeDownloader.Api.Contract;
using YouTubeDownloader.Downloads;
using YouTubeDownloader.Views;

namespace YouTubeDownloader.Tests.Api;

/// <summary>How <c>POST /api/download</c> reads <c>start</c> and <c>end</c>.</summary>
public sealed class StartDownloadClipTests
{
    [Theory]
    [InlineData("""{"url": "dQw4w9WgXcQ", "start": 60, "end": "2:30"}""", 60_000, 150_000)]
    [InlineData("""{"url": "dQw4w9WgXcQ", "start": "1:00:00", "end": "1:10:00.5"}""", 3_600_000, 4_200_500)]
    public void A_span_is_read(string json, long start, long end)
    {
        var (started, error) = StartDownloadParser.Validate(Body(json), acceptPlaylists: true);

        error.Should().BeNull();
        started!.Clip.Should().Be(new ClipSpan(start, end));
    }

    [Fact]
    public void No_span_is_the_whole_video() =>
        StartDownloadParser.Validate(Body("""{"url": "dQw4w9WgXcQ"}"""), acceptPlaylists: true).Start!.Clip.Should().BeNull();

    [Theory]
    [InlineData("""{"url": "dQw4w9WgXcQ", "start": 10, "end": 10}""", "'end' debe ser posterior")]
    [InlineData("""{"url": "dQw4w9WgXcQ", "start": "0:61", "end": 90}""", "'start' y 'end' van juntos")]
    [InlineData("""{"url": "https://www.youtube.com/playlist?list=PLFgquLnL59alCl_2TQvOiD5Vgm1hCaGSI", "start": 1, "end": 5}""", "no se admiten con una lista")]
    [InlineData("""{"url": "https://www.youtube.com/@SomeChannel", "start": 1, "end": 5}""", "no se admiten con una lista")]
    public void A_bad_span_is_an_invalid_request(string json, string detail)
    {
        var (start, error) = StartDownloadParser.Validate(Body(json), acceptPlaylists: true);

        start.Should().BeNull();
        var body = (YouTubeDownloader.Api.Errors.ApiError)((JsonResult)error!).Value!;
        body.Code.Should().Be("invalid_request");
        body.Detail.Should().Contain(detail);
    }

    private static StartDownloadBody Body(string json) => JsonSerializer.Deserialize<StartDownloadBody>(json, ContractJson.Options)!;
}
