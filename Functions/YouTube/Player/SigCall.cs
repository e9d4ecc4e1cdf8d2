namespace YouTubeDownloader.YouTube.Player;

/// <summary>A candidate for <c>sig</c>: the top-level function and the constant arguments written before the signature.</summary>
/// <param name="Function">The callee's name.</param>
/// <param name="LeadingArguments">The constant arguments' source text, comma-separated; empty when there are none.</param>
internal sealed record SigCall(string Function, string LeadingArguments)
{
    /// <summary>The call on <paramref name="argument"/>, as JavaScript.</summary>
    public string Invocation(string argument) =>
        LeadingArguments.Length == 0 ? $"{Function}({argument})" : $"{Function}({LeadingArguments},{argument})";
}
