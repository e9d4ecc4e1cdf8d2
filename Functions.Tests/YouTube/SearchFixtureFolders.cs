namespace YouTubeDownloader.Tests.YouTube;

/// <summary>Where the search fixtures are: the project's own (<c>YouTube/SearchFixtures</c>) and those of <c>YOUTUBE_SEARCH_FIXTURES</c>.</summary>
internal static class SearchFixtureFolders
{
    public const string Own = ResponseFixtureFolders.Own;
    public const string Recorded = ResponseFixtureFolders.Recorded;
    private static readonly ResponseFixtureFolders Folders = new("SearchFixtures", "YOUTUBE_SEARCH_FIXTURES");

    public static string OwnFolder => Folders.OwnFolder;

    public static string? RecordedFolder => Folders.RecordedFolder;

    public static string Folder(string source) => Folders.Folder(source);

    public static IEnumerable<string> Cases(string folder) => ResponseFixtureFolders.Cases(folder);

    public static TheoryData<string, string> AllCases() => Folders.AllCases();

    public static string ResponsePath(string source, string name) => Folders.ResponsePath(source, name);

    public static string ExpectedPath(string source, string name) => Folders.ExpectedPath(source, name);
}
