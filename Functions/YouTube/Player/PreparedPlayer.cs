using System.Collections.Concurrent;

namespace YouTubeDownloader.YouTube.Player;

/// <summary>
/// One player, loaded and checked: answers every <c>n</c> and <c>sig</c> challenge of its formats from the one loaded
/// program. Each distinct <c>n</c> is solved once (every segment of a stream carries the same one); the engine is
/// called by one thread at a time.
/// </summary>
public sealed class PreparedPlayer : IDisposable
{
    // Bounds the memo on a long-lived instance; far above the few values of one download.
    private const int MemoLimit = 4096;

    private readonly IChallengeRuntime runtime;
    private readonly int nCandidate;
    private readonly int sigCandidate;
    private readonly Lock gate = new();
    private readonly ConcurrentDictionary<string, string> nAnswers = new(StringComparer.Ordinal);
    private bool disposed;

    internal PreparedPlayer(PlayerScript script, IChallengeRuntime runtime, int nCandidate, int sigCandidate, TimeSpan preparation)
    {
        Id = script.Id;
        SignatureTimestamp = script.SignatureTimestamp;
        this.runtime = runtime;
        this.nCandidate = nCandidate;
        this.sigCandidate = sigCandidate;
        PreparationTime = preparation;
    }

    public PlayerId Id { get; }

    /// <summary>What the player request of a deciphering client sends as <c>signatureTimestamp</c>.</summary>
    public int? SignatureTimestamp { get; }

    /// <summary>How long parsing, finding and loading took (for the operator's log line).</summary>
    public TimeSpan PreparationTime { get; }

    /// <summary>The value to put in place of a URL's <c>n</c>.</summary>
    /// <exception cref="PlayerChallengeException">The function failed on this value.</exception>
    public string SolveN(string n)
    {
        if (nAnswers.TryGetValue(n, out var known))
        {
            return known;
        }

        var answer = Call(ChallengeKind.N, nCandidate, n);
        if (nAnswers.Count >= MemoLimit)
        {
            nAnswers.Clear();
        }

        nAnswers[n] = answer;
        return answer;
    }

    /// <summary>The deciphered signature of a <c>signatureCipher</c>'s <c>s</c>.</summary>
    /// <exception cref="PlayerChallengeException">The function failed on this value.</exception>
    public string SolveSig(string s) => Call(ChallengeKind.Sig, sigCandidate, s);

    public void Dispose()
    {
        lock (gate)
        {
            disposed = true;
            runtime.Dispose();
        }
    }

    private string Call(ChallengeKind kind, int candidate, string input)
    {
        lock (gate)
        {
            if (disposed)
            {
                throw new PlayerChallengeException(Id, PlayerChallengeFailure.Unavailable, "the prepared player was let go (a newer one replaced it)");
            }

            return runtime.Call(kind, candidate, input)
                ?? throw new PlayerChallengeException(Id, PlayerChallengeFailure.ScriptFailed, $"the {kind} function answered no string");
        }
    }
}
