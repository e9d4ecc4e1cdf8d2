using System.Text.Json;
using YouTubeDownloader.Testing;

namespace YouTubeDownloader.HostTests.Harness;

/// <summary>An HTTP route as the host reads it from the built <c>functions.metadata</c>, so a new route is covered by itself.</summary>
public sealed record HttpRoute(string Function, string Template, IReadOnlyList<string> Methods)
{
    public static IReadOnlyList<HttpRoute> All()
    {
        using var metadata = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(RepoPaths.FunctionsOutput, "functions.metadata")));
        return metadata.RootElement.EnumerateArray()
            .SelectMany(function => function.GetProperty("bindings").EnumerateArray()
                .Where(b => b.GetProperty("type").GetString() == "httpTrigger")
                .Select(b => new HttpRoute(
                    function.GetProperty("name").GetString()!,
                    b.GetProperty("route").GetString()!,
                    b.GetProperty("methods").EnumerateArray().Select(m => m.GetString()!.ToUpperInvariant()).ToList())))
            .OrderBy(r => r.Function, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The path under /api with every parameter filled with <paramref name="value"/>.</summary>
    public string PathWith(string value) => "api/" + System.Text.RegularExpressions.Regex.Replace(Template, "{[^}]+}", value);

    public override string ToString() => $"{Methods[0]} /api/{Template}";
}
