using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Json.Schema;
using YouTubeDownloader.Testing;

namespace YouTubeDownloader.Tests.Docs;

/// <summary>
/// The checked-in OpenAPI document read as a contract: which operations it names, and whether a real response is one it
/// describes (a documented status, a documented media type, a JSON body valid against the schema, checked by JsonSchema.Net).
/// </summary>
internal sealed class OpenApiContract
{
    public static readonly string PathOnDisk = Path.Combine(RepoPaths.Root, "Functions", "Docs", "openapi.json");

    private static readonly string[] Methods = ["get", "head", "post", "put", "patch", "delete"];
    private readonly JsonElement root;
    private readonly JsonObject schemas;

    private OpenApiContract(JsonElement root)
    {
        this.root = root;

        // Schemas refer to each other as '#/components/schemas/X'; as '$defs' of one JSON Schema document the same
        // references read '#/$defs/X', so each response schema is checked together with all the named ones.
        schemas = JsonNode.Parse(Rebase(root.GetProperty("components").GetProperty("schemas").GetRawText()))!.AsObject();
    }

    public static OpenApiContract Load() => new(JsonDocument.Parse(File.ReadAllText(PathOnDisk)).RootElement);

    /// <summary>Every (route without the leading '/', method) the document names.</summary>
    public IEnumerable<(string Route, string Method)> Operations =>
        from path in root.GetProperty("paths").EnumerateObject()
        from method in path.Value.EnumerateObject()
        where Methods.Contains(method.Name)
        select (path.Name.TrimStart('/'), method.Name);

    /// <summary>The documented route a concrete path (under /api) matches; literal segments win over parameters.</summary>
    public string RouteOf(string path)
    {
        var relative = new Uri(new Uri("http://x"), path).AbsolutePath["/api/".Length..];
        return Operations.Select(o => o.Route).Distinct()
            .Where(route => Regex.IsMatch(relative, "^" + Regex.Replace(Regex.Escape(route), @"\\\{[^}]+}", "[^/]+") + "$"))
            .OrderBy(route => route.Count(c => c == '{'))
            .FirstOrDefault() ?? throw new InvalidOperationException($"No documented route matches {relative}.");
    }

    /// <summary>Fails unless the document describes this response of <paramref name="method"/> on <paramref name="route"/>.</summary>
    public void AssertDescribes(string route, string method, HttpStatusCode status, string? mediaType, byte[] body)
    {
        var operation = root.GetProperty("paths").GetProperty("/" + route).GetProperty(method);
        var because = $"{method.ToUpperInvariant()} /{route} answered {(int)status} {mediaType}: {System.Text.Encoding.UTF8.GetString(body.AsSpan(0, Math.Min(body.Length, 400)))}";
        operation.GetProperty("responses").TryGetProperty(((int)status).ToString(), out var response).Should().BeTrue($"the status is documented ({because})");
        response = Resolve(response);
        if (!response.TryGetProperty("content", out var content))
        {
            body.Should().BeEmpty($"the document gives the response no body ({because})");
            return;
        }

        if (method == "head")
        {
            return;
        }

        content.TryGetProperty(mediaType ?? "", out var media).Should().BeTrue($"the media type is documented ({because})");
        if (mediaType != "application/json")
        {
            body.Should().NotBeEmpty(because);
            return;
        }

        var schema = JsonNode.Parse(Rebase(media.GetProperty("schema").GetRawText()))!.AsObject();
        schema["$schema"] = "https://json-schema.org/draft/2020-12/schema";
        schema["$defs"] = schemas.DeepClone();
        var evaluator = JsonSchema.FromText(schema.ToJsonString(), baseUri: new Uri($"https://openapi.test/{Guid.NewGuid():N}"));
        using var instance = JsonDocument.Parse(body);
        var result = evaluator.Evaluate(instance.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        result.IsValid.Should().BeTrue(
            $"the body validates against the schema ({because}); errors: " + string.Join(
                "; ", (result.Details ?? []).Where(d => d.Errors is { Count: > 0 }).Select(d => $"{d.InstanceLocation}: {string.Join(", ", d.Errors!.Values)}")));
    }

    private JsonElement Resolve(JsonElement element)
    {
        if (!element.TryGetProperty("$ref", out var reference))
        {
            return element;
        }

        var target = root;
        foreach (var part in reference.GetString()!.TrimStart('#', '/').Split('/'))
        {
            target = target.GetProperty(part);
        }

        return target;
    }

    private static string Rebase(string json) => json.Replace("#/components/schemas/", "#/$defs/", StringComparison.Ordinal);
}
