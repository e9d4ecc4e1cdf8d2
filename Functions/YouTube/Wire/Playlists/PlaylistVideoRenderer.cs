using System.Text.Json;

namespace YouTubeDownloader.YouTube.Wire.Playlists;

/// <summary>
/// <c>playlistVideoRenderer</c>: <c>videoId</c>, <c>title</c>, <c>index</c> ("1", as YouTube numbers the list),
/// <c>lengthSeconds</c> (a string) and <c>lengthText</c> ("3:26"), <c>isPlayable</c>, and <c>badges</c>
/// (<c>BADGE_STYLE_TYPE_MEMBERS_ONLY</c> on a members-only video, which YouTube still marks playable).
/// Deleted and private videos keep their row with a placeholder title ("[Deleted video]") and <c>isPlayable: false</c>.
/// </summary>
public readonly struct PlaylistVideoRenderer(JsonElement element)
{
    public string? VideoId => Get("videoId").String();

    public string? Title => Get("title").Text();

    public string? IndexText => Get("index").Text();

    public int? LengthSeconds => Get("lengthSeconds").Int32();

    public string? LengthText => Get("lengthText").Text();

    public bool? IsPlayable => Get("isPlayable").Boolean();

    /// <summary>Why YouTube will not play it, when it says (<c>unplayableText</c>).</summary>
    public string? UnplayableText => Get("unplayableText").Text();

    public bool IsMembersOnly =>
        Get("badges").Items().Any(b => ((JsonElement?)b).Property("metadataBadgeRenderer").Property("style").String() == "BADGE_STYLE_TYPE_MEMBERS_ONLY");

    private JsonElement? Get(string name) => element.Property(name);
}
