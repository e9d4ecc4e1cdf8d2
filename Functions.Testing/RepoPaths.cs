namespace YouTubeDownloader.Testing;

/// <summary>Where things are in the repository, found from the test assembly's own folder.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The build configuration the tests run under (Debug or Release), read from the output path.</summary>
    public static string Configuration { get; } = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;

    public static string FunctionsOutput => Path.Combine(Root, "Functions", "bin", Configuration, "net10.0");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "YouTubeDownloader.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (YouTubeDownloader.slnx) is not above the test assembly.");
    }
}
