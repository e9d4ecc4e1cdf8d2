using System.Diagnostics;

namespace YouTubeDownloader.YouTube.Player;

/// <summary>
/// Prepares a player for its challenges: builds the <see cref="ChallengeProgram"/>, loads it in the engine, and settles
/// on one candidate of each kind by asking every candidate the same probe: a candidate that throws or answers no
/// usable string is dropped, and the ones left must agree (builds call the same function from several places, with
/// different but equivalent constant arguments). A player that leaves none, or two that disagree, is refused.
/// </summary>
public sealed class PlayerChallengeSolver(IChallengeEngine engine)
{
    // Of the lengths and alphabet YouTube uses: n 15–19 characters, s 104–110.
    private const string NProbe = "Qx7-kLm_0aZ9bTc2";
    private const string SigProbe =
        "AOq0QJ8wRgIhAK1_nDi6Nd2rZ7OdsKN-7CJ4eHwzDJ2qYGz8sM5x9VUVAiEAzz4bXvX1-pWRJ3aL6eGGcTkYtq8iO0Fh7lNm2Z-Cbo0=AhP";

    /// <exception cref="PlayerChallengeException">The script cannot be read, loaded or settled.</exception>
    public PreparedPlayer Prepare(PlayerScript script)
    {
        var clock = Stopwatch.StartNew();
        var program = ChallengeProgram.Build(script);

        // The syntax tree of a real player (about 100 MB) is garbage once the program text is built. Collecting it
        // before the engine makes its isolate keeps the peak at the larger of the two rather than their sum (about 165
        // rather than 260 MB in the benchmark; making the isolate on another core during the parse saved 0.1 s and
        // cost 50 MB of peak, so it is not done). This happens once per player build, every few days per instance.
        GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        var runtime = engine.Create(script.Id);
        try
        {
            runtime.Load(program);
            var n = Settle(runtime, script.Id, ChallengeKind.N, program.NCandidates, NProbe);
            var sig = Settle(runtime, script.Id, ChallengeKind.Sig, program.SigCandidates, SigProbe);
            return new PreparedPlayer(script, runtime, n, sig, clock.Elapsed);
        }
        catch
        {
            runtime.Dispose();
            throw;
        }
    }

    private static int Settle(IChallengeRuntime runtime, PlayerId player, ChallengeKind kind, int candidates, string probe)
    {
        int? chosen = null;
        string? agreed = null;
        PlayerChallengeException? lastFailure = null;
        for (var i = 0; i < candidates; i++)
        {
            string? answer;
            try
            {
                answer = runtime.Call(kind, i, probe);
            }
            catch (PlayerChallengeException e) when (e.Reason == PlayerChallengeFailure.ScriptFailed)
            {
                lastFailure = e;
                continue;
            }

            if (!Usable(kind, probe, answer))
            {
                continue;
            }

            if (agreed is null)
            {
                (chosen, agreed) = (i, answer);
            }
            else if (agreed != answer)
            {
                throw new PlayerChallengeException(player, PlayerChallengeFailure.Ambiguous, $"{candidates} {kind} candidates answer differently");
            }
        }

        return chosen ?? throw new PlayerChallengeException(
            player, PlayerChallengeFailure.ScriptFailed, $"no {kind} candidate of {candidates} gives an answer", lastFailure);
    }

    // An n function that fails answers a marker followed by its input; a real answer is a new short token.
    private static bool Usable(ChallengeKind kind, string probe, string? answer) =>
        answer is { Length: > 0 } && answer != probe && (kind != ChallengeKind.N || !answer.EndsWith(probe, StringComparison.Ordinal));
}
