using YouTubeDownloader.Downloads;
using YouTubeDownloader.YouTube.Channels;

namespace YouTubeDownloader.Commands;

/// <summary>A validated request to subscribe: a channel (<see cref="Channel"/>) or a playlist (<see cref="ListId"/>), and what its downloads take.</summary>
public sealed record NewSubscription(
    string Url,
    ChannelUrl? Channel,
    string? ListId,
    Quality Quality,
    DownloadType DownloadType,
    string? CallbackUrl,
    int CheckEveryMinutes,
    int Backfill);
