using YouTubeDownloader.Downloads;

namespace YouTubeDownloader.Resolution;

/// <summary>One video and the quality wanted from it.</summary>
public sealed record MediaRequest(string VideoId, Quality Quality);
