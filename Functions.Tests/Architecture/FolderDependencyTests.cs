using System.Text.RegularExpressions;
using YouTubeDownloader.Testing;

namespace YouTubeDownloader.Tests.Architecture;

/// <summary>
/// The app's folders depend on each other one way (docs/architecture.md): read from the <c>using</c> lines of the
/// sources, no folder reaches back into one that depends on it, and nothing below the HTTP doors imports them.
/// </summary>
public sealed partial class FolderDependencyTests
{
    private static readonly string FunctionsFolder = Path.Combine(RepoPaths.Root, "Functions");

    [Fact]
    public void No_folders_depend_on_each_other_in_a_circle()
    {
        var graph = Imports();
        var cycles = Cycles(graph.ToDictionary(kv => kv.Key, kv => kv.Value.Keys.ToHashSet()));

        cycles.Should().BeEmpty(
            "each folder should depend on the ones below it only; a circle: {0}",
            string.Join("; ", cycles.Select(c => string.Join(" -> ", c) + $" (e.g. {graph[c[0]][c[1]]})")));
    }

    [Fact]
    public void Nothing_below_the_http_doors_imports_them()
    {
        var importers = Imports().Where(kv => kv.Value.ContainsKey("Api")).Select(kv => $"{kv.Key} ({kv.Value["Api"]})");

        importers.Should().BeEmpty("the task's public JSON is built below Api (Views), for the routes, events and webhooks alike");
    }

    [Fact]
    public void The_reading_finds_the_known_arrows()
    {
        var graph = Imports();

        graph["Api"].Should().ContainKey("Commands");
        graph["Workflow"].Should().ContainKey("Sources");
        graph["YouTube"].Should().ContainKey("Sources");
    }

    /// <summary>Folder → the folders it imports, each with one file that does.</summary>
    private static Dictionary<string, Dictionary<string, string>> Imports()
    {
        var graph = new Dictionary<string, Dictionary<string, string>>();
        foreach (var file in Directory.EnumerateFiles(FunctionsFolder, "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(FunctionsFolder, file).Split(Path.DirectorySeparatorChar);
            if (relative.Length < 2 || relative[0] is "bin" or "obj")
            {
                continue;
            }

            var folder = relative[0];
            var imports = graph.TryGetValue(folder, out var known) ? known : graph[folder] = [];
            foreach (Match line in UsingLine().Matches(File.ReadAllText(file)))
            {
                var target = line.Groups[1].Value;
                if (target != folder)
                {
                    imports.TryAdd(target, string.Join('/', relative));
                }
            }
        }

        return graph;
    }

    /// <summary>Every circle, as the path from a folder back to itself (one per strongly connected group).</summary>
    private static List<List<string>> Cycles(Dictionary<string, HashSet<string>> graph)
    {
        var cycles = new List<List<string>>();
        var done = new HashSet<string>();
        foreach (var start in graph.Keys.Order())
        {
            var path = FindPathBack(graph, start, start, [start], []);
            if (path is not null && done.Add(string.Join(",", path.Distinct().Order())))
            {
                cycles.Add(path);
            }
        }

        return cycles;
    }

    private static List<string>? FindPathBack(Dictionary<string, HashSet<string>> graph, string start, string at, List<string> path, HashSet<string> seen)
    {
        foreach (var next in graph.GetValueOrDefault(at, []).Order())
        {
            if (next == start)
            {
                return [.. path, start];
            }

            if (seen.Add(next) && FindPathBack(graph, start, next, [.. path, next], seen) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    [GeneratedRegex(@"^using YouTubeDownloader\.(\w+)", RegexOptions.Multiline)]
    private static partial Regex UsingLine();
}
