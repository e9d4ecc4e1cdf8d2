namespace YouTubeDownloader.YouTube.Player;

/// <summary>A sandboxed JavaScript engine: one runtime per player, which loads its <see cref="ChallengeProgram"/> once.</summary>
public interface IChallengeEngine
{
    /// <summary>An empty runtime for <paramref name="player"/>.</summary>
    IChallengeRuntime Create(PlayerId player);
}

/// <summary>One player's runtime; calls are serialized by the caller.</summary>
public interface IChallengeRuntime : IDisposable
{
    /// <summary>Runs the program's definitions.</summary>
    /// <exception cref="PlayerChallengeException">A limit stopped it, or it threw.</exception>
    void Load(ChallengeProgram program);

    /// <summary>The answer of candidate <paramref name="candidate"/> of <paramref name="kind"/>; null when it is not a string.</summary>
    /// <exception cref="PlayerChallengeException">A limit stopped it, or it threw.</exception>
    string? Call(ChallengeKind kind, int candidate, string input);
}
