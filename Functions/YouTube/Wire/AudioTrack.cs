using System.Text.Json;

namespace YouTubeDownloader.YouTube.Wire;

/// <summary><c>audioTrack</c> on an audio format of a video with several tracks (dubs, descriptive audio).</summary>
public readonly struct AudioTrack(JsonElement element)
{
    /// <summary>For example <c>en.4</c>: language, then YouTube's track kind.</summary>
    public string? Id => element.Property("id").String();

    public string? DisplayName => element.Property("displayName").String();

    public bool? IsDefault => element.Property("audioIsDefault").Boolean();
}
