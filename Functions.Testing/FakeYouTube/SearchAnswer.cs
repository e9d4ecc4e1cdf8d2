using System.Net;

namespace YouTubeDownloader.Testing.FakeYouTube;

/// <summary>What the fake's <c>/youtubei/v1/search</c> answers one query or continuation token: a status and a body, served as they are.</summary>
public sealed record SearchAnswer(HttpStatusCode Status, string Body, string ContentType = "application/json; charset=UTF-8")
{
    /// <summary>What YouTube answers a continuation token it does not know.</summary>
    public const string InvalidArgumentBody = """{"error":{"code":400,"message":"Request contains an invalid argument.","status":"INVALID_ARGUMENT"}}""";

    public static SearchAnswer Json(string body) => new(HttpStatusCode.OK, body);

    public static SearchAnswer FromFile(string path) => Json(File.ReadAllText(path));

    public static SearchAnswer HttpError(HttpStatusCode status) => new(status, $"{{\"error\":{{\"code\":{(int)status}}}}}");
}
