using YouTubeDownloader.Downloads;
using YouTubeDownloader.Resolution;
using YouTubeDownloader.Storage;

namespace YouTubeDownloader.Workflow;

/// <summary>
/// Where each stream of a plan is staged and which blob becomes the file. A single progressive stream
/// goes straight to the file's blob; anything that needs joining (or remuxing) is staged as sources first.
/// </summary>
public sealed record FileAssembly(Guid TaskId, IReadOnlyList<StreamTransfer> Transfers, string FileBlobName)
{
    public bool NeedsProcessing => Transfers.Count > 1 || Transfers[0].BlobName != FileBlobName;

    public static FileAssembly Plan(DownloadJob job, MediaPlan plan)
    {
        var fileBlob = DownloadBlobStore.FileName(job.TaskId, job.Type);
        // TODO(mux): audio goes through the remuxer once the MP4 join lands.
        var direct = plan.Streams.Count == 1;
        var transfers = new List<StreamTransfer>();
        long before = 0;
        for (var i = 0; i < plan.Streams.Count; i++)
        {
            var stream = plan.Streams[i];
            var blob = direct ? fileBlob : DownloadBlobStore.SourceName(job.TaskId, i);
            transfers.Add(new StreamTransfer(job, stream, blob, before, plan.TotalBytes));
            before += stream.ContentLength;
        }

        return new FileAssembly(job.TaskId, transfers, fileBlob);
    }
}
