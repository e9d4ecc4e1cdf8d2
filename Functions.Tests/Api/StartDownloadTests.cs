using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using YouTubeDownloader.Tests.Support;

namespace YouTubeDownloader.Tests.Api;

/// <summary><c>POST /api/download</c> with bad and odd input: a clear 400 and nothing stored.</summary>
public sealed class StartDownloadTests : IAsyncLifetime
{
    private DownloadApp app = null!;

    public async Task InitializeAsync() => app = await DownloadApp.StartAsync();

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Theory]
    [InlineData("not json", "invalid_request")]
    [InlineData("", "invalid_request")]
    [InlineData("[]", "invalid_request")]
    [InlineData("null", "invalid_request")]
    [InlineData("{\"url\": 42}", "invalid_request")]
    [InlineData("{\"url\": [\"https://youtu.be/dQw4w9WgXcQ\"]}", "invalid_request")]
    [InlineData("{\"quality\": \"720p\"}", "invalid_request")]
    [InlineData("{\"url\": \"   \"}", "invalid_request")]
    [InlineData("{\"url\": \"https://youtu.be/dQw4w9WgXcQ\", \"quality\": \"4k\"}", "invalid_request")]
    [InlineData("{\"url\": \"https://youtu.be/dQw4w9WgXcQ\", \"quality\": 720}", "invalid_request")]
    [InlineData("{\"url\": \"https://youtu.be/dQw4w9WgXcQ\", \"download_type\": \"playlist\"}", "invalid_request")]
    [InlineData("{\"url\": \"https://youtu.be/dQw4w9WgXcQ\", \"download_type\": \"1\"}", "invalid_request")]
    [InlineData("{\"url\": \"https://vimeo.com/12345\"}", "invalid_url")]
    [InlineData("{\"url\": \"https://www.youtube.com.evil.example/watch?v=dQw4w9WgXcQ\"}", "invalid_url")]
    [InlineData("{\"url\": \"http://127.0.0.1/watch?v=dQw4w9WgXcQ\"}", "invalid_url")]
    public async Task Bad_input_is_a_400_with_detail_and_code_and_stores_nothing(string body, string code)
    {
        using var response = await app.Http.PostAsync("/api/download", new StringContent(body, Encoding.UTF8, "application/json"));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var error = await response.Content.ReadFromJsonAsync<JsonElement>();
        error.GetProperty("code").GetString().Should().Be(code);
        error.GetProperty("detail").GetString().Should().NotBeNullOrWhiteSpace();
        (await app.Http.GetFromJsonAsync<JsonElement>("/api/downloads")).GetArrayLength().Should().Be(0);
    }

    [Fact]
    public async Task A_one_megabyte_body_is_refused_without_being_stored()
    {
        var huge = "{\"url\": \"https://youtu.be/dQw4w9WgXcQ\", \"pad\": \"" + new string('a', 1024 * 1024) + "\"}";
        using var response = await app.Http.PostAsync("/api/download", new StringContent(huge, Encoding.UTF8, "application/json"));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().Should().Be("invalid_request");
        (await app.Http.GetFromJsonAsync<JsonElement>("/api/downloads")).GetArrayLength().Should().Be(0);
    }

    [Fact]
    public async Task Unknown_fields_are_ignored_and_defaults_apply()
    {
        app.AddVideo("dQw4w9WgXcQ", "Defaults", 1000);
        using var response = await app.Http.PostAsJsonAsync(
            "/api/download", new { url = "https://youtu.be/dQw4w9WgXcQ?si=abc&t=42", extra = new { nested = true } });

        response.StatusCode.Should().Be(HttpStatusCode.Accepted);
        var task = await response.Content.ReadFromJsonAsync<JsonElement>();
        task.GetProperty("quality").GetString().Should().Be("best");
        task.GetProperty("download_type").GetString().Should().Be("video");
        task.GetProperty("video_id").GetString().Should().Be("dQw4w9WgXcQ");
        task.GetProperty("url").GetString().Should().Be("https://youtu.be/dQw4w9WgXcQ?si=abc&t=42");
        task.GetProperty("is_playlist").GetBoolean().Should().BeFalse();
        task.GetProperty("playlist_index").GetInt32().Should().Be(0);
        task.GetProperty("playlist_total").GetInt32().Should().Be(1);
        task.GetProperty("thumbnail").GetString().Should().BeEmpty();
        task.GetProperty("error_code").ValueKind.Should().Be(JsonValueKind.Null);
        await app.WaitForEndAsync(task.GetProperty("id").GetString()!);
    }

    [Theory]
    [InlineData("audio", null)]
    [InlineData("720p", "audio")]
    public async Task Audio_by_quality_or_by_type_means_the_same(string quality, string? type)
    {
        app.AddVideo("audio000000", "Song", 1000);
        using var response = await app.Http.PostAsJsonAsync(
            "/api/download", new { url = "audio000000", quality, download_type = type });

        response.StatusCode.Should().Be(HttpStatusCode.Accepted);
        var task = await response.Content.ReadFromJsonAsync<JsonElement>();
        task.GetProperty("quality").GetString().Should().Be("audio");
        task.GetProperty("download_type").GetString().Should().Be("audio");
        var done = await app.WaitForEndAsync(task.GetProperty("id").GetString()!);
        done.GetProperty("filename").GetString().Should().Be("Song.m4a");
        done.GetProperty("content_type").GetString().Should().Be("audio/mp4");
    }

    [Theory]
    [InlineData("/api/downloads/not-a-uuid")]
    [InlineData("/api/downloads/..%2F..%2Fsecrets")]
    [InlineData("/api/downloads/00000000-0000-0000-0000-000000000000")]
    public async Task Reading_an_unknown_or_malformed_id_is_404_descarga_no_encontrada(string path)
    {
        using var response = await app.Http.GetAsync(path);

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        var error = await response.Content.ReadFromJsonAsync<JsonElement>();
        error.GetProperty("detail").GetString().Should().Be("Descarga no encontrada");
        error.GetProperty("code").GetString().Should().Be("download_not_found");
    }

    [Theory]
    [InlineData("/api/downloads/not-a-uuid")]
    [InlineData("/api/downloads/00000000-0000-0000-0000-000000000000")]
    [InlineData("/api/downloads/not-a-uuid/remove")]
    [InlineData("/api/downloads/00000000-0000-0000-0000-000000000000/remove")]
    public async Task Cancelling_or_removing_an_unknown_id_is_404(string path)
    {
        using var response = await app.Http.DeleteAsync(path);

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().Should().Be("download_not_found");
    }
}
