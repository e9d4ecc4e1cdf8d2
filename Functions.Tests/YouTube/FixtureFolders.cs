namespace YouTubeDownloader.Tests.YouTube;

/// <summary>Where the player-response fixtures are: the project's own, and the recorded ones named by <c>YOUTUBE_FIXTURES</c>.</summary>
internal static class FixtureFolders
{
    public const string Own = "own";
    public const string Recorded = "recorded";

    public static string OwnFolder => Path.Combine(AppContext.BaseDirectory, "YouTube", "Fixtures");

    /// <summary>The folder of <c>YOUTUBE_FIXTURES</c>, null when the variable is not set.</summary>
    public static string? RecordedFolder =>
        Environment.GetEnvironmentVariable("YOUTUBE_FIXTURES") is { Length: > 0 } folder ? Path.GetFullPath(folder) : null;

    public static string Folder(string source) => source == Own
        ? OwnFolder
        : RecordedFolder ?? throw new InvalidOperationException("YOUTUBE_FIXTURES is not set.");

    /// <summary>The NAMEs of the <c>NAME.player.json</c> + <c>NAME.expected.json</c> pairs in <paramref name="folder"/>.</summary>
    public static IEnumerable<string> Pairs(string folder) =>
        Directory.EnumerateFiles(folder, "*.player.json")
            .Select(p => Path.GetFileName(p)[..^".player.json".Length])
            .Where(name => File.Exists(Path.Combine(folder, name + ".expected.json")))
            .Order(StringComparer.Ordinal);
}
