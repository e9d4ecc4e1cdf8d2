using Google.Protobuf;
using YouTubeDownloader.Downloads;

namespace YouTubeDownloader.YouTube.Playlists;

/// <summary>
/// The browse tokens the client builds itself (docs/youtube.md, "Reading playlists", as of 2026). A plain browse of a Shorts playlist answers a grid of 100 with no continuation; asking for the first page
/// through a continuation answers ordinary rows and a continuation for every kind of list, so the client sends
/// <c>{80226972: {2: "VL&lt;id&gt;", 3: base64({1: 0, 104: {1: 0}}), 35: "&lt;id&gt;"}}</c> as URL-safe base64.
/// The protobuf bytes are written with Google.Protobuf's <see cref="CodedOutputStream"/>.
/// </summary>
public static class PlaylistContinuation
{
    // The browse command's field in InnerTube's continuation envelope.
    private const int BrowseContinuationField = 80226972;
    private const int BrowseIdField = 2;
    private const int PageParamsField = 3;
    private const int PlaylistIdField = 35;

    // {104: {1: 0}}: "show unavailable videos", so deleted and private rows keep their place in the numbering.
    private const int PlaylistFilterField = 104;

    /// <summary>The browse <c>params</c> of the list's header: show unavailable videos (<c>wgYCCAA%3D</c>).</summary>
    public static string BrowseParams { get; } = UrlEncodedBase64(ShowUnavailable(), urlSafe: false);

    /// <summary>The token of the list's first page.</summary>
    public static string FirstPage(PlaylistId id)
    {
        // {1: 0} is the offset: the first row.
        var pageParams = Message(w =>
        {
            w.WriteTag(1, WireFormat.WireType.Varint);
            w.WriteInt32(0);
            WriteMessage(w, PlaylistFilterField, ShowUnavailableFilter());
        });
        var browse = Message(w =>
        {
            w.WriteTag(BrowseIdField, WireFormat.WireType.LengthDelimited);
            w.WriteString(PlaylistUrl.BrowseId(id));
            w.WriteTag(PageParamsField, WireFormat.WireType.LengthDelimited);
            w.WriteString(UrlEncodedBase64(pageParams, urlSafe: false));
            w.WriteTag(PlaylistIdField, WireFormat.WireType.LengthDelimited);
            w.WriteString(id.Value);
        });
        return UrlEncodedBase64(Message(w => WriteMessage(w, BrowseContinuationField, browse)), urlSafe: true);
    }

    private static byte[] ShowUnavailable() => Message(w => WriteMessage(w, PlaylistFilterField, ShowUnavailableFilter()));

    private static byte[] ShowUnavailableFilter() => Message(w =>
    {
        w.WriteTag(1, WireFormat.WireType.Varint);
        w.WriteInt32(0);
    });

    private static void WriteMessage(CodedOutputStream writer, int field, byte[] message)
    {
        writer.WriteTag(field, WireFormat.WireType.LengthDelimited);
        writer.WriteBytes(ByteString.CopyFrom(message));
    }

    private static byte[] Message(Action<CodedOutputStream> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new CodedOutputStream(buffer, leaveOpen: true))
        {
            write(writer);
        }

        return buffer.ToArray();
    }

    // YouTube's tokens are base64 (URL-safe for the envelope) whose '=' padding is sent %-escaped, as the web client does.
    private static string UrlEncodedBase64(byte[] bytes, bool urlSafe)
    {
        var text = Convert.ToBase64String(bytes);
        if (urlSafe)
        {
            text = text.Replace('+', '-').Replace('/', '_');
        }

        return text.Replace("=", "%3D", StringComparison.Ordinal);
    }
}
