using System.Text.Json;

namespace YouTubeDownloader.YouTube.Wire;

/// <summary><c>playabilityStatus</c>: whether the video plays, and if not, the texts that say why.</summary>
public readonly struct PlayabilityStatus(JsonElement? element)
{
    // An error screen offering a trailer or a purchase means the video is paid content.
    private static readonly string[] PurchaseMarkers = ["ypcTrailerRenderer", "playerLegacyDesktopYpcTrailerRenderer", "trailerVideoId"];

    /// <summary><c>OK</c>, <c>ERROR</c>, <c>LOGIN_REQUIRED</c>, <c>UNPLAYABLE</c>, …; null when absent.</summary>
    public string? Status => element.Property("status").String();

    public string? Reason => element.Property("reason").String();

    private JsonElement? ErrorScreen => element.Property("errorScreen");

    private JsonElement? ErrorMessage => ErrorScreen.Property("playerErrorMessageRenderer");

    public string? ErrorScreenReason => ErrorMessage.Property("reason").Text();

    public string? ErrorScreenSubreason => ErrorMessage.Property("subreason").Text();

    /// <summary>Every human text the status carries, for matching: reason, error-screen reason and subreason, messages.</summary>
    public IEnumerable<string> Texts
    {
        get
        {
            foreach (var text in new[] { Reason, ErrorScreenReason, ErrorScreenSubreason })
            {
                if (!string.IsNullOrEmpty(text))
                {
                    yield return text;
                }
            }

            foreach (var message in element.Property("messages").Items())
            {
                if (((JsonElement?)message).Text() is { Length: > 0 } text)
                {
                    yield return text;
                }
            }
        }
    }

    public bool OffersPurchase => ErrorScreen.ContainsPropertyNamed(PurchaseMarkers);
}
