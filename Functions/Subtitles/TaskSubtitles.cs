using System.Text;
using Azure;
using Azure.Storage;
using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.Logging;
using YouTubeDownloader.Downloads;
using YouTubeDownloader.Media;
using YouTubeDownloader.Sources;
using YouTubeDownloader.Storage;

namespace YouTubeDownloader.Subtitles;

/// <summary>
/// A task's subtitle tracks, stored as WebVTT blobs <c>{taskId}/subtitles-{lang}.vtt</c> beside the file (so the task's
/// prefix delete takes them too). They are fetched when the video is resolved, served as they are, and read back as
/// cues when the file's text tracks are written. A track that cannot be had or holds no cue is left out, never a failure.
/// </summary>
public sealed class TaskSubtitles(IMediaResolver resolver, DownloadBlobStore blobs, ILogger<TaskSubtitles> logger)
{
    public const string ContentType = "text/vtt";

    /// <summary>Fetches and stores each track of the plan; the tracks now stored, in the plan's order.</summary>
    public async Task<IReadOnlyList<SubtitleTrack>> StoreAsync(Guid taskId, MediaRequest request, MediaPlan plan, CancellationToken cancellationToken)
    {
        var stored = new List<SubtitleTrack>();
        foreach (var track in plan.Subtitles)
        {
            var vtt = await resolver.FetchSubtitlesAsync(request, track, cancellationToken);
            IReadOnlyList<TextCue> cues;
            try
            {
                cues = vtt is null ? [] : WebVttReader.Read(vtt);
            }
            catch (InvalidDataException e)
            {
                logger.LogWarning("Task {TaskId}: subtitles {Lang} are unreadable and left out: {Reason}", taskId, track.Lang, e.Message);
                continue;
            }

            if (cues.Count == 0)
            {
                continue;
            }

            var blob = await blobs.GetBlockBlobAsync(DownloadBlobStore.SubtitleName(taskId, track.Lang));
            await blob.UploadAsync(
                new MemoryStream(Encoding.UTF8.GetBytes(WebVttWriter.Write(cues)), writable: false),
                new BlobUploadOptions
                {
                    HttpHeaders = new BlobHttpHeaders { ContentType = ContentType },
                    TransferValidation = new UploadTransferValidationOptions { ChecksumAlgorithm = StorageChecksumAlgorithm.MD5 },
                },
                cancellationToken);
            stored.Add(track);
        }

        return stored;
    }

    /// <summary>The stored track, open for reading; null when there is none.</summary>
    public async Task<StoredSubtitles?> OpenAsync(Guid taskId, string lang, CancellationToken cancellationToken)
    {
        var blob = await blobs.GetBlockBlobAsync(DownloadBlobStore.SubtitleName(taskId, lang));
        try
        {
            var download = await blob.DownloadStreamingAsync(cancellationToken: cancellationToken);
            return new StoredSubtitles(download.Value.Content, download.Value.Details.ETag, download.Value.Details.LastModified);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    /// <summary>The tracks as the file's timed text tracks, in order; a track whose blob is gone is left out.</summary>
    public async Task<IReadOnlyList<TextTrack>> ReadTextTracksAsync(Guid taskId, IReadOnlyList<SubtitleTrack> tracks, CancellationToken cancellationToken)
    {
        var texts = new List<TextTrack>();
        foreach (var track in tracks)
        {
            if (await ReadCuesAsync(taskId, track.Lang, cancellationToken) is { Count: > 0 } cues)
            {
                texts.Add(new TextTrack(track.Lang, track.Name, cues));
            }
        }

        return texts;
    }

    /// <summary>The stored track's cues, for the file's text track; none when it is gone.</summary>
    private async Task<IReadOnlyList<TextCue>> ReadCuesAsync(Guid taskId, string lang, CancellationToken cancellationToken)
    {
        var blob = await blobs.GetBlockBlobAsync(DownloadBlobStore.SubtitleName(taskId, lang));
        try
        {
            var content = await blob.DownloadContentAsync(cancellationToken);
            return WebVttReader.Read(content.Value.Content.ToString());
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return [];
        }
    }
}
