using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;

namespace YouTubeDownloader.Views;

/// <summary>
/// Escapes in JSON strings only what RFC 8259 §7 requires: <c>"</c>, <c>\</c> and the control characters
/// U+0000–U+001F (plus U+2028/U+2029, invisible line breaks some JavaScript and log readers choke on).
/// Everything else is written as UTF-8, so a Japanese title or an emoji reads as itself in <c>curl</c>.
/// </summary>
/// <remarks>
/// Hand-written because the framework has no such encoder: <see cref="JavaScriptEncoder.UnsafeRelaxedJsonEscaping"/>
/// still escapes every character outside the Basic Multilingual Plane (emoji as <c>\uD83C\uDFB5</c>). It decides only
/// what to escape; how is left to that encoder. Safe for <c>application/json</c> bodies, which browsers never run
/// as HTML; do not use it for JSON embedded in an HTML page.
/// </remarks>
public sealed class MinimalJsonEscaping : JavaScriptEncoder
{
    private static readonly JavaScriptEncoder Escaper = UnsafeRelaxedJsonEscaping;

    private MinimalJsonEscaping()
    {
    }

    public static MinimalJsonEscaping Instance { get; } = new();

    public override int MaxOutputCharactersPerInputCharacter => Escaper.MaxOutputCharactersPerInputCharacter;

    public override bool WillEncode(int unicodeScalar) => unicodeScalar is < 0x20 or '"' or '\\' or 0x2028 or 0x2029;

    public override unsafe int FindFirstCharacterToEncode(char* text, int textLength)
    {
        var remaining = new ReadOnlySpan<char>(text, textLength);
        var index = 0;
        while (index < textLength)
        {
            // A lone surrogate cannot be written as UTF-8: the escaper replaces it.
            if (Rune.DecodeFromUtf16(remaining[index..], out var rune, out var consumed) != OperationStatus.Done
                || WillEncode(rune.Value))
            {
                return index;
            }

            index += consumed;
        }

        return -1;
    }

    public override unsafe bool TryEncodeUnicodeScalar(int unicodeScalar, char* buffer, int bufferLength, out int numberOfCharactersWritten) =>
        Escaper.TryEncodeUnicodeScalar(unicodeScalar, buffer, bufferLength, out numberOfCharactersWritten);
}
