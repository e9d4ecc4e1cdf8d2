using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace YouTubeDownloader.YouTube.InnerTube;

/// <summary>
/// visitorData, fetched once and reused (sending it avoids many "not a bot" refusals). A failed fetch is
/// remembered for a minute so a broken <c>sw.js_data</c> does not cost a request per video.
/// </summary>
public sealed class VisitorDataProvider(
    InnerTubeClient innerTube,
    IOptionsMonitor<YouTubeOptions> options,
    TimeProvider time,
    ILogger<VisitorDataProvider> logger)
{
    private static readonly TimeSpan FailureTtl = TimeSpan.FromMinutes(1);
    private readonly SemaphoreSlim gate = new(1, 1);
    private (string? Value, DateTimeOffset ExpiresAt)? cached;

    public async Task<string?> GetAsync(CancellationToken cancellationToken)
    {
        if (cached is { } hit && hit.ExpiresAt > time.GetUtcNow())
        {
            return hit.Value;
        }

        await gate.WaitAsync(cancellationToken);
        try
        {
            if (cached is { } again && again.ExpiresAt > time.GetUtcNow())
            {
                return again.Value;
            }

            string? value = null;
            try
            {
                value = await innerTube.FetchVisitorDataAsync(cancellationToken);
            }
            catch (InnerTubeRequestException ex)
            {
                // Not a failure of the task (the player is asked without it): one line, no stack trace.
                logger.LogWarning("Could not read visitorData ({Reason}); asking without it.", ex.Message);
            }

            var ttl = value is null ? FailureTtl : TimeSpan.FromMinutes(options.CurrentValue.VisitorDataCacheMinutes);
            cached = (value, time.GetUtcNow() + ttl);
            return value;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Forgets the value, e.g. after a bot check, so the next request fetches a new one.</summary>
    public void Invalidate() => cached = null;
}
