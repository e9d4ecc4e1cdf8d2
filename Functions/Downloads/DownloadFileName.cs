using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.StaticFiles;

namespace YouTubeDownloader.Downloads;

/// <summary>
/// The name a finished file is offered under: the title made safe for a header and a file system.
/// ASP.NET Core adds the ASCII fallback and the RFC 5987 <c>filename*</c>; this keeps quotes, control
/// characters, CR/LF and path separators out of both.
/// </summary>
public static class DownloadFileName
{
    // Long enough for real titles, short enough for every file system (255 bytes) once UTF-8 encoded.
    private const int MaxTitleChars = 120;
    private const string Fallback = "download";

    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    public static string ExtensionOf(DownloadType type) => type == DownloadType.Audio ? ".m4a" : ".mp4";

    /// <summary>From the extension, as the contract asks: <c>video/mp4</c>, <c>audio/mp4</c> for <c>.m4a</c>.</summary>
    public static string ContentTypeOf(DownloadType type) =>
        ContentTypes.TryGetContentType("x" + ExtensionOf(type), out var contentType) ? contentType : "application/octet-stream";

    public static string From(string? title, DownloadType type) => Sanitize(title) + ExtensionOf(type);

    internal static string Sanitize(string? title)
    {
        var builder = new StringBuilder();
        var pendingSpace = false;
        foreach (var rune in (title ?? "").Normalize(NormalizationForm.FormC).EnumerateRunes())
        {
            if (IsDropped(rune))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            if (builder.Length + rune.Utf16SequenceLength > MaxTitleChars)
            {
                break;
            }

            builder.Append(rune.ToString());
        }

        // Leading/trailing dots and spaces upset Windows and hide files on Unix.
        var name = builder.ToString().Trim(' ', '.');
        return name.Any(char.IsLetterOrDigit) ? name : Fallback;
    }

    private static bool IsDropped(Rune rune) =>
        Rune.IsControl(rune)
        || Rune.IsWhiteSpace(rune)
        || Rune.GetUnicodeCategory(rune) is UnicodeCategory.Format or UnicodeCategory.LineSeparator
            or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Surrogate or UnicodeCategory.OtherNotAssigned
        || rune.Value is '"' or '\\' or '/' or ':' or '*' or '?' or '<' or '>' or '|' or ';' or '%';
}
