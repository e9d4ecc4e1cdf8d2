using System.Net;

namespace YouTubeDownloader.Testing.FakeYouTube;

/// <summary>What the fake's <c>/youtubei/v1/player</c> answers one client for one video.</summary>
public sealed record PlayerAnswer(HttpStatusCode Status, string? PlayerJson)
{
    /// <summary>A player response; its stream and thumbnail URLs are rewritten to point at the fake.</summary>
    public static PlayerAnswer Json(string playerJson) => new(HttpStatusCode.OK, playerJson);

    public static PlayerAnswer FromFile(string path) => Json(File.ReadAllText(path));

    public static PlayerAnswer HttpError(HttpStatusCode status) => new(status, null);
}
