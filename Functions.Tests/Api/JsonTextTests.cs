using System.Text;
using System.Text.Json;
using YouTubeDownloader.Tests.Support;
using YouTubeDownloader.Views;

namespace YouTubeDownloader.Tests.Api;

/// <summary>JSON bodies carry text as UTF-8, escaping only what JSON requires.</summary>
public sealed class JsonTextTests
{
    private const string Title = "Ünïcödé \"quotes\" / 日本語 🎵 'a' <b> & c\\d";

    [Fact]
    public async Task A_task_body_writes_its_title_as_utf8_bytes()
    {
        await using var app = await DownloadApp.StartAsync();
        app.AddVideo("utf8title00", Title, 1000);
        var id = (await app.StartAsync("utf8title00")).GetProperty("id").GetString()!;
        await app.WaitForEndAsync(id);

        using var response = await app.Http.GetAsync($"/api/downloads/{id}");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        response.Content.Headers.ContentType!.CharSet.Should().Be("utf-8");
        var text = Encoding.UTF8.GetString(bytes);
        text.Should().Contain("\"title\":\"Ünïcödé \\\"quotes\\\" / 日本語 🎵 'a' <b> & c\\\\d\"");
        text.Should().NotContain("\\u", "no character is escaped as \\uXXXX");
        bytes.AsSpan().IndexOf("日本語 🎵"u8).Should().BeGreaterThan(0, "the raw UTF-8 bytes are in the body");
        JsonDocument.Parse(bytes).RootElement.GetProperty("title").GetString().Should().Be(Title);
    }

    [Theory]
    [InlineData("plain", "\"plain\"")]
    [InlineData("é 日本 🎵 ' < > & + `", "\"é 日本 🎵 ' < > & + `\"")]
    [InlineData("q\"b\\", "\"q\\\"b\\\\\"")]
    [InlineData("tab\tnl\ncr\r\u0001\u001f", "\"tab\\tnl\\ncr\\r\\u0001\\u001F\"")]
    [InlineData("ls\u2028ps\u2029", "\"ls\\u2028ps\\u2029\"")]
    public void Only_what_json_requires_is_escaped(string value, string json) =>
        JsonSerializer.Serialize(value, ContractJson.Options).Should().Be(json);

    [Fact]
    public void A_lone_surrogate_still_gives_valid_json()
    {
        var json = JsonSerializer.Serialize("a\uD800b", ContractJson.Options);

        JsonDocument.Parse(json).RootElement.GetString().Should().Be("a\uFFFDb");
    }
}
