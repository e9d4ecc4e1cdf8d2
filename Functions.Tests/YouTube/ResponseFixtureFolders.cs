namespace YouTubeDownloader.Tests.YouTube;

/// <summary>
/// A kind of <c>NAME.response.json</c> fixture (search pages, playlist pages): the project's own hand-written ones in
/// <c>YouTube/{ownSubfolder}</c>, and the recorded ones in the folder named by the environment variable
/// <paramref name="variable"/>. Recorded ones are third-party data read in place, never copied here; when the variable is
/// unset or its folder is missing (a plain clone without ../shared) they are simply not there.
/// </summary>
internal sealed class ResponseFixtureFolders(string ownSubfolder, string variable)
{
    public const string Own = "own";
    public const string Recorded = "recorded";
    private const string ResponseSuffix = ".response.json";

    public string OwnFolder => Path.Combine(AppContext.BaseDirectory, "YouTube", ownSubfolder);

    /// <summary>The folder of the variable when it is set and exists; null otherwise.</summary>
    public string? RecordedFolder =>
        Environment.GetEnvironmentVariable(variable) is { Length: > 0 } folder && Directory.Exists(folder)
            ? Path.GetFullPath(folder)
            : null;

    public string Folder(string source) => source == Own
        ? OwnFolder
        : RecordedFolder ?? throw new InvalidOperationException($"{variable} is not set.");

    /// <summary>The NAMEs of every <c>NAME.response.json</c> in <paramref name="folder"/>.</summary>
    public static IEnumerable<string> Cases(string folder) =>
        Directory.EnumerateFiles(folder, "*" + ResponseSuffix)
            .Select(p => Path.GetFileName(p)[..^ResponseSuffix.Length])
            .Order(StringComparer.Ordinal);

    /// <summary>(source, NAME) for every own case and, when present, every recorded one.</summary>
    public TheoryData<string, string> AllCases()
    {
        var data = new TheoryData<string, string>();
        foreach (var name in Cases(OwnFolder))
        {
            data.Add(Own, name);
        }

        if (RecordedFolder is { } recorded)
        {
            foreach (var name in Cases(recorded))
            {
                data.Add(Recorded, name);
            }
        }

        return data;
    }

    public string ResponsePath(string source, string name) => Path.Combine(Folder(source), name + ResponseSuffix);

    public string ExpectedPath(string source, string name) => Path.Combine(Folder(source), name + ".expected.json");

    public string RequestPath(string source, string name) => Path.Combine(Folder(source), name + ".request.json");
}
