namespace YouTubeDownloader.Downloads;

/// <summary>
/// The stable machine codes of the contract (<c>error_code</c> on a task, <c>code</c> in an error body).
/// Serialised in snake_case: <see cref="VideoUnavailable"/> is <c>video_unavailable</c>.
/// </summary>
public enum DownloadErrorCode
{
    VideoUnavailable,
    Private,
    AgeRestricted,
    MembersOnly,
    RegionBlocked,
    LiveNotSupported,
    LiveNotStarted,
    BotCheck,
    RateLimited,
    DrmProtected,
    RequiresPurchase,
    NoDownloadableFormats,
    QualityUnavailable,
    TooLong,
    StreamForbidden,
    SourceError,

    /// <summary>YouTube could not be reached at all: its name did not resolve, the connection was refused or timed out.</summary>
    SourceUnreachable,

    StorageError,

    /// <summary>Retries ran out on a failure of no known kind; the message names no internals.</summary>
    InternalError,

    /// <summary>A playlist whose entries did not all complete; the message counts the failed ones.</summary>
    PartiallyFailed,

    /// <summary>A request that only the video's facts refute (a clip past its end); refused before any media is fetched.</summary>
    InvalidRequest,
}
