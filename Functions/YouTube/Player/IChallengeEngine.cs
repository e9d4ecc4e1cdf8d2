namespace YouTubeDownloader.YouTube.Player;

/// <summary>A sandboxed JavaScript engine that loads a <see cref="ChallengeProgram"/> once and calls its entry points.</summary>
public interface IChallengeEngine
{
    /// <summary>Runs the program's definitions.</summary>
    /// <exception cref="PlayerChallengeException">A limit stopped it, or it threw.</exception>
    IChallengeRuntime Load(ChallengeProgram program);
}

/// <summary>One loaded program; calls are serialized by the caller.</summary>
public interface IChallengeRuntime : IDisposable
{
    /// <summary>The answer of candidate <paramref name="candidate"/> of <paramref name="kind"/>; null when it is not a string.</summary>
    /// <exception cref="PlayerChallengeException">A limit stopped it, or it threw.</exception>
    string? Call(ChallengeKind kind, int candidate, string input);
}
