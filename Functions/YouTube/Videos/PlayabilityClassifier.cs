using YouTubeDownloader.Downloads;
using YouTubeDownloader.YouTube.Wire;

namespace YouTubeDownloader.YouTube.Videos;

/// <summary>
/// Turns a player response's playability into the contract's codes, in the order of the table in
/// YouTube's refusals as they were recorded (docs/youtube.md, "How it works"): the first matching row wins.
/// Texts are matched in <c>reason</c> and the error screen alike, case-insensitively.
/// </summary>
public static class PlayabilityClassifier
{
    /// <summary>The refusal for a response whose status or details forbid any download; null when it may proceed to format checks.</summary>
    public static Refusal? Classify(PlayerResponse response)
    {
        var playability = response.Playability;
        var status = playability.Status?.ToUpperInvariant();
        var details = response.VideoDetails;
        var texts = playability.Texts.Select(Normalize).ToList();
        var reason = playability.Reason ?? playability.ErrorScreenReason ?? status ?? "no playability status";
        bool Says(string text) => texts.Any(t => t.Contains(text, StringComparison.OrdinalIgnoreCase));

        if (Says("content isn't available, try again later"))
        {
            return new(DownloadErrorCode.RateLimited, reason);
        }

        if (Says("not a bot"))
        {
            return new(DownloadErrorCode.BotCheck, reason);
        }

        if ((status == "LOGIN_REQUIRED" && Says("private")) || details?.IsPrivate == true)
        {
            return new(DownloadErrorCode.Private, reason);
        }

        if (status is "AGE_CHECK_REQUIRED" or "AGE_VERIFICATION_REQUIRED"
            || Says("confirm your age") || Says("age-restricted") || Says("inappropriate"))
        {
            return new(DownloadErrorCode.AgeRestricted, reason);
        }

        if (status == "UNPLAYABLE" && (Says("members") || Says("join this channel")))
        {
            return new(DownloadErrorCode.MembersOnly, reason);
        }

        if (playability.OffersPurchase)
        {
            return new(DownloadErrorCode.RequiresPurchase, reason);
        }

        if (Says("available in your country"))
        {
            return new(DownloadErrorCode.RegionBlocked, reason);
        }

        if (status == "LIVE_STREAM_OFFLINE" || details?.IsUpcoming == true)
        {
            return new(DownloadErrorCode.LiveNotStarted, reason);
        }

        if (status != "OK" || details is null)
        {
            return new(DownloadErrorCode.VideoUnavailable, details is null && status == "OK" ? "The player response has no video details." : reason);
        }

        if (details.Value.IsLive || details.Value.IsPostLiveDvr)
        {
            return new(DownloadErrorCode.LiveNotSupported, "Live streams cannot be downloaded.");
        }

        return null;
    }

    // YouTube writes "you’re" and "isn’t" with a curly apostrophe; match both spellings.
    private static string Normalize(string text) => text.Replace('\u2019', '\'').Replace('\u2018', '\'');
}
