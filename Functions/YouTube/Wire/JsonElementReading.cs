using System.Globalization;
using System.Text;
using System.Text.Json;

namespace YouTubeDownloader.YouTube.Wire;

/// <summary>
/// Lenient reads over InnerTube JSON. YouTube sends many numbers as strings (<c>"contentLength": "123"</c>)
/// and leaves fields out freely, so every read tolerates a missing value, a null, a string or a number,
/// and a value of the wrong kind reads as absent instead of throwing.
/// </summary>
internal static class JsonElementReading
{
    /// <summary>The property's value when <paramref name="element"/> is an object holding a non-null <paramref name="name"/>.</summary>
    public static JsonElement? Property(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object
        && element.TryGetProperty(name, out var value)
        && value.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined)
            ? value
            : null;

    public static JsonElement? Property(this JsonElement? element, string name) =>
        element is { } e ? e.Property(name) : null;

    public static string? String(this JsonElement? element) => element switch
    {
        { ValueKind: JsonValueKind.String } e => e.GetString(),
        { ValueKind: JsonValueKind.Number } e => e.GetRawText(),
        _ => null,
    };

    public static long? Int64(this JsonElement? element)
    {
        switch (element)
        {
            case { ValueKind: JsonValueKind.Number } e when e.TryGetInt64(out var n):
                return n;
            case { ValueKind: JsonValueKind.Number } e when e.TryGetDouble(out var d) && d is >= long.MinValue and <= long.MaxValue:
                return (long)d;
            case { ValueKind: JsonValueKind.String } e
                when long.TryParse(e.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var s):
                return s;
            default:
                return null;
        }
    }

    public static int? Int32(this JsonElement? element) =>
        element.Int64() is { } n && n is >= int.MinValue and <= int.MaxValue ? (int)n : null;

    public static bool? Boolean(this JsonElement? element) => element switch
    {
        { ValueKind: JsonValueKind.True } => true,
        { ValueKind: JsonValueKind.False } => false,
        { ValueKind: JsonValueKind.String } e when bool.TryParse(e.GetString(), out var b) => b,
        _ => null,
    };

    /// <summary>The elements of an array; nothing for anything else.</summary>
    public static IEnumerable<JsonElement> Items(this JsonElement? element) =>
        element is { ValueKind: JsonValueKind.Array } e ? e.EnumerateArray() : [];

    /// <summary>
    /// A YouTube text object: <c>{"simpleText": "…"}</c> or <c>{"runs": [{"text": "…"}, …]}</c>; a plain string too.
    /// </summary>
    public static string? Text(this JsonElement? element)
    {
        if (element is { ValueKind: JsonValueKind.String } plain)
        {
            return plain.GetString();
        }

        if (element.Property("simpleText").String() is { } simple)
        {
            return simple;
        }

        var runs = element.Property("runs");
        if (runs is not { ValueKind: JsonValueKind.Array })
        {
            return null;
        }

        var text = new StringBuilder();
        foreach (var run in runs.Items())
        {
            text.Append(((JsonElement?)run).Property("text").String());
        }

        return text.ToString();
    }

    /// <summary>A list of <c>{url, width, height}</c> (a thumbnail list, an image's <c>sources</c>); entries without a URL are left out.</summary>
    public static IReadOnlyList<Thumbnail> ReadThumbnails(this JsonElement? list) =>
        list.Items()
            .Select(t => new Thumbnail(((JsonElement?)t).Property("url").String() ?? "", ((JsonElement?)t).Property("width").Int32() ?? 0, ((JsonElement?)t).Property("height").Int32() ?? 0))
            .Where(t => t.Url.Length > 0)
            .ToList();

    /// <summary>Whether any object below <paramref name="element"/> (to a bounded depth) has a property named one of <paramref name="names"/>.</summary>
    public static bool ContainsPropertyNamed(this JsonElement? element, IReadOnlyCollection<string> names, int maxDepth = 12)
    {
        if (element is not { } e || maxDepth < 0)
        {
            return false;
        }

        return e.ValueKind switch
        {
            JsonValueKind.Object => e.EnumerateObject().Any(p =>
                names.Contains(p.Name) || ((JsonElement?)p.Value).ContainsPropertyNamed(names, maxDepth - 1)),
            JsonValueKind.Array => e.EnumerateArray().Any(i => ((JsonElement?)i).ContainsPropertyNamed(names, maxDepth - 1)),
            _ => false,
        };
    }
}
