using System.Text.Json;

namespace YouTubeDownloader.YouTube.Wire.Playlists;

/// <summary>
/// One entry of <c>alerts</c>: <c>alertRenderer</c> or <c>alertWithButtonRenderer</c>, each with a <c>type</c>
/// (<c>ERROR</c> "The playlist does not exist.", <c>INFO</c> "Unavailable videos will be hidden during playback") and a text.
/// </summary>
public readonly struct PlaylistAlert(JsonElement element)
{
    private JsonElement? Body => element.Property("alertRenderer") ?? element.Property("alertWithButtonRenderer");

    public string? Type => Body.Property("type").String();

    public bool IsError => Type == "ERROR";

    public string? Text => Body.Property("text").Text();
}
