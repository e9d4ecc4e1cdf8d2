using YouTubeDownloader.YouTube.Clients;
namespace YouTubeDownloader.YouTube;

/// <summary>
/// Settings of the YouTube resolver, bound from the configuration section <c>YouTube</c>
/// (app settings <c>YouTube__ApiBaseAddress</c>, <c>YouTube__ClientOrder__0</c>, …). The table with every
/// setting and its default is in docs/youtube.md.
/// </summary>
public sealed class YouTubeOptions
{
    public const string SectionName = "YouTube";

    /// <summary>Where <c>/youtubei/v1/player</c> and <c>/sw.js_data</c> live. Tests point it at a local fake.</summary>
    public string ApiBaseAddress { get; set; } = "https://www.youtube.com";

    /// <summary>
    /// Client profiles. Entries are merged by <see cref="YouTubeClientProfile.Name"/> over
    /// <see cref="YouTubeClientDefaults.All"/>: a configured field wins, an omitted one keeps the default.
    /// </summary>
    public List<YouTubeClientProfile> Clients { get; set; } = [];

    /// <summary>The clients to try, in order. Empty means <see cref="YouTubeClientDefaults.Order"/> (which depends on a PO token provider and cookies).</summary>
    public List<string> ClientOrder { get; set; } = [];

    /// <summary>
    /// The client of <c>/youtubei/v1/search</c> (<c>YouTube__SearchClient__Name</c>, <c>__Id</c>, <c>__Version</c>,
    /// <c>__UserAgent</c>); fields left out keep <see cref="YouTubeClientDefaults.Web"/>'s.
    /// </summary>
    public YouTubeClientProfile SearchClient { get; set; } = new();

    /// <summary>
    /// The client of <c>/youtubei/v1/browse</c> for playlists (<c>YouTube__PlaylistClient__Name</c>, <c>__Id</c>,
    /// <c>__Version</c>, <c>__UserAgent</c>); fields left out keep <see cref="YouTubeClientDefaults.Web"/>'s.
    /// </summary>
    public YouTubeClientProfile PlaylistClient { get; set; } = new();

    /// <summary>The search filter sent as <c>params</c>: "videos only", as the web client sends it (URL-encoded).</summary>
    public string SearchParams { get; set; } = "EgIQAfABAQ%3D%3D";

    /// <summary>Longer videos fail with <c>too_long</c>. Default 4 hours.</summary>
    public int MaxDurationSeconds { get; set; } = 14_400;

    /// <summary>How long a player response (and so its stream URLs) is reused per video and client.</summary>
    public double PlayerCacheMinutes { get; set; } = 5;

    /// <summary>How long the visitorData read from <c>sw.js_data</c> is reused.</summary>
    public double VisitorDataCacheMinutes { get; set; } = 360;

    /// <summary>Timeout of one InnerTube request (player, sw.js_data, thumbnail).</summary>
    public double RequestTimeoutSeconds { get; set; } = 20;

    /// <summary>
    /// The only origins thumbnails are fetched from (scheme, host and port must match one). Never a user's URL:
    /// this is what keeps the thumbnail fetch from being an open proxy.
    /// </summary>
    public List<string> ThumbnailBaseAddresses { get; set; } = [];

    /// <summary>
    /// Hosts stream URLs may point at (the host itself or any subdomain). Stream URLs come from YouTube's answer,
    /// not from users; this is defence in depth against fetching anything else. Tests point it at the fake.
    /// </summary>
    public List<string> StreamHosts { get; set; } = [];

    public static IReadOnlyList<string> DefaultStreamHosts => ["googlevideo.com"];

    public static IReadOnlyList<string> DefaultThumbnailBaseAddresses => ["https://i.ytimg.com", "https://i9.ytimg.com"];
}
