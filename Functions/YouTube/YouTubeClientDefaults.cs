namespace YouTubeDownloader.YouTube;

/// <summary>
/// The client profiles known to work in late 2026 (see docs/youtube.md). Defaults only: an app setting
/// with the same <c>Name</c> overrides any field, and new clients can be added by configuration alone.
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
    };

    /// <summary>YoutubeExplode's client until 2026; kept second as a fallback.</summary>
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
    };

    /// <summary>
    /// The desktop web client, for <c>/youtubei/v1/search</c> only (search needs no player, so no JavaScript or PO token).
    /// The version is the one of the recorded search pages in ../shared/fixtures/youtube-search.
    /// </summary>
    public static YouTubeClientProfile Web => new()
    {
        Name = "WEB",
        Id = 1,
        Version = "2.20260126.01.00",
        UserAgent = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36",
    };

    public static IReadOnlyList<YouTubeClientProfile> All => [VisionOs, AndroidVr];

    public static IReadOnlyList<string> Order => ["VISIONOS", "ANDROID_VR"];
}
