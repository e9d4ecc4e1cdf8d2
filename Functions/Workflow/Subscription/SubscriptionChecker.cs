using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using YouTubeDownloader.Downloads;
using YouTubeDownloader.Playlists;
using YouTubeDownloader.Storage;
using YouTubeDownloader.Subscriptions;
using YouTubeDownloader.YouTube;
using YouTubeDownloader.YouTube.Channels;

namespace YouTubeDownloader.Workflow.Subscription;

/// <summary>
/// One check of a subscription: read its list (a channel's until a page holds a video already seen, a playlist's whole,
/// both up to <c>Playlists__MaxEntries</c>), decide with <see cref="CheckPlan"/>, write the seen rows, start each
/// download as an ordinary task with the subscription's id, trim the seen set, and store what the check found.
/// </summary>
/// <remarks>
/// Safe to run twice (a retried activity, a worker that died): a video gets its download's id in its seen row before
/// the download exists, so a second run finds the row and only finishes what the first began (create the task if
/// absent, schedule its workflow if there is none); two runs at once collide on the row's insert and one retries.
/// </remarks>
public sealed class SubscriptionChecker(
    SubscriptionStore subscriptions,
    DownloadTaskStore tasks,
    PlaylistContentsReader lists,
    WorkflowClient workflow,
    IOptionsMonitor<SubscriptionOptions> options,
    IOptionsMonitor<PlaylistOptions> playlistOptions,
    TimeProvider time,
    ILogger<SubscriptionChecker> logger)
{
    /// <returns>False when the subscription is gone or no longer active: its workflow stops.</returns>
    /// <exception cref="DownloadFailedException">YouTube refuses the list (permanent: private, deleted) or fails (transient).</exception>
    public async Task<bool> CheckAsync(DurableTaskClient client, SubscriptionCheck check, CancellationToken cancellationToken)
    {
        var id = check.SubscriptionId;
        if (await subscriptions.GetAsync(id, cancellationToken) is not { IsActive: true } subscription)
        {
            return false;
        }

        var seen = await subscriptions.ReadSeenAsync(id, cancellationToken);
        if (!PlaylistId.TryParseId(subscription.ListId, out var list))
        {
            throw new DownloadFailedException(DownloadErrorCode.VideoUnavailable, Texts.InvalidList(subscription.ListId));
        }

        var contents = await lists.ReadAsync(list.Value, cancellationToken, page => CheckPlan.ReadsOn(subscription, page, seen));
        var now = time.GetUtcNow();
        var plan = CheckPlan.For(
            subscription, contents.Entries, seen, options.CurrentValue.MaxNewPerCheck, now, n => Guid.CreateVersion7(now.AddMilliseconds(n)));
        await subscriptions.AddSeenAsync(id, plan.NewlySeen, cancellationToken);
        await subscriptions.TouchSeenAsync(id, plan.SeenAgain, now, cancellationToken);
        foreach (var video in plan.NewlySeen)
        {
            seen[video.VideoId] = video;
        }

        // The new ones, and any a run before this one marked but did not get to start.
        var toStart = seen.Values.Where(v => v.AwaitsStart).OrderBy(v => v.TaskId).ToList();
        foreach (var video in toStart)
        {
            await StartAsync(client, subscription, video, now, cancellationToken);
            await subscriptions.MarkStartedAsync(id, video.VideoId, cancellationToken);
            seen[video.VideoId] = video with { Started = true };
        }

        await TrimAsync(id, seen, cancellationToken);
        var stored = await subscriptions.UpdateAsync(
            id,
            s => s with
            {
                Title = ChannelIds.TitleOf(list.Value.Value, contents.Title, contents.Author),
                LastCheckedAt = check.CheckedAt,
                NextCheckAt = s.IsActive ? check.NextCheckAt : null,
                VideosSeen = seen.Count,
                DownloadsStarted = s.DownloadsStarted + toStart.Count,
                LastError = null,
                Backfilled = true,
            },
            cancellationToken);
        // A check that found nothing new changes nothing worth a line.
        if (plan.NewlySeen.Count > 0 || toStart.Count > 0)
        {
            logger.LogInformation(
                "Subscription {SubscriptionId}: checked {Read} entries of {ListId}, {New} new seen, {Started} downloads started",
                id, contents.Entries.Count, subscription.ListId, plan.NewlySeen.Count, toStart.Count);
        }
        return stored is { IsActive: true };
    }

    private async Task StartAsync(DurableTaskClient client, Subscriptions.Subscription subscription, SeenVideo video, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var task = new DownloadTask
        {
            Id = video.TaskId!.Value,
            Url = YouTubeUrl.Watch(video.VideoId),
            VideoId = video.VideoId,
            Quality = subscription.Quality,
            DownloadType = subscription.DownloadType,
            CallbackUrl = subscription.CallbackUrl,
            Title = video.Title,
            CreatedAt = now,
            SubscriptionId = subscription.Id,
        };
        await tasks.CreateIfAbsentAsync(task, cancellationToken);
        if (await client.GetInstanceAsync(InstanceIds.Task(task.Id), cancellationToken) is null)
        {
            await workflow.ScheduleAsync(client, task, cancellationToken);
        }
    }

    /// <summary>
    /// Keeps the set within <see cref="SubscriptionOptions.MaxSeen"/> (and never below <c>Playlists__MaxEntries</c>): the
    /// videos unseen for longest go first. Everything this check read was stamped just now and is at most the cap, so no
    /// video still in the list is forgotten.
    /// </summary>
    private async Task TrimAsync(Guid id, Dictionary<string, SeenVideo> seen, CancellationToken cancellationToken)
    {
        var cap = Math.Max(options.CurrentValue.MaxSeen, playlistOptions.CurrentValue.MaxEntries);
        if (seen.Count <= cap)
        {
            return;
        }

        var forgotten = seen.Values.Where(v => !v.AwaitsStart).OrderBy(v => v.LastSeenAt).Take(seen.Count - cap).Select(v => v.VideoId).ToList();
        await subscriptions.ForgetSeenAsync(id, forgotten, cancellationToken);
        foreach (var videoId in forgotten)
        {
            seen.Remove(videoId);
        }
    }
}
