using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using YouTubeDownloader.Api.Contract;
using YouTubeDownloader.Api.Errors;
using YouTubeDownloader.Downloads;
using YouTubeDownloader.Webhooks;
using YouTubeDownloader.Commands;
using Microsoft.Extensions.Options;
using YouTubeDownloader.YouTube;

namespace YouTubeDownloader.Api.Routes;

/// <summary>
/// <c>POST /api/download</c>: validates (a <c>callback_url</c> against the webhook policy too, DNS included), stores the task
/// as pending, starts its workflow, answers 202. A playlist URL starts a playlist task (<see cref="Workflow.PlaylistOrchestrator"/>).
/// </summary>
public sealed class StartDownloadFunction(DownloadCommands downloads, CallbackPolicy callbacks, IOptionsMonitor<YouTubeOptions> youTube)
{
    [Function("StartDownload")]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "download")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        var (start, error) = await StartDownloadParser.ParseAsync(request, cancellationToken, acceptPlaylists: true);
        if (start is null)
        {
            return error!;
        }

        // A clip of a long video is fine; the limit is on what is fetched. Whether the span lies inside the video is known once it is resolved.
        if (start.Clip is { } clip && youTube.CurrentValue.MaxDurationSeconds is var maxSeconds && clip.LengthMs > maxSeconds * 1000L)
        {
            return ApiError.InvalidRequest(Texts.ClipTooLong(maxSeconds));
        }

        if (start.CallbackUrl is { } callback && await callbacks.RefusalAsync(callback, cancellationToken) is { } refusal)
        {
            return ApiError.InvalidRequest(refusal);
        }

        var task = await downloads.StartAsync(client, start, cancellationToken);
        return StartedDownloadResponse.Accepted(request, task);
    }
}
