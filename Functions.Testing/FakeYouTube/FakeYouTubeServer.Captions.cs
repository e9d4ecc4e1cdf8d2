using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace YouTubeDownloader.Testing.FakeYouTube;

public sealed partial class FakeYouTubeServer
{
    private readonly ConcurrentDictionary<(string VideoId, string Lang, bool Auto), string> captions = new();

    /// <summary>Every <c>/api/timedtext</c> request, its query as sent.</summary>
    public ConcurrentQueue<string> CaptionRequests { get; } = new();

    /// <summary>
    /// What the caption track (<paramref name="lang"/>, automatic or not) of <paramref name="videoId"/> answers with
    /// <c>fmt=vtt</c>: a WebVTT file as the test writes it. A track the player response lists without one answers 404.
    /// </summary>
    public void SetCaptions(string videoId, string lang, bool auto, string vtt) => captions[(videoId, lang, auto)] = vtt;

    /// <summary>
    /// <c>/api/timedtext</c> as YouTube serves it: <c>fmt=vtt</c> gives WebVTT (<c>text/vtt</c>); the fake knows no other
    /// format and answers 400 to any other <c>fmt</c>, so a resolver asking for something else fails visibly.
    /// </summary>
    private IResult Captions(HttpContext context)
    {
        var query = context.Request.Query;
        CaptionRequests.Enqueue(context.Request.QueryString.Value ?? "");
        if (query["fmt"] != "vtt")
        {
            return Results.StatusCode(StatusCodes.Status400BadRequest);
        }

        return captions.TryGetValue((query["v"].ToString(), query["lang"].ToString(), query["kind"] == "asr"), out var vtt)
            ? Results.Text(vtt, "text/vtt; charset=utf-8")
            : Results.NotFound();
    }

    /// <summary>Points every caption track's <c>baseUrl</c> at this fake's <c>/api/timedtext</c>, keeping video, language and kind.</summary>
    private void RewriteCaptions(JsonObject player, string videoId)
    {
        if (player["captions"]?["playerCaptionsTracklistRenderer"]?["captionTracks"] is not JsonArray tracks)
        {
            return;
        }

        foreach (var track in tracks.OfType<JsonObject>())
        {
            var lang = track["languageCode"]?.ToString() ?? "";
            var kind = track["kind"]?.ToString() == "asr" ? "&kind=asr" : "";
            track["baseUrl"] = $"{BaseAddress.ToString().TrimEnd('/')}/api/timedtext?v={Uri.EscapeDataString(videoId)}&lang={Uri.EscapeDataString(lang)}{kind}&caps=asr";
        }
    }
}
