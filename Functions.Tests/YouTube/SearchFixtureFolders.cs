namespace YouTubeDownloader.Tests.YouTube;

/// <summary>
/// Where the search fixtures are: the project's own (<c>YouTube/SearchFixtures</c>), and the recorded ones in the folder
/// named by <c>YOUTUBE_SEARCH_FIXTURES</c>. Recorded ones are third-party data read in place, never copied here; when the
/// variable is unset or its folder is missing (a plain clone without ../shared) they are simply not there.
/// </summary>
internal static class SearchFixtureFolders
{
    public const string Own = "own";
    public const string Recorded = "recorded";
    private const string ResponseSuffix = ".response.json";

    public static string OwnFolder => Path.Combine(AppContext.BaseDirectory, "YouTube", "SearchFixtures");

    /// <summary>The folder of <c>YOUTUBE_SEARCH_FIXTURES</c> when it is set and exists; null otherwise.</summary>
    public static string? RecordedFolder =>
        Environment.GetEnvironmentVariable("YOUTUBE_SEARCH_FIXTURES") is { Length: > 0 } folder && Directory.Exists(folder)
            ? Path.GetFullPath(folder)
            : null;

    public static string Folder(string source) => source == Own
        ? OwnFolder
        : RecordedFolder ?? throw new InvalidOperationException("YOUTUBE_SEARCH_FIXTURES is not set.");

    /// <summary>The NAMEs of every <c>NAME.response.json</c> in <paramref name="folder"/>.</summary>
    public static IEnumerable<string> Cases(string folder) =>
        Directory.EnumerateFiles(folder, "*" + ResponseSuffix)
            .Select(p => Path.GetFileName(p)[..^ResponseSuffix.Length])
            .Order(StringComparer.Ordinal);

    public static string ResponsePath(string source, string name) => Path.Combine(Folder(source), name + ResponseSuffix);

    public static string ExpectedPath(string source, string name) => Path.Combine(Folder(source), name + ".expected.json");
}
