using System.Text.Json;

namespace YouTubeDownloader.YouTube.Wire;

/// <summary><c>videoDetails</c>. TV clients send no title or author; live videos a length of 0.</summary>
public readonly struct VideoDetails(JsonElement element)
{
    public string? VideoId => Get("videoId").String();

    public string? Title => Get("title").String();

    public string? Author => Get("author").String();

    public string? ChannelId => Get("channelId").String();

    public string? ShortDescription => Get("shortDescription").String();

    /// <summary><c>viewCount</c> (a string of digits); absent on some clients and on live streams.</summary>
    public long? ViewCount => Get("viewCount").Int64();

    public long? LengthSeconds => Get("lengthSeconds").Int64();

    public bool IsLive => Get("isLive").Boolean() ?? false;

    public bool IsLiveContent => Get("isLiveContent").Boolean() ?? false;

    public bool IsUpcoming => Get("isUpcoming").Boolean() ?? false;

    public bool IsPrivate => Get("isPrivate").Boolean() ?? false;

    /// <summary>A finished live stream still being processed: YouTube serves it as DVR segments, not files.</summary>
    public bool IsPostLiveDvr => Get("isPostLiveDvr").Boolean() ?? false;

    public IReadOnlyList<Thumbnail> Thumbnails => Get("thumbnail").Property("thumbnails").ReadThumbnails();

    private JsonElement? Get(string name) => element.Property(name);
}
