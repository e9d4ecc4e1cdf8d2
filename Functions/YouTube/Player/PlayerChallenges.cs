using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace YouTubeDownloader.YouTube.Player;

/// <summary>
/// The prepared players of this instance, per id: a script is fetched once (then read from blob storage by any cold
/// instance) and prepared once, however many downloads ask at the same time. A script the solver cannot read stays
/// refused for its id (it will not change); one that could not be fetched is tried again by the next caller.
/// </summary>
public sealed partial class PlayerChallenges(
    PlayerScriptClient client,
    PlayerScriptStore store,
    PlayerChallengeSolver solver,
    IOptions<PlayerCacheOptions> options,
    ILogger<PlayerChallenges> logger)
{
    private readonly ConcurrentDictionary<PlayerId, Lazy<Task<PreparedPlayer>>> players = new();
    private readonly Queue<PlayerId> prepared = new();
    private readonly Lock gate = new();

    /// <summary>The player of <paramref name="id"/>, prepared.</summary>
    /// <exception cref="PlayerChallengeException">Not fetched, not readable, or refused before.</exception>
    public Task<PreparedPlayer> GetAsync(PlayerId id, CancellationToken cancellationToken)
    {
        var entry = players.GetOrAdd(id, key => new Lazy<Task<PreparedPlayer>>(() => PrepareAsync(key)));
        var task = entry.Value;
        return task.IsCompleted ? task : task.WaitAsync(cancellationToken);
    }

    /// <summary>The current player (<c>iframe_api</c>, else <paramref name="videoId"/>'s watch page), prepared.</summary>
    /// <exception cref="PlayerChallengeException">As <see cref="GetAsync"/>.</exception>
    public async Task<PreparedPlayer> GetCurrentAsync(string videoId, CancellationToken cancellationToken) =>
        await GetAsync(await client.GetCurrentIdAsync(videoId, cancellationToken), cancellationToken);

    // Not bound to one caller's cancellation: the work is shared by every caller of the id.
    private async Task<PreparedPlayer> PrepareAsync(PlayerId id)
    {
        try
        {
            var script = await store.ReadAsync(id, CancellationToken.None);
            if (script is null)
            {
                script = await client.GetScriptAsync(id, CancellationToken.None);
                await store.WriteAsync(script, CancellationToken.None);
            }

            // Parsing and loading are CPU work of about a second: off the caller's thread.
            var player = await Task.Run(() => solver.Prepare(script));
            LogPrepared(id, (long)player.PreparationTime.TotalMilliseconds, player.SignatureTimestamp);
            Keep(id);
            return player;
        }
        catch (PlayerChallengeException e) when (e.Reason == PlayerChallengeFailure.Unavailable)
        {
            players.TryRemove(id, out _);
            throw;
        }
        catch (Exception e) when (e is not PlayerChallengeException)
        {
            // Storage down or the like: not the player's fault, so not remembered either.
            players.TryRemove(id, out _);
            throw new PlayerChallengeException(id, PlayerChallengeFailure.Unavailable, "the script could not be read or stored", e);
        }
    }

    // Lets go of the oldest prepared players beyond the configured number (each holds an engine of tens of MB).
    private void Keep(PlayerId id)
    {
        lock (gate)
        {
            prepared.Enqueue(id);
            while (prepared.Count > Math.Max(1, options.Value.PreparedPlayers))
            {
                var old = prepared.Dequeue();
                if (players.TryRemove(old, out var entry) && entry.Value.IsCompletedSuccessfully)
                {
                    entry.Value.Result.Dispose();
                }
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Player {PlayerId} prepared for its challenges in {Milliseconds} ms (signatureTimestamp {SignatureTimestamp})")]
    private partial void LogPrepared(PlayerId playerId, long milliseconds, int? signatureTimestamp);
}
