using System.Globalization;
using YouTubeDownloader.Assembling;
using YouTubeDownloader.Downloads;
using YouTubeDownloader.Media;
using YouTubeDownloader.Sources;
using YouTubeDownloader.Storage;

namespace YouTubeDownloader.Workflow.Download;

/// <summary>
/// Where each stream of a plan is staged and which blob becomes the file. A muxed progressive stream goes
/// straight to the file's blob; separate video and audio, or audio alone (fragmented, as YouTube sends it),
/// are staged as sources and remuxed into one progressive MP4 / M4A (the two-step path), or, when every stream is a DASH
/// stream with an index, fetched straight into blocks of the file and assembled from their tables (the one-pass path).
/// </summary>
/// <param name="Tags">The file's text tags. Never a cover: the assembly reads it from the stored thumbnail, as a JPEG is
/// too big for a durable message. Null (an assembly planned before tags existed) writes none. Its chapters are text and travel with it.</param>
/// <param name="Subtitles">The subtitle tracks that become text tracks of the file: their cues are read from the task's stored
/// WebVTT when the file is assembled, never carried here. None for an audio file.</param>
/// <param name="AudioFormat">Opus: the one WebM stream is staged as a source and rewrapped as Ogg Opus (never the one-pass path).</param>
/// <param name="Clip">The span the file keeps; null for the whole video. Its chapters and cues are cut to it when the file is written.</param>
public sealed record FileAssembly(
    Guid TaskId,
    IReadOnlyList<StreamTransfer> Transfers,
    string FileBlobName,
    string ContentType,
    bool OnePass = false,
    FileTags? Tags = null,
    int Run = 0,
    IReadOnlyList<SubtitleTrack>? Subtitles = null,
    AudioFormat AudioFormat = AudioFormat.M4a,
    MediaClip? Clip = null)
{
    public bool NeedsProcessing => OnePass || Transfers.Count > 1 || Transfers[0].BlobName != FileBlobName;

    /// <summary>Whether the one-pass path is worth asking for: MP4 streams to join or remux; an Ogg Opus file is rewrapped from its source.</summary>
    public bool MayGoOnePass => NeedsProcessing && !IsOpus;

    public bool IsOpus => AudioFormat == AudioFormat.Opus;

    public static FileAssembly Plan(DownloadJob job, MediaPlan plan)
    {
        var audioFormat = job.Type == DownloadType.Audio ? job.AudioFormat : AudioFormat.M4a;
        var fileBlob = DownloadBlobStore.FileName(job.TaskId, job.Type, audioFormat);
        var direct = plan.Streams is [{ Kind: MediaStreamKind.Muxed }];
        var transfers = new List<StreamTransfer>();
        long before = 0;
        for (var i = 0; i < plan.Streams.Count; i++)
        {
            var stream = plan.Streams[i];
            var blob = direct ? fileBlob : DownloadBlobStore.SourceName(job.TaskId, i);
            // A clip fetches about its share of each stream: progress counts against that.
            transfers.Add(new StreamTransfer(job, stream, blob, before, job.Clip?.ShareOf(plan.TotalBytes, plan.DurationSeconds) ?? plan.TotalBytes));
            before += job.Clip?.ShareOf(stream.ContentLength, plan.DurationSeconds) ?? stream.ContentLength;
        }

        return new FileAssembly(
            job.TaskId,
            transfers,
            fileBlob,
            DownloadFileName.ContentTypeOf(job.Type, audioFormat),
            Tags: TagsOf(job, plan),
            Run: job.Run,
            Subtitles: job.Type == DownloadType.Video ? plan.Subtitles : [],
            AudioFormat: audioFormat,
            Clip: job.Clip?.ForMedia());
    }

    private static FileTags TagsOf(DownloadJob job, MediaPlan plan) => new(
        plan.Title, plan.Author, plan.WatchUrl, plan.UploadDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
    {
        Chapters = job.Chapters ? plan.Chapters : [],
    };

    /// <summary>Where each stream was staged, as the assembler reads them.</summary>
    public IReadOnlyList<AssemblySource> Sources() =>
        Transfers.Select(t => new AssemblySource(t.BlobName, t.TableBlobName, t.Stream.ContentLength, t.Stream.Kind)).ToList();

    /// <summary>The same streams on the one-pass path: each goes into the file's blob, its sample entries into a table of its own.</summary>
    public FileAssembly InOnePass(IReadOnlyList<double> windows) => this with
    {
        OnePass = true,
        Transfers = Transfers
            .Select((t, i) => t with { BlobName = FileBlobName, TableBlobName = DownloadBlobStore.TableName(TaskId, i), Windows = windows })
            .ToList(),
    };
}
