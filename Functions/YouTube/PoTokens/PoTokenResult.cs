namespace YouTubeDownloader.YouTube.PoTokens;

/// <summary>A token, or why there is none; never an exception for the provider's failures.</summary>
public sealed class PoTokenResult
{
    private PoTokenResult(PoToken? token, PoTokenMiss? miss, string? detail)
    {
        Token = token;
        Miss = miss;
        Detail = detail;
    }

    public PoToken? Token { get; }

    /// <summary>Null when there is a token.</summary>
    public PoTokenMiss? Miss { get; }

    /// <summary>What went wrong, for the caller's one log line (a status, a timeout); never a token.</summary>
    public string? Detail { get; }

    public static PoTokenResult Of(PoToken token) => new(token, null, null);

    public static PoTokenResult None(PoTokenMiss miss, string? detail = null) => new(null, miss, detail);

    public override string ToString() => Token is { } token ? token.ToString() : $"no token ({Miss}{(Detail is null ? "" : ": " + Detail)})";
}
