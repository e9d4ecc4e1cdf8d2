using YouTubeDownloader.YouTube.Player;
using YouTubeDownloader.YouTube.Videos;

namespace YouTubeDownloader.YouTube.Clients;

/// <summary>What asking one client for one video came to: the verdict, and what it took (for the operator's log line and the check).</summary>
/// <param name="Answered">The player endpoint gave a response (a refusal counts); false for a transport error, a 4xx/5xx, or a client skipped before asking.</param>
/// <param name="Player">The player whose answers were used; null when the client needs none or none could be had.</param>
/// <param name="PlayerTime">Getting the prepared player: nearly nothing once prepared, about a second the first time.</param>
public sealed record ClientAttempt(
    YouTubeClientProfile Client,
    PlayerAssessment Assessment,
    bool Answered,
    PlayerId? Player,
    SolvedFormats Solved,
    TimeSpan PlayerTime)
{
    public static ClientAttempt Skipped(YouTubeClientProfile client, PlayerId? player, Refusal refusal, TimeSpan playerTime = default) =>
        new(client, PlayerAssessment.TryNext(refusal), false, player, SolvedFormats.None, playerTime);
}
