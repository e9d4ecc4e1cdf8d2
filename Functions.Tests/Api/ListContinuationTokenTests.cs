using YouTubeDownloader.Api.Contract;
using YouTubeDownloader.Downloads;

namespace YouTubeDownloader.Tests.Api;

public sealed class ListContinuationTokenTests
{
    public static TheoryData<ListOrder, DownloadStatus?> Queries => new()
    {
        { ListOrder.Ascending, null },
        { ListOrder.Descending, null },
        { ListOrder.Ascending, DownloadStatus.Completed },
        { ListOrder.Descending, DownloadStatus.Cancelled },
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public void A_token_reads_back_as_the_query_and_position_it_was_made_from(ListOrder order, DownloadStatus? status)
    {
        var token = new ListContinuationToken(order, status, Guid.CreateVersion7());
        var text = token.ToString();

        text.Should().MatchRegex("^[A-Za-z0-9_-]+$", "it travels in a header and a query string unescaped");
        ListContinuationToken.TryParse(text, out var parsed).Should().BeTrue();
        parsed.Should().Be(token);
    }

    [Fact]
    public void The_documented_shape_parses() =>
        ListContinuationToken.TryParse("MS5hLi4wMTkyZjFiNTdhZjM3YjQ3YTRmMGM3OThkNGUzZjJhMQ", out var token).Should().BeTrue();

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("garbage!")]
    [InlineData("MS5hLi56enp6")] // 1.a..zzzz
    [InlineData("MS54Li4wMTkyZjFiNTdhZjM3YjQ3YTRmMGM3OThkNGUzZjJhMQ")] // 1.x..{id}: no such order
    [InlineData("MS5hLmNvbXBsZXRlZC4wMTkyZjFiNTdhZjM3YjQ3YTRmMGM3OThkNGUzZjJhMQ")] // 1.a.completed.{id}: not the written name
    [InlineData("MS5hLjMuMDE5MmYxYjU3YWYzN2I0N2E0ZjBjNzk4ZDRlM2YyYTE")] // 1.a.3.{id}: a number, not a status
    [InlineData("MS5hLi4wMTkyZjFiNTdhZjM3YjQ3YTRmMGM3OThkNGUzZjJhMS54")] // an extra field
    public void Anything_else_is_refused(string? text) =>
        ListContinuationToken.TryParse(text, out _).Should().BeFalse();
}
