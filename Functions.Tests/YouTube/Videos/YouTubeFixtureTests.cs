using System.Text.Json;
using YouTubeDownloader.Downloads;
using YouTubeDownloader.YouTube;
using YouTubeDownloader.YouTube.Wire;
using YouTubeDownloader.YouTube.Videos;

namespace YouTubeDownloader.Tests.YouTube.Videos;

/// <summary>
/// Every <c>NAME.player.json</c> + <c>NAME.expected.json</c> pair, from the project's own folder and, when
/// <c>YOUTUBE_FIXTURES</c> is set, from that folder too: the outcome, the facts, and the itags chosen per quality.
/// Each pair is its own test case named after it.
/// </summary>
public sealed class YouTubeFixtureTests
{
    private const int DefaultMaxDuration = 14_400;

    public static TheoryData<string, string> Pairs()
    {
        var data = new TheoryData<string, string>();
        foreach (var name in FixtureFolders.Pairs(FixtureFolders.OwnFolder))
        {
            data.Add(FixtureFolders.Own, name);
        }

        if (FixtureFolders.RecordedFolder is { } recorded && Directory.Exists(recorded))
        {
            foreach (var name in FixtureFolders.Pairs(recorded))
            {
                data.Add(FixtureFolders.Recorded, name);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Fixture_gives_the_expected_outcome_and_selections(string source, string name)
    {
        var folder = FixtureFolders.Folder(source);
        var response = PlayerResponse.Parse(File.ReadAllBytes(Path.Combine(folder, name + ".player.json")));
        using var expectedDocument = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, name + ".expected.json")));
        var expected = expectedDocument.RootElement;
        var videoId = expected.TryGetProperty("video_id", out var id) ? id.GetString() : null;

        var assessment = PlayerAssessor.Assess(response, videoId, DefaultMaxDuration);

        var outcome = assessment.Video is null ? assessment.Refusal!.Code.ToWire() : "ok";
        outcome.Should().Be(expected.GetProperty("outcome").GetString(), "the refusal was: {0}", assessment.Refusal?.Reason);
        if (assessment.Video is not { } video)
        {
            return;
        }

        if (videoId is not null)
        {
            video.VideoId.Should().Be(videoId);
        }

        if (expected.TryGetProperty("title", out var title))
        {
            video.Title.Should().Be(title.GetString());
        }

        if (expected.TryGetProperty("duration_seconds", out var duration))
        {
            video.DurationSeconds.Should().Be(duration.GetInt32());
        }

        if (expected.TryGetProperty("selections", out var selections))
        {
            foreach (var selection in selections.EnumerateObject())
            {
                Selected(video, selection.Name).Should().Be(Describe(selection.Value), "quality {0} of {1}", selection.Name, name);
            }
        }
    }

    [Fact]
    public void The_projects_own_fixtures_are_there()
    {
        // The theory must never pass vacuously: the hand-written pairs always run.
        FixtureFolders.Pairs(FixtureFolders.OwnFolder).Should().HaveCountGreaterThanOrEqualTo(10);
    }

    [Fact]
    public void YOUTUBE_FIXTURES_when_set_names_a_folder_with_pairs()
    {
        if (FixtureFolders.RecordedFolder is { } folder)
        {
            Directory.Exists(folder).Should().BeTrue($"YOUTUBE_FIXTURES points at {folder}");
            FixtureFolders.Pairs(folder).Should().NotBeEmpty();
        }
    }

    private static string Selected(YouTubeVideo video, string quality)
    {
        try
        {
            return string.Join(",", StreamSelector.Select(video.Formats, Quality.Parse(quality)).Itags);
        }
        catch (DownloadFailedException ex)
        {
            return ex.Code.ToWire();
        }
    }

    private static string Describe(JsonElement expected) =>
        expected.ValueKind == JsonValueKind.Array
            ? string.Join(",", expected.EnumerateArray().Select(i => i.GetInt32()))
            : expected.GetString()!;
}
