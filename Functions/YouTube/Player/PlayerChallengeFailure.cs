namespace YouTubeDownloader.YouTube.Player;

/// <summary>Why a player script could not be prepared or could not answer a challenge.</summary>
public enum PlayerChallengeFailure
{
    /// <summary>Neither the page nor the script could be fetched (transport, timeout, a non-success status).</summary>
    Unavailable,

    /// <summary>The script is not JavaScript the parser reads, or not in the shape of a player (one wrapping function).</summary>
    Unparsable,

    /// <summary>No function of the expected structure for <c>n</c> or for <c>sig</c>.</summary>
    FunctionNotFound,

    /// <summary>Several candidates that answer differently: no way to tell the right one.</summary>
    Ambiguous,

    /// <summary>The engine's time, memory or stack limit stopped the script.</summary>
    LimitExceeded,

    /// <summary>The script threw, or a function answered something other than a string.</summary>
    ScriptFailed,
}
