using System.Buffers.Text;
using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace YouTubeDownloader.YouTube.Search;

/// <summary>
/// Where the next page of an answer starts: YouTube's continuation token of the page (null = the query's first page)
/// and how many of that page's videos were already given. A page is cut at <c>max_results</c>, so YouTube's token
/// alone would skip the rest of the cut page. It also carries a short hash of the query it belongs to, so a cursor
/// sent back with another query is refused instead of continuing the first. Sent to clients as opaque base64url text.
/// </summary>
public sealed record SearchCursor(string? Token, int Skip, string QueryTag)
{
    /// <summary>Far above a real cursor (YouTube's tokens are a few hundred characters); longer input is refused unread.</summary>
    public const int MaxEncodedLength = 4096;

    public static SearchCursor For(string query, string? token, int skip) => new(token, skip, Tag(query));

    public bool BelongsTo(string query) => QueryTag == Tag(query);

    public string Encode() => Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(new Wire(Token, Skip, QueryTag)));

    public static bool TryDecode(string? text, [NotNullWhen(true)] out SearchCursor? cursor)
    {
        cursor = null;
        if (string.IsNullOrEmpty(text) || text.Length > MaxEncodedLength || !Base64Url.IsValid(text))
        {
            return false;
        }

        try
        {
            if (JsonSerializer.Deserialize<Wire>(Base64Url.DecodeFromChars(text)) is { S: >= 0 and < 1000, Q.Length: > 0 } wire
                && (wire.T is null || (wire.T.Length > 0 && wire.T.All(IsTokenChar))))
            {
                cursor = new SearchCursor(wire.T, wire.S, wire.Q);
            }
        }
        catch (JsonException)
        {
        }

        return cursor is not null;
    }

    private static string Tag(string query) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(query)))[..12];

    // YouTube's tokens are URL-safe base64 with %-escapes.
    private static bool IsTokenChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '%' or '=' or '+' or '/';

    private sealed record Wire(string? T, int S, string Q);
}
