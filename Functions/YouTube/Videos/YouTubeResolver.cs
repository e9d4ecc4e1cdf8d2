using System.Globalization;
using Microsoft.Extensions.Options;
using YouTubeDownloader.Downloads;
using YouTubeDownloader.Sources;
using YouTubeDownloader.YouTube.Wire;
using YouTubeDownloader.YouTube.Clients;

namespace YouTubeDownloader.YouTube.Videos;

/// <summary>
/// The production <see cref="IMediaResolver"/>: InnerTube clients in order (<see cref="YouTubeClientChain"/>),
/// stream choice (<see cref="StreamSelector"/>) and ranged reads (<see cref="YouTubeMediaSource"/>).
/// Plans carry itags, never URLs: <see cref="OpenAsync"/> gets its own (cached per video and client for a few minutes).
/// </summary>
public sealed class YouTubeResolver(
    YouTubeClientChain chain,
    IHttpClientFactory httpClients,
    ThumbnailFetcher thumbnails,
    CaptionFetcher captions,
    IOptionsMonitor<YouTubeOptions> options) : IMediaResolver
{
    /// <summary>The named HttpClient media bytes travel through: no retry handler, the transfer engine resumes segments itself.</summary>
    public const string MediaHttpClientName = "YouTube.Media";

    public async Task<MediaPlan> ResolveAsync(MediaRequest request, CancellationToken cancellationToken)
    {
        var video = await chain.GetVideoAsync(request.VideoId.Value, fresh: false, cancellationToken, clip: request.Clip is not null);
        var selection = request.FormatId is { } formatId
            ? ExactFormatSelector.Select(video.Formats, formatId, request.Quality.AudioOnly, request.AudioFormat)
            : StreamSelector.Select(video.Formats, request.Quality, request.AudioFormat);
        var streams = new List<MediaStreamInfo>();
        foreach (var format in selection.Formats)
        {
            CheckedUrl(format);
            streams.Add(new MediaStreamInfo(
                ItagText(format),
                format.IsMuxed ? MediaStreamKind.Muxed : format.IsAudioOnly ? MediaStreamKind.Audio : MediaStreamKind.Video,
                format.MimeType,
                await LengthAsync(format, video.Client, cancellationToken)));
        }

        return new MediaPlan(request.VideoId, video.Title, video.Author, video.DurationSeconds, video.ThumbnailUrl, selection.FormatNote, streams)
        {
            WatchUrl = YouTubeUrl.Watch(video.VideoId),
            UploadDate = video.UploadDate,
            Chapters = DescriptionChapters.Read(video.Description, video.DurationSeconds),
            Subtitles = SubtitleSelector.Select(video.Captions ?? [], request.Subtitles),
        };
    }

    /// <summary>The track as WebVTT, from the video's caption list as YouTube gives it now (its URLs are signed and expire).</summary>
    public async Task<string?> FetchSubtitlesAsync(MediaRequest request, SubtitleTrack track, CancellationToken cancellationToken)
    {
        var video = await chain.GetVideoAsync(request.VideoId.Value, fresh: false, cancellationToken, clip: request.Clip is not null);
        return SubtitleSelector.Find(video.Captions ?? [], track) is { } caption
            ? await captions.FetchVttAsync(caption, cancellationToken)
            : null;
    }

    public async Task<IMediaSource> OpenAsync(MediaRequest request, MediaStreamInfo stream, CancellationToken cancellationToken)
    {
        var target = await TargetAsync(request.VideoId.Value, stream, fresh: false, cancellationToken, request.Clip is not null);
        return new YouTubeMediaSource(
            httpClients.CreateClient(MediaHttpClientName),
            target,
            stream.ContentLength,
            ct => TargetAsync(request.VideoId.Value, stream, fresh: true, ct, request.Clip is not null));
    }

    /// <summary>The facts and every quality that can be had, for <c>POST /api/info</c>. Stores nothing.</summary>
    public async Task<VideoInfo> GetInfoAsync(VideoId videoId, CancellationToken cancellationToken)
    {
        var video = await chain.GetVideoAsync(videoId.Value, fresh: false, cancellationToken);
        var lengths = new Dictionary<StreamingFormat, long>();
        var qualities = new List<QualityOption>();
        foreach (var quality in Quality.AllHeights.Append(Quality.Best).Append(Quality.Audio))
        {
            StreamSelection selection;
            try
            {
                selection = StreamSelector.Select(video.Formats, quality);
            }
            catch (DownloadFailedException ex) when (ex.Code == DownloadErrorCode.QualityUnavailable)
            {
                continue;
            }

            var streams = new List<QualityStream>();
            foreach (var format in selection.Formats)
            {
                if (!lengths.TryGetValue(format, out var length))
                {
                    lengths[format] = length = await LengthAsync(format, video.Client, cancellationToken);
                }

                streams.Add(new QualityStream(format.Itag!.Value, format.IsMuxed ? "muxed" : format.IsAudioOnly ? "audio" : "video", format.MimeType, length));
            }

            qualities.Add(new QualityOption(quality.ToString(), selection.FormatNote, streams));
        }

        // Lengths YouTube does not state are known only for the streams a quality would take (asked above); no more requests here.
        var formats = VideoFormat.Ordered(video.Formats.Select(f => VideoFormat.From(f, lengths.TryGetValue(f, out var known) ? known : null)));
        return new VideoInfo(video.VideoId, video.Title, video.Author, video.DurationSeconds, video.ThumbnailUrl, qualities, video.Description, video.ViewCount, formats);
    }

    /// <summary>The plan's thumbnail, fetched from YouTube's image hosts only; null when there is none or it failed.</summary>
    public Task<MediaThumbnail?> FetchThumbnailAsync(MediaPlan plan, CancellationToken cancellationToken) =>
        thumbnails.FetchAsync(plan.ThumbnailUrl, cancellationToken);

    private static string ItagText(StreamingFormat format) => format.Itag!.Value.ToString(CultureInfo.InvariantCulture);

    private async Task<StreamTarget> TargetAsync(string videoId, MediaStreamInfo stream, bool fresh, CancellationToken cancellationToken, bool clip)
    {
        var video = await chain.GetVideoAsync(videoId, fresh, cancellationToken, clip);
        var format = video.FindFormat(stream.Id);
        if (format is null && !fresh)
        {
            // The cached answer came from another client than the plan's: ask again.
            video = await chain.GetVideoAsync(videoId, fresh: true, cancellationToken, clip);
            format = video.FindFormat(stream.Id);
        }

        if (format is null)
        {
            throw new DownloadFailedException(DownloadErrorCode.StreamForbidden, $"YouTube no longer offers itag {stream.Id} of video {videoId}.");
        }

        if (format.ContentLength is { } length && length != stream.ContentLength)
        {
            // Retried as a source_error, though the plan's length will not come back: a code of its own (the source
            // changed under the plan) would end the task at once.
            throw new DownloadFailedException(DownloadErrorCode.SourceError,
                $"Itag {stream.Id} of video {videoId} is now {length} bytes long; it was {stream.ContentLength} when resolved.");
        }

        return new StreamTarget(CheckedUrl(format), video.Client?.UserAgent);
    }

    /// <summary>The format's URL, if its host is one of <see cref="YouTubeOptions.StreamHosts"/> (or a subdomain of one).</summary>
    private string CheckedUrl(StreamingFormat format)
    {
        var url = format.Url!;
        var host = Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
                                                                      && string.IsNullOrEmpty(uri.UserInfo)
            ? uri.Host
            : null;
        return host is not null && options.CurrentValue.StreamHosts.Any(allowed =>
                   host.Equals(allowed, StringComparison.OrdinalIgnoreCase) || host.EndsWith("." + allowed, StringComparison.OrdinalIgnoreCase))
            ? url
            : throw new DownloadFailedException(DownloadErrorCode.SourceError, $"Itag {format.Itag} points at a host that is not a YouTube stream host.");
    }

    /// <summary><c>contentLength</c> or <c>clen</c>; else a HEAD request (YouTube leaves both out on itag 18).</summary>
    private async Task<long> LengthAsync(StreamingFormat format, YouTubeClientProfile? client, CancellationToken cancellationToken)
    {
        if (format.ContentLength is { } known)
        {
            return known;
        }

        using var request = new HttpRequestMessage(HttpMethod.Head, CheckedUrl(format));
        if (client?.UserAgent is { Length: > 0 } agent)
        {
            request.Headers.TryAddWithoutValidation("User-Agent", agent);
        }

        try
        {
            using var response = await httpClients.CreateClient(MediaHttpClientName).SendAsync(request, cancellationToken);
            if (response.IsSuccessStatusCode && response.Content.Headers.ContentLength is { } length and > 0)
            {
                return length;
            }

            throw new DownloadFailedException(DownloadErrorCode.SourceError,
                $"The length of itag {format.Itag} is unknown (HEAD answered {(int)response.StatusCode}).");
        }
        catch (HttpRequestException ex)
        {
            var code = Unreachable.Is(ex) ? DownloadErrorCode.SourceUnreachable : DownloadErrorCode.SourceError;
            throw new DownloadFailedException(code, $"The length of itag {format.Itag} is unknown: {ex.Message}", ex);
        }
    }
}
