using System.Net;

namespace YouTubeDownloader.Testing.FakeYouTube;

/// <summary>What the fake's <c>/youtubei/v1/player</c> answers one client for one video.</summary>
/// <param name="Challenged">
/// Serve every format as YouTube serves a JavaScript client: a <c>signatureCipher</c> whose <c>s</c> and whose URL's
/// <c>n</c> are inputs of the current player's challenges (<see cref="FakeYouTubeServer.CurrentPlayerId"/>); its media is
/// answered only with the player's answers, and only when the request sent that player's <c>signatureTimestamp</c>.
/// </param>
/// <param name="RequiresPoToken">Media is answered only with <c>pot=</c> equal to the request's <c>serviceIntegrityDimensions.poToken</c>.</param>
public sealed record PlayerAnswer(HttpStatusCode Status, string? PlayerJson, bool Challenged = false, bool RequiresPoToken = false)
{
    /// <summary>A player response; its stream and thumbnail URLs are rewritten to point at the fake.</summary>
    public static PlayerAnswer Json(string playerJson) => new(HttpStatusCode.OK, playerJson);

    public static PlayerAnswer FromFile(string path) => Json(File.ReadAllText(path));

    /// <summary>A player response served with challenges (see <see cref="Challenged"/>).</summary>
    public static PlayerAnswer WithChallenges(string playerJson, bool requiresPoToken = false) => new(HttpStatusCode.OK, playerJson, true, requiresPoToken);

    public static PlayerAnswer HttpError(HttpStatusCode status) => new(status, null);
}
