namespace YouTubeDownloader.YouTube.PoTokens;

/// <summary>Why there is no token: the caller skips the client that needs one, with a log line naming this.</summary>
public enum PoTokenMiss
{
    /// <summary>No provider is configured.</summary>
    NotConfigured,

    /// <summary>The provider refused the connection, failed, or did not answer in time.</summary>
    Unavailable,

    /// <summary>The provider answered something that is not a token.</summary>
    Invalid,
}
