using System.Buffers.Text;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using YouTubeDownloader.Downloads;

namespace YouTubeDownloader.Api.Contract;

/// <summary>
/// The <c>X-Continuation-Token</c> of <c>GET /api/downloads</c>: the query it continues (order, status filter, playlist)
/// and the id of the last task sent, so the next page starts right after it. Opaque to clients (base64url of
/// <c>1.a.Completed.{id}</c>, and <c>.{playlist id}</c> after it when the list is one playlist's, <c>.s{subscription id}</c>
/// when it is one subscription's) and checked on the way
/// back in: a token the app did not issue, or one issued for another query, is refused instead of being read as "no
/// more tasks".
/// </summary>
public sealed record ListContinuationToken(ListOrder Order, DownloadStatus? Status, Guid After, Guid? PlaylistId = null, Guid? SubscriptionId = null)
{
    // The first field versions the shape, so a later format can tell old tokens apart.
    private const string Version = "1";
    private const int MaxLength = 192;
    private const char SubscriptionMark = 's';

    public override string ToString() =>
        Base64Url.EncodeToString(Encoding.ASCII.GetBytes(
            $"{Version}.{OrderText(Order)}.{Status}.{After:N}" + (PlaylistId is { } playlist ? $".{playlist:N}" : "")
            + (SubscriptionId is { } subscription ? $".{SubscriptionMark}{subscription:N}" : "")));

    public static bool TryParse(string? text, [NotNullWhen(true)] out ListContinuationToken? token)
    {
        token = null;
        if (text is not { Length: > 0 and <= MaxLength } || !Base64Url.IsValid(text))
        {
            return false;
        }

        var fields = Encoding.ASCII.GetString(Base64Url.DecodeFromChars(text)).Split('.');
        Guid? subscriptionId = null;
        if (fields is [Version, _, _, _, .., [SubscriptionMark, .. var subscriptionText]] && fields.Length is 5 or 6)
        {
            if (!Guid.TryParseExact(subscriptionText, "N", out var subscription))
            {
                return false;
            }

            (subscriptionId, fields) = (subscription, fields[..^1]);
        }

        Guid? playlistId = null;
        if (fields is [Version, _, _, _, var playlistText])
        {
            if (!Guid.TryParseExact(playlistText, "N", out var playlist))
            {
                return false;
            }

            (playlistId, fields) = (playlist, fields[..4]);
        }

        if (fields is not [Version, var order, var status, var after]
            || !TryParseOrder(order, out var listOrder)
            || !TryParseStatus(status, out var listStatus)
            || !Guid.TryParseExact(after, "N", out var id))
        {
            return false;
        }

        token = new ListContinuationToken(listOrder, listStatus, id, playlistId, subscriptionId);
        return true;
    }

    private static string OrderText(ListOrder order) => order == ListOrder.Descending ? "d" : "a";

    private static bool TryParseOrder(string text, out ListOrder order)
    {
        order = text == "d" ? ListOrder.Descending : ListOrder.Ascending;
        return text is "a" or "d";
    }

    private static bool TryParseStatus(string text, out DownloadStatus? status)
    {
        status = null;
        if (text.Length == 0)
        {
            return true;
        }

        // Exactly the names ToString wrote: no numbers, no other casing.
        if (Enum.TryParse<DownloadStatus>(text, ignoreCase: false, out var parsed) && parsed.ToString() == text)
        {
            status = parsed;
            return true;
        }

        return false;
    }
}
