using System.IO.Compression;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using YouTubeDownloader.Delivery;
using YouTubeDownloader.Downloads;

namespace YouTubeDownloader.Api.Results;

/// <summary>
/// The file of a playlist task: a ZIP of its completed entries, written straight to the response as each entry's blob
/// is read, so neither the archive nor a whole entry is ever held.
/// </summary>
/// <remarks>
/// <see cref="ZipArchive"/> in Create mode over a non-seekable stream does what a streamed archive needs (checked on
/// .NET 10): entries stored (<see cref="CompressionLevel.NoCompression"/> writes method 0: videos do not compress),
/// sizes and CRC in a data descriptor after each entry (flag bit 3), Zip64 records (8-byte sizes in the descriptor,
/// Zip64 extra fields and end records in the central directory) once an entry or offset passes 4 GiB, and with UTF-8 as
/// the entry name encoding the language-encoding flag (bit 11) on every entry. The length is not known in advance, so
/// the body is chunked and has no ranges, ETag or <c>Content-Length</c>.
/// </remarks>
public sealed class PlaylistZipResult(PlaylistArchive archive) : IActionResult
{
    private const int CopyBufferBytes = 1024 * 1024;

    public async Task ExecuteResultAsync(ActionContext context)
    {
        var http = context.HttpContext;
        http.Response.ContentType = "application/zip";
        http.Response.Headers.ContentDisposition = AttachmentHeader.For(archive.FileName);
        http.Response.Headers.AcceptRanges = "none";
        if (HttpMethods.IsHead(http.Request.Method))
        {
            return;
        }

        var cancellationToken = http.RequestAborted;
        var logger = http.RequestServices.GetRequiredService<ILogger<PlaylistZipResult>>();
        try
        {
            await using var body = new SyncWriteDeferringStream(http.Response.Body);
            await using (var zip = new ZipArchive(body, ZipArchiveMode.Create, leaveOpen: true, Encoding.UTF8))
            {
                foreach (var entry in archive.Entries)
                {
                    await AddAsync(zip, entry, logger, cancellationToken);
                }
            }

            await body.FlushAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The status line is sent: a cut connection is the only way left to tell the client the archive is incomplete.
            logger.LogError(e, "The ZIP {FileName} failed while being sent", archive.FileName);
            http.Abort();
        }
    }

    private static async Task AddAsync(ZipArchive zip, PlaylistArchiveEntry entry, ILogger logger, CancellationToken cancellationToken)
    {
        var file = await entry.Open(cancellationToken);
        if (file is null)
        {
            // Removed since the list of entries was read.
            logger.LogWarning("ZIP entry {Name} is gone; left out", entry.Name);
            return;
        }

        await using (file.Content)
        {
            var zipEntry = zip.CreateEntry(entry.Name, CompressionLevel.NoCompression);
            zipEntry.LastWriteTime = entry.LastModified;
            await using var target = await zipEntry.OpenAsync(cancellationToken);
            await file.Content.CopyToAsync(target, CopyBufferBytes, cancellationToken);
        }
    }
}
