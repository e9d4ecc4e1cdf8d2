using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using YouTubeDownloader.Downloads;
using YouTubeDownloader.YouTube.Wire;

namespace YouTubeDownloader.YouTube;

/// <summary>
/// Asks the configured clients in order until one gives a usable answer, and caches that answer per video
/// and client for <see cref="YouTubeOptions.PlayerCacheMinutes"/> (never longer than half the URLs' life).
/// </summary>
public sealed class YouTubeClientChain(
    InnerTubeClient innerTube,
    VisitorDataProvider visitorData,
    IMemoryCache cache,
    IOptionsMonitor<YouTubeOptions> options,
    ILogger<YouTubeClientChain> logger)
{
    /// <param name="fresh">Skip the cache: the caller holds URLs YouTube refused (403) and needs new ones.</param>
    /// <exception cref="DownloadFailedException">Every client refused.</exception>
    public async Task<YouTubeVideo> GetVideoAsync(string videoId, bool fresh, CancellationToken cancellationToken)
    {
        var settings = options.CurrentValue;
        var refusals = new List<Refusal>();
        foreach (var clientName in settings.ClientOrder)
        {
            var client = settings.Clients.First(c => string.Equals(c.Name, clientName, StringComparison.OrdinalIgnoreCase));
            var key = (nameof(YouTubeClientChain), videoId, client.Name);
            if (!fresh && cache.TryGetValue(key, out YouTubeVideo? cached) && cached is not null)
            {
                return cached;
            }

            var assessment = await AskAsync(client, videoId, settings, cancellationToken);
            if (assessment.Video is { } video)
            {
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
            logger.LogInformation("Client {Client} refused video {VideoId}: {Code} {Reason}", client.Name, videoId, refusal.Code.ToWire(), refusal.Reason);
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

    private async Task<PlayerAssessment> AskAsync(YouTubeClientProfile client, string videoId, YouTubeOptions settings, CancellationToken cancellationToken)
    {
        PlayerResponse response;
        try
        {
            var visitor = await visitorData.GetAsync(cancellationToken);
            response = await innerTube.GetPlayerAsync(client, videoId, visitor, cancellationToken);
        }
        catch (InnerTubeRequestException ex)
        {
            return PlayerAssessment.TryNext(new Refusal(YouTubeErrors.CodeOf(ex), $"Client {client.Name}: {ex.Message}"));
        }
        catch (InvalidDataException ex)
        {
            return PlayerAssessment.TryNext(new Refusal(DownloadErrorCode.SourceError, $"Client {client.Name}: {ex.Message}"));
        }

        return PlayerAssessor.Assess(response, videoId, settings.MaxDurationSeconds, client);
    }
}
