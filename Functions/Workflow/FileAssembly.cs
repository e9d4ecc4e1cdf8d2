using YouTubeDownloader.Downloads;
using YouTubeDownloader.Resolution;
using YouTubeDownloader.Storage;

namespace YouTubeDownloader.Workflow;

/// <summary>
/// Where each stream of a plan is staged and which blob becomes the file. A muxed progressive stream goes
/// straight to the file's blob; separate video and audio, or audio alone (fragmented, as YouTube sends it),
/// are staged as sources and remuxed into one progressive MP4 / M4A.
/// </summary>
public sealed record FileAssembly(Guid TaskId, IReadOnlyList<StreamTransfer> Transfers, string FileBlobName, string ContentType)
{
    public bool NeedsProcessing => Transfers.Count > 1 || Transfers[0].BlobName != FileBlobName;

    public static FileAssembly Plan(DownloadJob job, MediaPlan plan)
    {
        var fileBlob = DownloadBlobStore.FileName(job.TaskId, job.Type);
        var direct = plan.Streams is [{ Kind: MediaStreamKind.Muxed }];
        var transfers = new List<StreamTransfer>();
        long before = 0;
        for (var i = 0; i < plan.Streams.Count; i++)
        {
            var stream = plan.Streams[i];
            var blob = direct ? fileBlob : DownloadBlobStore.SourceName(job.TaskId, i);
            transfers.Add(new StreamTransfer(job, stream, blob, before, plan.TotalBytes));
            before += stream.ContentLength;
        }

        return new FileAssembly(job.TaskId, transfers, fileBlob, DownloadFileName.ContentTypeOf(job.Type));
    }
}
