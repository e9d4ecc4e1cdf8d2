using YouTubeDownloader.YouTube.Cookies;
using YouTubeDownloader.YouTube.PoTokens;

namespace YouTubeDownloader.YouTube.Clients;

/// <summary>
/// What a player request carries beyond the client profile: the player's <c>signatureTimestamp</c> (a client whose
/// formats are deciphered), a PO token (a client whose policy needs one) and the user's cookies (a client that takes
/// them). Holds credentials: <see cref="ToString"/> shows none.
/// </summary>
public sealed record PlayerRequestExtras(int? SignatureTimestamp = null, PoToken? PoToken = null, YouTubeCookies? Cookies = null)
{
    public static PlayerRequestExtras None { get; } = new();

    public override string ToString() =>
        $"PlayerRequestExtras(signatureTimestamp {SignatureTimestamp}, {(PoToken is null ? "no" : "a")} PO token, {(Cookies is null ? "no" : "")} cookies)";
}
