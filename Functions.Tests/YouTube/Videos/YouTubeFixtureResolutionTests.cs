using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using YouTubeDownloader.Downloads;
using YouTubeDownloader.Sources;
using YouTubeDownloader.Testing.FakeYouTube;
using YouTubeDownloader.YouTube;

namespace YouTubeDownloader.Tests.YouTube.Videos;

/// <summary>
/// The same fixture pairs as <see cref="YouTubeFixtureTests"/>, but through the whole HTTP path: the fake serves
/// each player response to both configured clients and the production resolver must reach the expected outcome
/// and, for playable videos, plan the expected itags.
/// </summary>
public sealed class YouTubeFixtureResolutionTests : FakeYouTubeTests
{
    [Theory]
    [MemberData(nameof(YouTubeFixtureTests.Pairs), MemberType = typeof(YouTubeFixtureTests))]
    public async Task Fixture_resolves_over_http_as_expected(string source, string name)
    {
        var folder = FixtureFolders.Folder(source);
        using var expected = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, name + ".expected.json")));
        var root = expected.RootElement;
        // A fixture without a valid id (the recorded "dont-exist") is asked for under an id of its own.
        var videoId = root.TryGetProperty("video_id", out var id) && VideoId.IsValidId(id.GetString()) ? id.GetString()! : "NoSuchVideo";
        var answer = PlayerAnswer.FromFile(Path.Combine(folder, name + ".player.json"));
        Fake.SetPlayer("VISIONOS", videoId, answer);
        Fake.SetPlayer("ANDROID_VR", videoId, answer);
        var resolver = Services.GetRequiredService<IMediaResolver>();
        var outcome = root.GetProperty("outcome").GetString();
        var quality = root.TryGetProperty("selections", out var selections)
            ? selections.EnumerateObject().Select(s => s.Name).FirstOrDefault(q => selections.GetProperty(q).ValueKind == JsonValueKind.Array)
            : null;

        try
        {
            var plan = await resolver.ResolveAsync(new MediaRequest(VideoId.Parse(videoId), Quality.Parse(quality ?? "best")), CancellationToken.None);
            outcome.Should().Be("ok");
            if (quality is not null)
            {
                plan.Streams.Select(s => int.Parse(s.Id)).Should().Equal(selections.GetProperty(quality).EnumerateArray().Select(e => e.GetInt32()));
                plan.Streams.Should().OnlyContain(s => s.ContentLength > 0);
            }
        }
        catch (DownloadFailedException ex) when (outcome != "ok")
        {
            ex.Code.ToWire().Should().Be(outcome, ex.Message);
        }
    }
}
