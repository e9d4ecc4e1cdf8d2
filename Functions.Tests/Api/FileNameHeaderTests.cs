using System.Net.Http.Headers;
using YouTubeDownloader.Tests.Support;

namespace YouTubeDownloader.Tests.Api;

/// <summary>Titles that try to break <c>Content-Disposition</c>, through the real file result.</summary>
public sealed class FileNameHeaderTests
{
    public static TheoryData<string, string, string> Titles => new()
    {
        { "Say \"hi\" now", "Say hi now.mp4", "Say hi now.mp4" },
        { "Line\r\nSet-Cookie: x=1", "Line Set-Cookie x=1.mp4", "Line Set-Cookie x=1.mp4" },
        { "../../etc/passwd", "etc passwd.mp4", "etc passwd.mp4" },
        { "a\\b/c", "a b c.mp4", "a b c.mp4" },
        { "日本語のタイトル", "日本語のタイトル.mp4", "download.mp4" },
        { "Party 🎉 time", "Party 🎉 time.mp4", "Party time.mp4" },
        { "?!…---***", "download.mp4", "download.mp4" },
        { "Ünïcödé \"quotes\" / 日本語 🎵", "Ünïcödé quotes 日本語 🎵.mp4", "Unicode quotes.mp4" },
    };

    [Theory]
    [MemberData(nameof(Titles))]
    public async Task The_title_reaches_the_header_safely_in_both_forms(string title, string fileName, string asciiFileName)
    {
        await using var app = await DownloadApp.StartAsync();
        app.AddVideo("title000000", title, 1000);
        var id = (await app.StartAsync("title000000")).GetProperty("id").GetString()!;
        (await app.WaitForEndAsync(id)).GetProperty("status").GetString().Should().Be("completed");

        using var response = await app.Http.GetAsync($"/api/download/{id}/file");
        var raw = response.Content.Headers.GetValues("Content-Disposition").Single();
        var header = ContentDispositionHeaderValue.Parse(raw);

        header.DispositionType.Should().Be("attachment");
        header.FileNameStar.Should().Be(fileName);
        var ascii = header.FileName!.Trim('"');
        ascii.Should().Be(asciiFileName);
        ascii.Should().MatchRegex("^[\\x20-\\x7E]+$").And.NotContainAny("\"", "/", "\\", "\r", "\n");
        ascii.Should().EndWith(".mp4");
        raw.Should().NotContainAny("\r", "\n");
    }

    [Fact]
    public async Task A_300_character_title_is_shortened_but_keeps_its_extension()
    {
        await using var app = await DownloadApp.StartAsync();
        app.AddVideo("long0000000", new string('x', 150) + " " + new string('é', 149), 1000);
        var id = (await app.StartAsync("long0000000")).GetProperty("id").GetString()!;
        (await app.WaitForEndAsync(id)).GetProperty("status").GetString().Should().Be("completed");

        using var response = await app.Http.GetAsync($"/api/download/{id}/file");
        var name = response.Content.Headers.ContentDisposition!.FileNameStar!;

        name.Should().StartWith(new string('x', 100)).And.EndWith(".mp4");
        System.Text.Encoding.UTF8.GetByteCount(name).Should().BeLessThanOrEqualTo(255);
    }
}
