using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.Options;
using YouTubeDownloader.Downloads;
using YouTubeDownloader.YouTube.Cookies;
using YouTubeDownloader.YouTube.Player;
using YouTubeDownloader.YouTube.PoTokens;
using YouTubeDownloader.YouTube.Wire;
using YouTubeDownloader.YouTube.Videos;
using YouTubeDownloader.YouTube.InnerTube;

namespace YouTubeDownloader.YouTube.Clients;

/// <summary>
/// Asks one client for one video with what its profile needs: the current player (its <c>signatureTimestamp</c> in the
/// request, its answers for the formats), a PO token, the user's cookies. Whatever it cannot have makes the client
/// skipped, never a crash: a player the solver cannot read, a provider that is down or slow (bounded by its timeout).
/// </summary>
public sealed class ClientAttempts(
    InnerTubeClient innerTube,
    VisitorDataProvider visitorData,
    PlayerChallenges players,
    PoTokenProviderClient poTokens,
    YouTubeCookies cookies,
    IOptionsMonitor<YouTubeOptions> options)
{
    /// <param name="maxDurationSeconds">Longer videos are <c>too_long</c>; the setting when null.</param>
    public async Task<ClientAttempt> TryAsync(YouTubeClientProfile client, string videoId, CancellationToken cancellationToken, int? maxDurationSeconds = null)
    {
        PreparedPlayer? player = null;
        var playerClock = Stopwatch.StartNew();
        if (client.NeedsPlayer == true)
        {
            try
            {
                player = await players.GetCurrentAsync(videoId, cancellationToken);
            }
            catch (PlayerChallengeException e)
            {
                return ClientAttempt.Skipped(client, e.Player, Unusable(client, e), playerClock.Elapsed);
            }
        }

        var playerTime = playerClock.Elapsed;
        PoToken? token = null;
        if (client.NeedsPoToken == true)
        {
            var result = await poTokens.GetAsync(videoId, cancellationToken);
            if (result.Token is null)
            {
                return ClientAttempt.Skipped(client, player?.Id,
                    new Refusal(DownloadErrorCode.SourceError, $"Client {client.Name}: no PO token ({result.Miss}: {result.Detail})."), playerTime);
            }

            token = result.Token;
        }

        var extras = new PlayerRequestExtras(player?.SignatureTimestamp, token, client.TakesCookies == true && !cookies.IsEmpty ? cookies : null);
        PlayerResponse response;
        try
        {
            var visitor = await visitorData.GetAsync(cancellationToken);
            response = await innerTube.GetPlayerAsync(client, videoId, visitor, extras, cancellationToken);
        }
        catch (InnerTubeRequestException ex)
        {
            return ClientAttempt.Skipped(client, player?.Id, new Refusal(YouTubeErrors.CodeOf(ex), $"Client {client.Name}: {ex.Message}"), playerTime);
        }
        catch (InvalidDataException ex)
        {
            return ClientAttempt.Skipped(client, player?.Id, new Refusal(DownloadErrorCode.SourceError, $"Client {client.Name}: {ex.Message}"), playerTime);
        }

        SolvedFormats solved;
        try
        {
            solved = FormatUrlSolver.Solve(response.StreamingData?.All ?? [], player, token?.Value);
        }
        catch (PlayerChallengeException e)
        {
            return ClientAttempt.Skipped(client, e.Player, Unusable(client, e), playerTime) with { Answered = true };
        }

        var assessment = PlayerAssessor.Assess(response, videoId, maxDurationSeconds ?? options.CurrentValue.MaxDurationSeconds, client, solved.Formats);
        return new ClientAttempt(client, assessment, true, player?.Id, solved, playerTime);
    }

    // The exception's message names the player and the reason only; the client is skipped, the next one is asked.
    private static Refusal Unusable(YouTubeClientProfile client, PlayerChallengeException e) =>
        new(DownloadErrorCode.SourceError, $"Client {client.Name}: the player's challenges cannot be solved ({e.Message}).");
}
