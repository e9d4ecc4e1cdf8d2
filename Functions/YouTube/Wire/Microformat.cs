using System.Globalization;
using System.Text.Json;

namespace YouTubeDownloader.YouTube.Wire;

/// <summary>
/// <c>microformat.playerMicroformatRenderer</c>: the web and TV clients' page facts. Mobile and visionOS clients send
/// none, so everything here is "when known".
/// </summary>
public readonly struct Microformat(JsonElement element)
{
    /// <summary><c>uploadDate</c>, else <c>publishDate</c>: <c>2022-08-04</c> or, lately, <c>2022-08-04T12:59:59-07:00</c>.</summary>
    public string? UploadDateText => Get("uploadDate").String() ?? Get("publishDate").String();

    /// <summary>The calendar day the text starts with (the uploader's own day, as YouTube shows it); null when unreadable.</summary>
    public DateOnly? UploadDate =>
        UploadDateText is { Length: >= 10 } text
        && DateOnly.TryParseExact(text.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : null;

    private JsonElement? Get(string name) => element.Property(name);
}
