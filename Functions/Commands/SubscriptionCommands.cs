using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Options;
using YouTubeDownloader.Downloads;
using YouTubeDownloader.Playlists;
using YouTubeDownloader.Storage;
using YouTubeDownloader.Subscriptions;
using YouTubeDownloader.Workflow.Subscription;
using YouTubeDownloader.YouTube;
using YouTubeDownloader.YouTube.Channels;
using YouTubeDownloader.Sources;

namespace YouTubeDownloader.Commands;

/// <summary>
/// What the subscription routes change, without HTTP: create, pause, resume, check now, delete. The durable client comes
/// in per call, as for <see cref="DownloadCommands"/>. Downloads a subscription started are ordinary tasks and stay.
/// </summary>
public sealed class SubscriptionCommands(
    SubscriptionStore store,
    SubscriptionWorkflow workflow,
    ChannelResolver channels,
    IPlaylistSource lists,
    IOptionsMonitor<SubscriptionOptions> options,
    TimeProvider time)
{
    /// <summary>
    /// Resolves the channel (or takes the playlist), reads the list's first page (its title, and YouTube's refusal), stores
    /// the subscription and starts its workflow, which checks at once. Nothing is stored when any of that fails.
    /// </summary>
    /// <exception cref="DownloadFailedException">YouTube knows no such channel or refuses the list.</exception>
    public async Task<SubscriptionResult> CreateAsync(DurableTaskClient client, NewSubscription request, CancellationToken cancellationToken)
    {
        if (await LimitReachedAsync(cancellationToken))
        {
            return SubscriptionResult.LimitReached;
        }

        var list = request.Channel is { } channel
            ? await channels.UploadsAsync(channel, cancellationToken)
            : PlaylistId.TryParseId(request.ListId, out var id) ? id.Value : throw new ArgumentException("A subscription needs a channel or a list.", nameof(request));
        var page = await lists.ReadFirstPageAsync(list, cancellationToken);
        var now = time.GetUtcNow();
        var subscription = new Subscription
        {
            Id = Guid.CreateVersion7(now),
            Url = request.Url,
            Source = request.Channel is null ? SubscriptionSource.Playlist : SubscriptionSource.Channel,
            ListId = list.Value,
            Title = ChannelIds.TitleOf(list.Value, page.Title, page.Author),
            Quality = request.Quality,
            DownloadType = request.DownloadType,
            CallbackUrl = request.CallbackUrl,
            CheckEveryMinutes = request.CheckEveryMinutes,
            Backfill = request.Backfill,
            CreatedAt = now,
            NextCheckAt = now,
        };
        await store.CreateAsync(subscription, cancellationToken);
        try
        {
            await workflow.StartAsync(client, subscription, cancellationToken);
        }
        catch
        {
            // A row without a workflow would claim checks that never come.
            await store.DeleteAsync(subscription.Id, CancellationToken.None);
            throw;
        }

        return new SubscriptionResult(SubscriptionOutcome.Done, subscription);
    }

    /// <summary>Stops the checks; what it has seen is kept for a resume. A paused or failed subscription stays as it is.</summary>
    public async Task<SubscriptionResult> PauseAsync(DurableTaskClient client, Guid id, CancellationToken cancellationToken)
    {
        var paused = await store.UpdateAsync(
            id, s => s.IsActive ? s with { Status = SubscriptionStatus.Paused, NextCheckAt = null } : null, cancellationToken);
        if (paused is null)
        {
            return SubscriptionResult.NotFound;
        }

        await workflow.StopAsync(client, id, cancellationToken);
        return new SubscriptionResult(SubscriptionOutcome.Done, paused);
    }

    /// <summary>Makes a paused or failed subscription active again, with a check at once; an active one stays as it is.</summary>
    public async Task<SubscriptionResult> ResumeAsync(DurableTaskClient client, Guid id, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(id, cancellationToken) is not { } current)
        {
            return SubscriptionResult.NotFound;
        }

        if (current.IsActive)
        {
            return new SubscriptionResult(SubscriptionOutcome.Done, current);
        }

        if (await LimitReachedAsync(cancellationToken))
        {
            return SubscriptionResult.LimitReached;
        }

        var resumed = await store.UpdateAsync(
            id, s => s with { Status = SubscriptionStatus.Active, NextCheckAt = time.GetUtcNow() }, cancellationToken);
        if (resumed is null)
        {
            return SubscriptionResult.NotFound;
        }

        await workflow.StartAsync(client, resumed, cancellationToken);
        return new SubscriptionResult(SubscriptionOutcome.Done, resumed);
    }

    /// <summary>Wakes the workflow for a check now; one whose orchestration is gone is started again (which checks at once).</summary>
    public async Task<SubscriptionResult> CheckNowAsync(DurableTaskClient client, Guid id, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(id, cancellationToken) is not { } subscription)
        {
            return SubscriptionResult.NotFound;
        }

        if (!subscription.IsActive)
        {
            return new SubscriptionResult(SubscriptionOutcome.NotActive, subscription);
        }

        if (!await workflow.CheckNowAsync(client, id, cancellationToken))
        {
            await workflow.StartAsync(client, subscription, cancellationToken);
        }

        return new SubscriptionResult(SubscriptionOutcome.Done, subscription);
    }

    /// <summary>Stops the workflow, removes its history and the subscription with what it has seen; its downloads stay. False when there is none.</summary>
    public async Task<bool> DeleteAsync(DurableTaskClient client, Guid id, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(id, cancellationToken) is null)
        {
            return false;
        }

        await workflow.RemoveAsync(client, id, cancellationToken);
        return await store.DeleteAsync(id, cancellationToken);
    }

    // A soft limit: two creations at the same moment may both pass it.
    private async Task<bool> LimitReachedAsync(CancellationToken cancellationToken) =>
        await store.CountActiveAsync(cancellationToken) >= options.CurrentValue.MaxActive;
}
