using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using YouTubeDownloader.Api.Contract;
using YouTubeDownloader.Views;

namespace YouTubeDownloader.Tests.Api;

/// <summary>How <c>POST /api/download</c> reads <c>chapters</c>, <c>subtitles</c> and <c>auto_subtitles</c>.</summary>
public sealed class StartDownloadSubtitlesTests
{
    [Theory]
    [InlineData("""{"url": "dQw4w9WgXcQ", "subtitles": ["en", "pt-BR", "EN"], "auto_subtitles": true}""", "en,pt-BR", true, true)]
    [InlineData("""{"url": "dQw4w9WgXcQ", "subtitles": "ALL"}""", "all", false, true)]
    [InlineData("""{"url": "dQw4w9WgXcQ", "subtitles": ["es", "all"], "chapters": false}""", "all", false, false)]
    [InlineData("""{"url": "dQw4w9WgXcQ", "subtitles": []}""", null, false, true)]
    [InlineData("""{"url": "dQw4w9WgXcQ", "subtitles": null}""", null, false, true)]
    [InlineData("""{"url": "https://www.youtube.com/playlist?list=PLFgquLnL59alCl_2TQvOiD5Vgm1hCaGSI", "subtitles": ["fr"], "chapters": false}""", "fr", false, false)]
    public void Valid_options_are_read(string json, string? languages, bool auto, bool chapters)
    {
        var (start, error) = StartDownloadParser.Validate(Body(json), acceptPlaylists: true);

        error.Should().BeNull();
        start!.Subtitles?.Text.Should().Be(languages);
        (start.Subtitles?.Auto ?? false).Should().Be(auto);
        start.Chapters.Should().Be(chapters);
    }

    [Theory]
    [InlineData("""{"url": "dQw4w9WgXcQ", "subtitles": "en"}""")]
    [InlineData("""{"url": "dQw4w9WgXcQ", "subtitles": ["e"]}""")]
    [InlineData("""{"url": "dQw4w9WgXcQ", "subtitles": ["en/../x"]}""")]
    [InlineData("""{"url": "dQw4w9WgXcQ", "subtitles": [1]}""")]
    [InlineData("""{"url": "dQw4w9WgXcQ", "subtitles": {"lang": "en"}}""")]
    [InlineData("""{"url": "dQw4w9WgXcQ", "subtitles": ["a1","b2","c3","d4","e5","f6","g7","h8","i9","j0","k1","l2","m3","n4","o5","p6","q7","r8","s9","t0","u1"]}""")]
    public void Malformed_options_are_an_invalid_request(string json)
    {
        var (start, error) = StartDownloadParser.Validate(Body(json), acceptPlaylists: true);

        start.Should().BeNull();
        var body = (YouTubeDownloader.Api.Errors.ApiError)((JsonResult)error!).Value!;
        body.Code.Should().Be("invalid_request");
        body.Detail.Should().Contain("'subtitles'");
    }

    private static StartDownloadBody Body(string json) => JsonSerializer.Deserialize<StartDownloadBody>(json, ContractJson.Options)!;
}
