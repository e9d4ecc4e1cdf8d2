namespace YouTubeDownloader.YouTube.Player;

/// <summary>
/// A player the solver cannot use: the caller logs it with <see cref="Player"/> and skips the client that needs it.
/// The message names the player and the reason only (no script text, no challenge values).
/// </summary>
public sealed class PlayerChallengeException : Exception
{
    public PlayerChallengeException(PlayerId player, PlayerChallengeFailure reason, string detail, Exception? inner = null)
        : base($"Player {player}: {reason}: {detail}", inner)
    {
        Player = player;
        Reason = reason;
    }

    public PlayerId Player { get; }

    public PlayerChallengeFailure Reason { get; }
}
