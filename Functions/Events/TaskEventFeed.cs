using System.Runtime.CompilerServices;
using Microsoft.Extensions.Options;
using YouTubeDownloader.Delivery;
using YouTubeDownloader.Downloads;
using YouTubeDownloader.Views;

namespace YouTubeDownloader.Events;

/// <summary>
/// A task's live progress: the task as it is now, then each change as the store shows it, then its end. The workflow
/// writes progress to the task's row about once a second, so reading the row at that pace sees every change a client
/// could see by polling, with one point read per interval (a playlist task: one more query, its entries) and no other
/// moving part (no queue, no pub/sub to keep).
/// </summary>
public sealed class TaskEventFeed(DownloadQueries downloads, IOptions<DeliveryOptions> options, TimeProvider time)
{
    /// <summary>
    /// Events for <paramref name="current"/> (already read, so an unknown id is answered before any stream starts).
    /// Ends after the <see cref="TaskEventKind.End"/> event, when the task is removed, after
    /// <see cref="DeliveryOptions.EventsMaxMinutes"/>, or when <paramref name="cancellationToken"/> fires (the client left);
    /// none of those is an error.
    /// </summary>
    public async IAsyncEnumerable<TaskEvent> FollowAsync(DownloadTask current, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var deadline = time.GetUtcNow() + TimeSpan.FromMinutes(options.Value.EventsMaxMinutes);
        while (!current.IsFinished)
        {
            yield return new TaskEvent(TaskEventKind.Progress, current);
            if (await NextChangeAsync(current, deadline, cancellationToken) is not { } next)
            {
                yield break;
            }

            current = next;
        }

        yield return new TaskEvent(TaskEventKind.End, current);
    }

    /// <summary>The task once it differs from <paramref name="seen"/>; null when it is gone, the time is up or the client left.</summary>
    private async Task<DownloadTask?> NextChangeAsync(DownloadTask seen, DateTimeOffset deadline, CancellationToken cancellationToken)
    {
        try
        {
            while (true)
            {
                var left = deadline - time.GetUtcNow();
                if (left <= TimeSpan.Zero)
                {
                    return null;
                }

                await Task.Delay(left < options.Value.EventsPollInterval ? left : options.Value.EventsPollInterval, time, cancellationToken);
                // As the status route reads it: a playlist task is what its entries make of it.
                var now = await downloads.GetAsync(seen.Id, cancellationToken);

                // A change is one the client can see (two speeds may print alike; the blob name is not shown).
                if (now is null || TaskView.From(now) != TaskView.From(seen))
                {
                    return now;
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return null;
        }
    }
}
