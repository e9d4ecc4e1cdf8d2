using YouTubeDownloader.Downloads;
using YouTubeDownloader.YouTube.Wire;
using YouTubeDownloader.YouTube.Clients;

namespace YouTubeDownloader.YouTube.Videos;

/// <summary>
/// Judges one player response: the playability rows of the error table, then the format rows
/// (<c>drm_protected</c>, <c>no_downloadable_formats</c>), then the duration limit (<c>too_long</c>).
/// Also decides whether the next configured client is worth asking (docs/youtube.md, "How it works").
/// </summary>
public static class PlayerAssessor
{
    /// <param name="requestedId">The id asked for; null skips the check (fixtures of malformed ids).</param>
    /// <param name="formats">The response's formats with their challenges solved; null takes them as they came.</param>
    public static PlayerAssessment Assess(
        PlayerResponse response, string? requestedId, int maxDurationSeconds, YouTubeClientProfile? client = null, IReadOnlyList<StreamingFormat>? formats = null)
    {
        var details = response.VideoDetails;
        if (requestedId is not null && details?.VideoId is { } answered && !string.Equals(answered, requestedId, StringComparison.Ordinal))
        {
            // Seen when YouTube serves a placeholder ("video unavailable" clip) instead of the video asked for.
            return PlayerAssessment.TryNext(new(DownloadErrorCode.VideoUnavailable, $"YouTube answered for video '{answered}' instead of '{requestedId}'."));
        }

        var status = response.Playability.Status?.ToUpperInvariant();
        if (PlayabilityClassifier.Classify(response) is { } refusal)
        {
            // ERROR is YouTube saying the video does not exist: no client will find it. Any other refusal may be the client's.
            return status is "ERROR" or "OK" ? PlayerAssessment.Final(refusal) : PlayerAssessment.TryNext(refusal);
        }

        var all = formats ?? response.StreamingData?.All.ToList() ?? [];
        var usable = FormatFilter.Usable(all);
        // WebM Opus alone makes no file of the default kinds: as good as nothing.
        if (usable.All(FormatFilter.IsWebMOpus))
        {
            return PlayerAssessment.TryNext(new(DownloadErrorCode.NoDownloadableFormats,
                FormatFilter.HasPlainUrl(all)
                    ? "No MP4 stream with a plain URL."
                    : "No stream with a plain URL (only signatureCipher, SABR or n-parameter URLs, which need YouTube's JavaScript player)."));
        }

        var clear = usable.Where(f => !f.HasDrm).ToList();
        if (clear.Count == 0)
        {
            return PlayerAssessment.TryNext(new(DownloadErrorCode.DrmProtected, "Every stream is DRM-protected."));
        }

        var video = details!.Value;
        var duration = video.LengthSeconds
                       ?? clear.Select(f => f.ApproxDurationMs).Max() / 1000
                       ?? 0;
        if (duration > maxDurationSeconds)
        {
            return PlayerAssessment.Final(new(DownloadErrorCode.TooLong,
                $"The video lasts {duration} s; the limit is {maxDurationSeconds} s."));
        }

        return PlayerAssessment.Accept(new YouTubeVideo(
            video.VideoId ?? requestedId ?? "",
            video.Title ?? "",
            video.Author ?? "",
            (int)Math.Min(duration, int.MaxValue),
            BestThumbnail(video.Thumbnails),
            clear,
            client,
            response.StreamingData?.ExpiresInSeconds,
            video.ShortDescription ?? "",
            video.ViewCount,
            response.Microformat?.UploadDate,
            CaptionTrack.ListOf(response)));
    }

    /// <summary>The largest absolute thumbnail URL.</summary>
    public static string? BestThumbnail(IReadOnlyList<Thumbnail> thumbnails) =>
        thumbnails
            .Where(t => Uri.TryCreate(t.Url, UriKind.Absolute, out var u) && (u.Scheme == Uri.UriSchemeHttps || u.Scheme == Uri.UriSchemeHttp))
            .OrderByDescending(t => (long)t.Width * t.Height)
            .Select(t => t.Url)
            .FirstOrDefault();
}
