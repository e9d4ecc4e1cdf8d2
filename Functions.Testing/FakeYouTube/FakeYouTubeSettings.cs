namespace YouTubeDownloader.Testing.FakeYouTube;

/// <summary>
/// The app settings that point the app at a fake YouTube: one list for the in-process tests, the real-host tests and the
/// benchmarks. Keys are written with <paramref name="separator"/>: ":" for an in-memory configuration, "__" for a host's
/// environment.
/// </summary>
public static class FakeYouTubeSettings
{
    public static Dictionary<string, string?> For(FakeYouTubeServer fake, string separator = ":")
    {
        var address = fake.BaseAddress.ToString();
        return new Dictionary<string, string?>
        {
            [Key(separator, "ApiBaseAddress")] = address,
            [Key(separator, "ThumbnailBaseAddresses", "0")] = address,
            [Key(separator, "StreamHosts", "0")] = fake.BaseAddress.Host,
        };
    }

    private static string Key(string separator, params string[] path) => string.Join(separator, ["YouTube", .. path]);
}
