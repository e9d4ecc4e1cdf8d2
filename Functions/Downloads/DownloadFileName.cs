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

    /// <summary>Ogg Opus (RFC 7845 section 9): <c>.opus</c> files are <c>audio/ogg</c>.</summary>
    private const string OggAudio = "audio/ogg";

    public static string ExtensionOf(DownloadType type, AudioFormat audioFormat = AudioFormat.M4a) =>
        type != DownloadType.Audio ? ".mp4" : audioFormat == AudioFormat.Opus ? ".opus" : ".m4a";

    /// <summary>From the extension, as the contract asks: <c>video/mp4</c>, <c>audio/mp4</c> for <c>.m4a</c>, <c>audio/ogg</c> for <c>.opus</c>.</summary>
    public static string ContentTypeOf(DownloadType type, AudioFormat audioFormat = AudioFormat.M4a) =>
        ExtensionOf(type, audioFormat) == ".opus" ? OggAudio
        : ContentTypes.TryGetContentType("x" + ExtensionOf(type, audioFormat), out var contentType) ? contentType : "application/octet-stream";

    /// <summary>The title, then the clip's span when it is one (<c>Title [1.00-2.30].mp4</c>), then the extension.</summary>
    public static string From(string? title, DownloadType type, AudioFormat audioFormat = AudioFormat.M4a, ClipSpan? clip = null) =>
        Sanitize(title) + (clip is null ? "" : " [" + clip.Label + "]") + ExtensionOf(type, audioFormat);

    /// <summary>The name of a subtitle track's WebVTT file: the title, the language, <c>.vtt</c> (<c>My video.en.vtt</c>).</summary>
    public static string ForSubtitles(string? title, string lang) => Sanitize(title) + "." + lang + ".vtt";

    /// <summary>The name of a playlist's ZIP.</summary>
    public static string ForPlaylist(string? title) => Sanitize(title) + ".zip";

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

    /// <summary>
    /// The ASCII-only form of a name from <see cref="From"/>, for clients that read only the plain
    /// <c>filename</c> parameter (<c>curl -O -J</c>): Latin letters folded to their base letters
    /// (<see cref="AsciiFolding"/>), what has no ASCII form dropped, spaces collapsed.
    /// <c>Ünïcödé quotes 日本語 🎵.mp4</c> gives <c>Unicode quotes.mp4</c>; a name with nothing left, <c>download.mp4</c>.
    /// </summary>
    public static string AsciiFallback(string fileName)
    {
        var extension = Path.GetExtension(fileName);
        var builder = new StringBuilder();
        var pendingSpace = false;
        foreach (var rune in fileName[..^extension.Length].EnumerateRunes())
        {
            var folded = AsciiFolding.Fold(rune);
            if (folded is null)
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            foreach (var c in folded)
            {
                // Folding can yield what the name had no place for (full-width '／' is '/'): dropped likewise.
                if (c is < ' ' or > '~' || IsDropped(new Rune(c)))
                {
                    pendingSpace = builder.Length > 0;
                    continue;
                }

                if (pendingSpace)
                {
                    builder.Append(' ');
                    pendingSpace = false;
                }

                builder.Append(c);
            }
        }

        var name = builder.ToString().Trim(' ', '.');
        return (name.Any(char.IsLetterOrDigit) ? name : Fallback) + extension;
    }

    private static bool IsDropped(Rune rune) =>
        Rune.IsControl(rune)
        || Rune.IsWhiteSpace(rune)
        || Rune.GetUnicodeCategory(rune) is UnicodeCategory.Format or UnicodeCategory.LineSeparator
            or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Surrogate or UnicodeCategory.OtherNotAssigned
        || rune.Value is '"' or '\\' or '/' or ':' or '*' or '?' or '<' or '>' or '|' or ';' or '%';
}
