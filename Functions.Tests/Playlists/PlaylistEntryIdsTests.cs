using YouTubeDownloader.Api.Contract;
using YouTubeDownloader.Downloads;
using YouTubeDownloader.Playlists;

namespace YouTubeDownloader.Tests.Playlists;

public sealed class PlaylistEntryIdsTests
{
    private static readonly Guid Playlist = Guid.CreateVersion7(DateTimeOffset.Parse("2026-11-29T20:00:00Z"));

    [Fact]
    public void Entry_ids_are_v7_one_millisecond_after_the_playlist_and_sort_in_the_lists_order()
    {
        var ids = new[] { 1, 2, 255, 256, 16_383, 16_384, 4_000_000, PlaylistEntryIds.MaxIndex }.Select(i => PlaylistEntryIds.For(Playlist, i)).ToList();

        ids.Should().OnlyContain(id => id.Version == 7 && id.Variant >= 8 && id.Variant <= 0xB);
        ids.Should().OnlyContain(id => PlaylistEntryIds.UnixMilliseconds(id) == PlaylistEntryIds.UnixMilliseconds(Playlist) + 1);
        ids.Select(id => id.ToString("D")).Should().BeInAscendingOrder(StringComparer.Ordinal).And.OnlyHaveUniqueItems();
    }

    [Fact]
    public void The_same_entry_gets_the_same_id_and_another_playlist_another()
    {
        PlaylistEntryIds.For(Playlist, 7).Should().Be(PlaylistEntryIds.For(Playlist, 7));
        PlaylistEntryIds.For(Guid.CreateVersion7(DateTimeOffset.Parse("2026-11-29T20:00:00Z")), 7).Should().NotBe(PlaylistEntryIds.For(Playlist, 7));
    }

    [Fact]
    public void A_continuation_token_carries_the_playlist_it_was_issued_for()
    {
        var after = Guid.NewGuid();
        var token = new ListContinuationToken(ListOrder.Descending, DownloadStatus.Completed, after, Playlist).ToString();

        ListContinuationToken.TryParse(token, out var parsed).Should().BeTrue();
        parsed.Should().Be(new ListContinuationToken(ListOrder.Descending, DownloadStatus.Completed, after, Playlist));
        ListContinuationToken.TryParse(new ListContinuationToken(ListOrder.Ascending, null, after).ToString(), out var plain).Should().BeTrue();
        plain!.PlaylistId.Should().BeNull();
    }
}
