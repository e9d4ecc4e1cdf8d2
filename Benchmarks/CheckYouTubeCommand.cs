using System.Globalization;
using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using YouTubeDownloader.Downloads;
using YouTubeDownloader.YouTube;
using YouTubeDownloader.YouTube.Clients;
using YouTubeDownloader.YouTube.Videos;

namespace YouTubeDownloader.Benchmarks;

/// <summary>
/// Asks every configured client for one video, as the app would (its settings from the environment, as app settings:
/// <c>YouTube__ClientOrder__0</c>, <c>YouTube__PoTokenProvider__BaseAddress</c>, <c>YouTube__Cookies</c>, …; or
/// <c>--set KEY=VALUE</c>), and says per client whether the player answered, how many formats are usable, whether the
/// player's challenges were needed and solved (player id, time), and whether the first 64 KiB of the chosen stream
/// download. Exit status 0 when at least one client works, 1 when none does, 2 for a bad command line.
/// <c>scripts/check-youtube.sh</c> wraps it.
/// </summary>
public sealed class CheckYouTubeCommand : IBenchmark
{
    /// <summary>Rick Astley's "Never Gonna Give You Up": public, long-lived, the extractors' usual probe.</summary>
    public const string DefaultVideoId = "dQw4w9WgXcQ";

    private const int ProbeBytes = 64 * 1024;

    public string Name => "check-youtube";

    public string Description => "Which YouTube clients work now: per client answer, formats, challenges, first 64 KiB [VIDEO_ID] [--set KEY=VALUE]";

    public async Task RunAsync(string[] args) => Environment.ExitCode = await RunAsync(args, Console.Out, CancellationToken.None);

    public async Task<int> RunAsync(string[] args, TextWriter output, CancellationToken cancellationToken)
    {
        if (!TryParse(args, out var videoId, out var settings))
        {
            await output.WriteLineAsync("usage: check-youtube [VIDEO_ID] [--set KEY=VALUE]...");
            return 2;
        }

        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().AddInMemoryCollection(settings).Build();
        await using var services = new ServiceCollection().AddLogging().AddYouTubeResolver(configuration).BuildServiceProvider();
        YouTubeOptions options;
        try
        {
            options = services.GetRequiredService<IOptions<YouTubeOptions>>().Value;
        }
        catch (OptionsValidationException e)
        {
            await output.WriteLineAsync($"settings refused: {e.Message}");
            return 2;
        }

        var attempts = services.GetRequiredService<ClientAttempts>();
        var media = services.GetRequiredService<IHttpClientFactory>().CreateClient(YouTubeResolver.MediaHttpClientName);
        await output.WriteLineAsync($"check-youtube: video {videoId} at {options.ApiBaseAddress}, {DateTimeOffset.UtcNow:yyyy-MM-ddTHH:mm:ssZ}");
        var working = 0;
        foreach (var name in options.ClientOrder)
        {
            var client = options.Clients.First(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase));
            var attempt = await attempts.TryAsync(client, videoId, cancellationToken);
            var (works, line) = await DescribeAsync(attempt, media, options, cancellationToken);
            working += works ? 1 : 0;
            await output.WriteLineAsync($"client {client.Name}: {line}");
        }

        await output.WriteLineAsync($"result: {working} of {options.ClientOrder.Count} clients work");
        return working > 0 ? 0 : 1;
    }

    private static async Task<(bool Works, string Line)> DescribeAsync(ClientAttempt attempt, HttpClient media, YouTubeOptions options, CancellationToken cancellationToken)
    {
        var parts = new List<string> { $"player answered: {(attempt.Answered ? "yes" : "no")}" };
        var video = attempt.Assessment.Video;
        parts.Add($"usable formats: {video?.Formats.Count ?? 0}");
        var solved = attempt.Solved;
        var player = attempt.Player is { } id ? id.Value : "none";
        parts.Add(solved.ChallengesNeeded
            ? $"challenges: needed, solved {solved.Solved} of {Math.Max(solved.Ciphered, solved.WithN)} with player {player} in {Ms(solved.SolveTime)} ms (player ready in {Ms(attempt.PlayerTime)} ms)"
            : attempt.Client.NeedsPlayer == true && !attempt.Answered
                ? $"challenges: not reached (player {player})"
                : $"challenges: not needed (player {player})");
        if (video is null)
        {
            parts.Add($"refused: {attempt.Assessment.Refusal!.Code.ToWire()}: {attempt.Assessment.Refusal.Reason}");
            return (false, string.Join("; ", parts));
        }

        var probe = await ProbeAsync(video, media, options, cancellationToken);
        parts.Add(probe.Line);
        return (probe.Ok, string.Join("; ", parts));
    }

    // The stream a "best" download would take first (the video of a pair), its first 64 KiB by &range= as the app reads it.
    private static async Task<(bool Ok, string Line)> ProbeAsync(YouTubeVideo video, HttpClient media, YouTubeOptions options, CancellationToken cancellationToken)
    {
        StreamSelection selection;
        try
        {
            selection = StreamSelector.Select(video.Formats, Quality.Best);
        }
        catch (DownloadFailedException e)
        {
            return (false, $"first 64 KiB: no stream to choose ({e.Code.ToWire()})");
        }

        var format = selection.Formats[0];
        var url = format.Url!;
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri)
            || !options.StreamHosts.Any(h => uri.Host.Equals(h, StringComparison.OrdinalIgnoreCase) || uri.Host.EndsWith("." + h, StringComparison.OrdinalIgnoreCase)))
        {
            return (false, $"first 64 KiB of itag {format.Itag}: refused, not a stream host");
        }

        var count = format.ContentLength is { } length ? Math.Min(length, ProbeBytes) : ProbeBytes;
        using var request = new HttpRequestMessage(HttpMethod.Get, MediaUrl.Set(url, "range", $"0-{count - 1}"));
        request.Headers.TryAddWithoutValidation("User-Agent", video.Client?.UserAgent);
        try
        {
            using var response = await media.SendAsync(request, cancellationToken);
            var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            var ok = response.StatusCode is HttpStatusCode.OK or HttpStatusCode.PartialContent && bytes.Length == count;
            return (ok, $"first 64 KiB of itag {format.Itag}: {(ok ? "ok" : "failed")} ({(int)response.StatusCode}, {bytes.Length.ToString(CultureInfo.InvariantCulture)} bytes)");
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return (false, $"first 64 KiB of itag {format.Itag}: failed ({e.GetType().Name})");
        }
    }

    private static bool TryParse(string[] args, out string videoId, out Dictionary<string, string?> settings)
    {
        videoId = DefaultVideoId;
        settings = [];
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--set" && i + 1 < args.Length && args[i + 1].IndexOf('=', StringComparison.Ordinal) is > 0 and var at)
            {
                settings[args[i + 1][..at]] = args[i + 1][(at + 1)..];
                i++;
            }
            else if (VideoId.TryParse(args[i], out var id))
            {
                videoId = id.Value.Value;
            }
            else
            {
                return false;
            }
        }

        return true;
    }

    private static long Ms(TimeSpan time) => (long)time.TotalMilliseconds;
}
