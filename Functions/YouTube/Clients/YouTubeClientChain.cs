using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using YouTubeDownloader.Downloads;
using YouTubeDownloader.YouTube.Clients;
using YouTubeDownloader.YouTube.Videos;
using YouTubeDownloader.YouTube.InnerTube;

namespace YouTubeDownloader.YouTube.Clients;

/// <summary>
/// Asks the configured clients in order until one gives a usable answer (<see cref="ClientAttempts"/>: player,
/// PO token, cookies as each profile needs), and caches that answer per video and client for
/// <see cref="YouTubeOptions.PlayerCacheMinutes"/> (never longer than half the URLs' life). Each client asked is one
/// Information line: client, player id, formats, solve time, or why it was refused or skipped.
/// </summary>
public sealed partial class YouTubeClientChain(
    ClientAttempts attempts,
    VisitorDataProvider visitorData,
    IMemoryCache cache,
    IOptionsMonitor<YouTubeOptions> options,
    ILogger<YouTubeClientChain> logger)
{
    /// <param name="fresh">Skip the cache: the caller holds URLs YouTube refused (403) and needs new ones.</param>
    /// <param name="clip">A part of the video is wanted: its length was held to the duration limit when asked, the whole's is not.</param>
    /// <exception cref="DownloadFailedException">Every client refused.</exception>
    public async Task<YouTubeVideo> GetVideoAsync(string videoId, bool fresh, CancellationToken cancellationToken, bool clip = false)
    {
        var settings = options.CurrentValue;
        var limit = clip ? int.MaxValue : settings.MaxDurationSeconds;
        var refusals = new List<Refusal>();
        var clients = settings.ClientOrder
            .Select(name => settings.Clients.First(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase)))
            .ToList();

        // Any client's kept answer first: a later client's answer must not cost asking the earlier ones again per stream.
        foreach (var client in clients)
        {
            if (!fresh && cache.TryGetValue(Key(videoId, client), out YouTubeVideo? cached) && cached is not null)
            {
                // Kept for a clip of it, the whole may still be too long.
                return cached.DurationSeconds <= limit
                    ? cached
                    : throw YouTubeErrors.Create(new Refusal(DownloadErrorCode.TooLong, $"The video lasts {cached.DurationSeconds} s; the limit is {limit} s."));
            }
        }

        foreach (var client in clients)
        {
            var key = Key(videoId, client);
            var attempt = await attempts.TryAsync(client, videoId, cancellationToken, limit);
            var assessment = attempt.Assessment;
            if (assessment.Video is { } video)
            {
                LogAnswered(client.Name, videoId, video.Formats.Count, attempt.Player?.Value ?? "none",
                    attempt.Solved.Solved, (long)attempt.Solved.SolveTime.TotalMilliseconds, (long)attempt.PlayerTime.TotalMilliseconds);
                var ttl = TimeSpan.FromMinutes(settings.PlayerCacheMinutes);
                if (video.UrlsExpireInSeconds is { } expires && TimeSpan.FromSeconds(expires / 2.0) < ttl)
                {
                    ttl = TimeSpan.FromSeconds(expires / 2.0);
                }

                if (ttl > TimeSpan.Zero)
                {
                    cache.Set(key, video, ttl);
                }

                return video;
            }

            var refusal = assessment.Refusal!;
            LogRefused(client.Name, videoId, attempt.Player?.Value ?? "none", refusal.Code.ToWire(), refusal.Reason);
            if (refusal.Code == DownloadErrorCode.BotCheck)
            {
                visitorData.Invalidate();
            }

            if (!assessment.WorthAnotherClient)
            {
                throw YouTubeErrors.Create(refusal);
            }

            refusals.Add(refusal);
        }

        // A firm answer from some client (private, region_blocked…) says more than another's hiccup.
        var verdict = refusals.FirstOrDefault(r => !r.IsTransient) ?? refusals.FirstOrDefault()
                      ?? new Refusal(DownloadErrorCode.SourceError, "No YouTube client is configured.");
        throw YouTubeErrors.Create(verdict);
    }

    private static (string, string, string?) Key(string videoId, YouTubeClientProfile client) => (nameof(YouTubeClientChain), videoId, client.Name);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Client {Client} answered video {VideoId}: {Formats} usable formats, player {PlayerId}, {Solved} formats solved in {SolveMilliseconds} ms (player ready in {PlayerMilliseconds} ms)")]
    private partial void LogAnswered(string? client, string videoId, int formats, string playerId, int solved, long solveMilliseconds, long playerMilliseconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Client {Client} refused video {VideoId} (player {PlayerId}): {Code} {Reason}")]
    private partial void LogRefused(string? client, string videoId, string playerId, string code, string reason);
}
