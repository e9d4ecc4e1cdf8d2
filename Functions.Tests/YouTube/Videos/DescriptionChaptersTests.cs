using YouTubeDownloader.Media;
using YouTubeDownloader.YouTube;
using YouTubeDownloader.YouTube.Videos;

namespace YouTubeDownloader.Tests.YouTube.Videos;

public sealed class DescriptionChaptersTests
{
    [Fact]
    public void A_list_from_0_00_becomes_chapters_each_ending_where_the_next_starts_and_the_last_at_the_end()
    {
        const string description = """
            My talk, recorded live. Skip to 2:30 for the demo.

            0:00 Intro
            [0:45] – The problem
            2:30 | Demo: part 1
            Questions - 1:02:03

            Thanks for watching!
            """;

        DescriptionChapters.Read(description, 4000).Should().Equal(
            new Chapter(0, 45_000, "Intro"),
            new Chapter(45_000, 150_000, "The problem"),
            new Chapter(150_000, 3_723_000, "Demo: part 1"),
            new Chapter(3_723_000, 4_000_000, "Questions"));
    }

    [Theory]
    [InlineData("0:00 A\n0:20 B", 100)] // two entries
    [InlineData("0:05 A\n0:20 B\n0:40 C", 100)] // no 0:00
    [InlineData("0:00 A\n0:05 B\n0:40 C", 100)] // a chapter under 10 s
    [InlineData("0:00 A\n0:20 B\n0:40 C", 45)] // the last under 10 s
    [InlineData("Nothing timed here", 100)]
    public void A_list_that_breaks_a_rule_gives_no_chapters(string description, int duration)
    {
        DescriptionChapters.Read(description, duration).Should().BeEmpty();
    }

    [Fact]
    public void The_list_ends_where_the_times_stop_rising()
    {
        var chapters = DescriptionChapters.Read("00:00 A\n00:20 B\n00:40 C\n\nTimeline of another video:\n0:10 X", 60);

        chapters.Select(c => c.Title).Should().Equal("A", "B", "C");
        chapters[^1].EndMs.Should().Be(60_000);
    }

    [Fact]
    public void Long_titles_are_cut()
    {
        var chapters = DescriptionChapters.Read($"0:00 {new string('x', 300)}\n0:20 B\n0:40 C", 60);

        chapters[0].Title.Should().HaveLength(DescriptionChapters.MaxTitleLength);
    }
}
