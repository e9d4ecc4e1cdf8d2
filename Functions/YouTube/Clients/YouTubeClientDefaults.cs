namespace YouTubeDownloader.YouTube.Clients;

/// <summary>
/// The client profiles and default orders as the field stood in 2026-11 (yt-dlp's sets at commit 81ecd58; see
/// docs/youtube.md). Defaults only: an app setting with the same <c>Name</c> overrides any field, and new clients can be
/// added by configuration alone.
/// </summary>
public static class YouTubeClientDefaults
{
    /// <summary>yt-dlp's default since 2026-08: no JavaScript player, no PO token; "made for kids" videos refuse.</summary>
    public static YouTubeClientProfile VisionOs => new()
    {
        Name = "VISIONOS",
        Id = 101,
        Version = "1.02",
        UserAgent = "Mozilla/5.0 (Macintosh; Intel Mac OS X 15_7_3) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.0 Safari/605.1.15",
        DeviceMake = "Apple",
        DeviceModel = "RealityDevice17,1",
        OsName = "visionOS",
        OsVersion = "26.5.23O471",
        NeedsPlayer = false,
        NeedsPoToken = false,
        TakesCookies = false,
    };

    /// <summary>YoutubeExplode's client until 2026; every format answers 403 since 2026-08-17, so it is out of the default order.</summary>
    public static YouTubeClientProfile AndroidVr => new()
    {
        Name = "ANDROID_VR",
        Id = 28,
        Version = "1.60.19",
        UserAgent = "com.google.android.apps.youtube.vr.oculus/1.60.19 (Linux; U; Android 12L; Quest 3 Build/SQ3A.220605.009.A1) gzip",
        DeviceMake = "Oculus",
        DeviceModel = "Quest 3",
        OsName = "Android",
        OsVersion = "12L",
        NeedsPlayer = false,
        NeedsPoToken = false,
        TakesCookies = false,
    };

    /// <summary>The TV client: the JavaScript player's challenges, no PO token, takes cookies.</summary>
    public static YouTubeClientProfile Tv => new()
    {
        Name = "TVHTML5",
        Id = 7,
        Version = "7.20260707.07.00",
        UserAgent = TvUserAgent,
        NeedsPlayer = true,
        NeedsPoToken = false,
        TakesCookies = true,
    };

    /// <summary>
    /// yt-dlp's <c>tv_downgraded</c>: the TV client with an older version, for logged-in users. The version is not in the
    /// notes; check it with <c>scripts/check-youtube.sh</c> and set <c>YouTube__Clients__N__Version</c>.
    /// </summary>
    public static YouTubeClientProfile TvDowngraded => new()
    {
        Name = "TVHTML5_DOWNGRADED",
        ClientName = "TVHTML5",
        Id = 7,
        Version = "5.20251105",
        UserAgent = TvUserAgent,
        NeedsPlayer = true,
        NeedsPoToken = false,
        TakesCookies = true,
    };

    /// <summary>The embedded web player, for logged-in users: the JavaScript player, cookies, the page it is embedded in.</summary>
    public static YouTubeClientProfile WebEmbedded => new()
    {
        Name = "WEB_EMBEDDED_PLAYER",
        Id = 56,
        Version = "1.20260115.01.00",
        UserAgent = SafariUserAgent,
        NeedsPlayer = true,
        NeedsPoToken = false,
        TakesCookies = true,
        EmbedUrl = "https://www.youtube.com/embed/{videoId}",
    };

    /// <summary>The web client as yt-dlp's web_safari: the JavaScript player and a GVS PO token for its https formats.</summary>
    public static YouTubeClientProfile WebPlayer => new()
    {
        Name = "WEB",
        Id = 1,
        Version = "2.20260708.00.00",
        UserAgent = SafariUserAgent,
        NeedsPlayer = true,
        NeedsPoToken = true,
        TakesCookies = true,
    };

    /// <summary>
    /// The desktop web client, for <c>/youtubei/v1/search</c> only (search needs no player, so no JavaScript or PO token).
    /// The version is the one of the recorded search pages the tests replay (docs/testing.md).
    /// </summary>
    public static YouTubeClientProfile Web => new()
    {
        Name = "WEB",
        Id = 1,
        Version = "2.20260126.01.00",
        UserAgent = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36",
    };

    public static IReadOnlyList<YouTubeClientProfile> All => [VisionOs, AndroidVr, Tv, TvDowngraded, WebEmbedded, WebPlayer];

    /// <summary>
    /// The order when none is configured. Anonymous: visionOS, the TV client, and the web client only with a PO token
    /// provider (yt-dlp's default is visionOS and web). Logged in (cookies): yt-dlp's set, embedded web, TV downgraded,
    /// and web with a provider. ANDROID_VR is in neither.
    /// </summary>
    public static IReadOnlyList<string> Order(bool hasPoTokenProvider, bool hasCookies)
    {
        List<string> order = hasCookies ? ["WEB_EMBEDDED_PLAYER", "TVHTML5_DOWNGRADED"] : ["VISIONOS", "TVHTML5"];
        if (hasPoTokenProvider)
        {
            order.Add("WEB");
        }

        return order;
    }

    private const string TvUserAgent =
        "Mozilla/5.0 (ChromiumStylePlatform) Cobalt/25.lts.30.1034943-gold (unlike Gecko), Unknown_TV_Unknown_0/Unknown (Unknown, Unknown)";

    private const string SafariUserAgent =
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.6 Safari/605.1.15";
}
