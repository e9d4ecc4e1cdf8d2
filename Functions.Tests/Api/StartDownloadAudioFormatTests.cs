using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using YouTubeDownloader.Api.Contract;
using YouTubeDownloader.Downloads;
using YouTubeDownloader.Views;

namespace YouTubeDownloader.Tests.Api;

/// <summary>How <c>POST /api/download</c> reads <c>audio_format</c>.</summary>
public sealed class StartDownloadAudioFormatTests
{
    [Theory]
    [InlineData("""{"url": "dQw4w9WgXcQ", "download_type": "audio"}""", AudioFormat.M4a)]
    [InlineData("""{"url": "dQw4w9WgXcQ", "download_type": "audio", "audio_format": null}""", AudioFormat.M4a)]
    [InlineData("""{"url": "dQw4w9WgXcQ", "download_type": "audio", "audio_format": "m4a"}""", AudioFormat.M4a)]
    [InlineData("""{"url": "dQw4w9WgXcQ", "download_type": "audio", "audio_format": "opus"}""", AudioFormat.Opus)]
    [InlineData("""{"url": "dQw4w9WgXcQ", "quality": "audio", "audio_format": " OPUS "}""", AudioFormat.Opus)]
    [InlineData("""{"url": "https://www.youtube.com/playlist?list=PLFgquLnL59alCl_2TQvOiD5Vgm1hCaGSI", "download_type": "audio", "audio_format": "opus"}""", AudioFormat.Opus)]
    [InlineData("""{"url": "dQw4w9WgXcQ", "audio_format": "m4a"}""", AudioFormat.M4a)]
    public void Valid_formats_are_read(string json, AudioFormat expected)
    {
        var (start, error) = StartDownloadParser.Validate(Body(json), acceptPlaylists: true);

        error.Should().BeNull();
        start!.AudioFormat.Should().Be(expected);
    }

    [Theory]
    [InlineData("""{"url": "dQw4w9WgXcQ", "download_type": "audio", "audio_format": "mp3"}""", Texts.InvalidAudioFormat)]
    [InlineData("""{"url": "dQw4w9WgXcQ", "download_type": "audio", "audio_format": "1"}""", Texts.InvalidAudioFormat)]
    [InlineData("""{"url": "dQw4w9WgXcQ", "download_type": "audio", "audio_format": ""}""", Texts.InvalidAudioFormat)]
    [InlineData("""{"url": "dQw4w9WgXcQ", "audio_format": "opus"}""", Texts.AudioFormatNeedsAudio)]
    [InlineData("""{"url": "dQw4w9WgXcQ", "quality": "720p", "audio_format": "opus"}""", Texts.AudioFormatNeedsAudio)]
    [InlineData("""{"url": "dQw4w9WgXcQ", "download_type": "audio", "audio_format": "opus", "start": 10, "end": 20}""", Texts.ClipOfOpus)]
    public void Another_format_or_opus_for_a_video_is_an_invalid_request(string json, string text)
    {
        var (start, error) = StartDownloadParser.Validate(Body(json), acceptPlaylists: true);

        start.Should().BeNull();
        var body = (YouTubeDownloader.Api.Errors.ApiError)((JsonResult)error!).Value!;
        body.Code.Should().Be("invalid_request");
        body.Detail.Should().Be(text);
    }

    private static StartDownloadBody Body(string json) => JsonSerializer.Deserialize<StartDownloadBody>(json, ContractJson.Options)!;
}
