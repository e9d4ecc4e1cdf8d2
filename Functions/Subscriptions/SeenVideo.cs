namespace YouTubeDownloader.Subscriptions;

/// <summary>
/// A video a subscription has seen in its list. <see cref="TaskId"/> is the download it decided to start (null: seen
/// and left, as the entries before the backfill are); <see cref="Started"/> turns true once that download's workflow is
/// scheduled, so a check that died half-way is finished by the next one and never doubled. <see cref="LastSeenAt"/> is
/// refreshed whenever a check reads the video again: trimming the set drops the longest unseen first.
/// </summary>
public sealed record SeenVideo(string VideoId, string Title, Guid? TaskId, bool Started, DateTimeOffset LastSeenAt)
{
    public bool AwaitsStart => TaskId is not null && !Started;
}
