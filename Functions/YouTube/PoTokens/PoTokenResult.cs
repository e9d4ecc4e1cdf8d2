namespace YouTubeDownloader.YouTube.PoTokens;

/// <summary>A token, or why there is none; never an exception for the provider's failures.</summary>
public sealed class PoTokenResult
{
    private PoTokenResult(PoToken? token, PoTokenMiss? miss)
    {
        Token = token;
        Miss = miss;
    }

    public PoToken? Token { get; }

    /// <summary>Null when there is a token.</summary>
    public PoTokenMiss? Miss { get; }

    public static PoTokenResult Of(PoToken token) => new(token, null);

    public static PoTokenResult None(PoTokenMiss miss) => new(null, miss);

    public override string ToString() => Token is { } token ? token.ToString() : $"no token ({Miss})";
}
