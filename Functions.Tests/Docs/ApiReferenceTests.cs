using System.Text.Json;
using System.Text.RegularExpressions;
using YouTubeDownloader.Testing;

namespace YouTubeDownloader.Tests.Docs;

/// <summary>
/// docs/api.md is the contract a client reads, the OpenAPI document the one a program reads: both name the same
/// routes, the same fields of every object and the same error codes.
/// </summary>
public sealed partial class ApiReferenceTests
{
    private static readonly string PagePath = Path.Combine(RepoPaths.Root, "docs", "api.md");
    private readonly string[] page = File.ReadAllLines(PagePath);
    private readonly JsonElement document = JsonDocument.Parse(File.ReadAllText(OpenApiContract.PathOnDisk)).RootElement;

    private JsonElement Schemas => document.GetProperty("components").GetProperty("schemas");

    [Fact]
    public void The_route_table_names_every_operation_of_the_document_and_no_other()
    {
        var table = Section("## Routes")
            .Select(line => RouteRow().Match(line))
            .Where(match => match.Success)
            .SelectMany(match => Operations(match.Groups["methods"].Value, match.Groups["route"].Value))
            .ToList();

        table.Should().OnlyHaveUniqueItems().And.BeEquivalentTo(DocumentOperations());
    }

    [Fact]
    public void Every_operation_has_its_own_section()
    {
        var sections = Section("## Routes in detail")
            .Select(line => RouteHeading().Match(line))
            .Where(match => match.Success)
            .SelectMany(match => Operations(match.Groups["methods"].Value, match.Groups["route"].Value));

        sections.Should().BeEquivalentTo(DocumentOperations());
    }

    [Fact]
    public void Each_object_table_names_exactly_the_fields_of_its_schema()
    {
        var objects = ObjectTables();
        objects.Should().NotBeEmpty();
        foreach (var (name, fields) in objects)
        {
            Schemas.TryGetProperty(name, out _).Should().BeTrue($"docs/api.md documents `{name}`, a schema of the document");
            fields.Should().BeEquivalentTo(FieldsOf(name).Properties, $"the table of `{name}` names its schema's fields");
        }
    }

    [Fact]
    public void Every_object_of_the_document_has_a_table()
    {
        var covered = ObjectTables().Keys.Select(name => FieldsOf(name).Owner).ToHashSet();
        var withFields = Schemas.EnumerateObject().Where(s => s.Value.TryGetProperty("properties", out _)).Select(s => s.Name);

        withFields.Should().BeSubsetOf(covered, "every object a client may receive or send is described in docs/api.md");
    }

    [Fact]
    public void The_error_codes_are_the_documents_codes()
    {
        var codes = Section("### Error codes").Select(line => FirstCell().Match(line)).Where(m => m.Success).Select(m => m.Groups[1].Value);
        var documented = Schemas.GetProperty("ErrorCode").GetProperty("enum").EnumerateArray().Select(e => e.GetString()!);

        codes.Should().OnlyHaveUniqueItems().And.BeEquivalentTo(documented);
    }

    [Fact]
    public void The_error_table_uses_only_documented_codes()
    {
        var documented = Schemas.GetProperty("ErrorCode").GetProperty("enum").EnumerateArray().Select(e => e.GetString()!).ToHashSet();
        var used = Section("## Errors")
            .TakeWhile(line => !line.StartsWith('#'))
            .Where(line => line.StartsWith("| ", StringComparison.Ordinal) && !line.StartsWith("| Case", StringComparison.Ordinal))
            .Select(line => line.Trim('|').Split('|')[^1])
            .SelectMany(cell => Code().Matches(cell).Select(m => m.Groups[1].Value))
            .ToList();

        used.Should().NotBeEmpty().And.BeSubsetOf(documented);
    }

    private IEnumerable<(string Route, string Method)> DocumentOperations() =>
        from path in document.GetProperty("paths").EnumerateObject()
        from operation in path.Value.EnumerateObject()
        where operation.Name is "get" or "head" or "post" or "put" or "patch" or "delete"
        select ("/api" + path.Name, operation.Name);

    private static IEnumerable<(string Route, string Method)> Operations(string methods, string route) =>
        methods.Split(',', StringSplitOptions.TrimEntries).Select(method => (route, method.ToLowerInvariant()));

    /// <summary>The lines under a heading, up to the next heading of the same or a higher level.</summary>
    private IEnumerable<string> Section(string heading)
    {
        var level = heading.IndexOf(' ');
        var start = Array.IndexOf(page, heading);
        start.Should().BeGreaterThanOrEqualTo(0, $"docs/api.md has the heading '{heading}'");
        return page.Skip(start + 1).TakeWhile(line => !(line.StartsWith('#') && line.IndexOf(' ') is var l && l > 0 && l <= level && line[..l].All(c => c == '#')));
    }

    /// <summary>Each "### `Name`" under "## Objects", with the fields its table names.</summary>
    private Dictionary<string, List<string>> ObjectTables()
    {
        var tables = new Dictionary<string, List<string>>();
        List<string>? current = null;
        foreach (var line in Section("## Objects"))
        {
            if (ObjectHeading().Match(line) is { Success: true } heading)
            {
                tables.Add(heading.Groups[1].Value, current = []);
            }
            else if (current is not null && FirstCell().Match(line) is { Success: true } field)
            {
                current.Add(field.Groups[1].Value);
            }
        }

        return tables;
    }

    /// <summary>A schema's own fields; one that only wraps another (<c>Task</c> is <c>TaskFields</c>) has that one's.</summary>
    private (string Owner, IEnumerable<string> Properties) FieldsOf(string name)
    {
        var schema = Schemas.GetProperty(name);
        if (schema.TryGetProperty("properties", out var properties))
        {
            return (name, properties.EnumerateObject().Select(p => p.Name).ToList());
        }

        var reference = schema.GetProperty("allOf").EnumerateArray().Single().GetProperty("$ref").GetString()!;
        return FieldsOf(reference[(reference.LastIndexOf('/') + 1)..]);
    }

    [GeneratedRegex(@"^\| (?<methods>[A-Z, ]+) \| `(?<route>/api/[^`]+)` \|")]
    private static partial Regex RouteRow();

    [GeneratedRegex(@"^### (?<methods>[A-Z, ]+) (?<route>/api/\S+)$")]
    private static partial Regex RouteHeading();

    [GeneratedRegex(@"^### `(\w+)`$")]
    private static partial Regex ObjectHeading();

    [GeneratedRegex(@"^\| `([\w.]+)` \|")]
    private static partial Regex FirstCell();

    [GeneratedRegex(@"`([a-z_]+)`")]
    private static partial Regex Code();
}
