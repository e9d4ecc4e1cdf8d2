using Microsoft.Extensions.Options;
using Polly.Timeout;
using YouTubeDownloader.YouTube.InnerTube;

namespace YouTubeDownloader.YouTube.Player;

/// <summary>
/// Fetches from www.youtube.com (<see cref="YouTubeOptions.ApiBaseAddress"/>, so tests point it at a local fake) the
/// id of the current player (<c>/iframe_api</c>, else a watch page) and a player's script.
/// </summary>
public sealed class PlayerScriptClient(IHttpClientFactory httpClients, IOptionsMonitor<YouTubeOptions> options)
{
    // No player id is known until one is read: failures name this one.
    private static readonly PlayerId Unknown = PlayerId.Parse("00000000");

    /// <summary>The player id <c>/iframe_api</c> names; when it names none, the one of <paramref name="videoId"/>'s watch page.</summary>
    /// <exception cref="PlayerChallengeException"><see cref="PlayerChallengeFailure.Unavailable"/>: neither answered with an id.</exception>
    public async Task<PlayerId> GetCurrentIdAsync(string videoId, CancellationToken cancellationToken)
    {
        if (PlayerId.TryFind(await GetAsync("/iframe_api", Unknown, cancellationToken), out var id))
        {
            return id.Value;
        }

        var page = await GetAsync($"/watch?v={Uri.EscapeDataString(videoId)}", Unknown, cancellationToken);
        return PlayerId.TryFind(page, out id)
            ? id.Value
            : throw new PlayerChallengeException(Unknown, PlayerChallengeFailure.Unavailable, "neither iframe_api nor the watch page names a player");
    }

    /// <exception cref="PlayerChallengeException"><see cref="PlayerChallengeFailure.Unavailable"/>: no script.</exception>
    public async Task<PlayerScript> GetScriptAsync(PlayerId id, CancellationToken cancellationToken) =>
        new(id, await GetAsync(id.ScriptPath, id, cancellationToken));

    private async Task<string> GetAsync(string pathAndQuery, PlayerId player, CancellationToken cancellationToken)
    {
        var address = new Uri(options.CurrentValue.ApiBaseAddress.TrimEnd('/') + pathAndQuery);
        try
        {
            using var response = await httpClients.CreateClient(InnerTubeClient.HttpClientName).GetAsync(address, cancellationToken);
            return response.IsSuccessStatusCode
                ? await response.Content.ReadAsStringAsync(cancellationToken)
                : throw new PlayerChallengeException(player, PlayerChallengeFailure.Unavailable, $"{address.AbsolutePath} answered {(int)response.StatusCode}");
        }
        catch (Exception e) when (e is HttpRequestException or IOException or TimeoutRejectedException
                                      || (e is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw new PlayerChallengeException(player, PlayerChallengeFailure.Unavailable, $"{address.AbsolutePath} failed", e);
        }
    }
}
