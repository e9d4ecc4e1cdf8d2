namespace YouTubeDownloader.Testing.FakeYouTube;

/// <summary>
/// One row of a hand-made playlist. A null <see cref="Title"/> or <see cref="DurationSeconds"/> is taken from the
/// player answer the fake serves for the video (its <c>videoDetails</c>), else made up from the id.
/// </summary>
public sealed record FakePlaylistEntry(string VideoId, FakePlaylistEntryKind Kind = FakePlaylistEntryKind.Playable, string? Title = null, int? DurationSeconds = null)
{
    public static implicit operator FakePlaylistEntry(string videoId) => new(videoId);

    public static FakePlaylistEntry Deleted(string videoId) => new(videoId, FakePlaylistEntryKind.Deleted);

    public static FakePlaylistEntry Private(string videoId) => new(videoId, FakePlaylistEntryKind.Private);

    public static FakePlaylistEntry MembersOnly(string videoId) => new(videoId, FakePlaylistEntryKind.MembersOnly);

    public static FakePlaylistEntry Unplayable(string videoId) => new(videoId, FakePlaylistEntryKind.Unplayable);
}
