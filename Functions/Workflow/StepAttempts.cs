using Azure;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using YouTubeDownloader.Downloads;
using YouTubeDownloader.Storage;

namespace YouTubeDownloader.Workflow;

/// <summary>
/// Runs one step of a task's workflow inside its activity, trying it again while the failure's code says it may pass
/// (<see cref="DownloadErrorCodes.IsRetryable"/>), with the workflow's attempts and backoff. Before each wait the task shows
/// the attempt it waits for and why the one before failed (<see cref="DownloadTask.Attempt"/>, <see cref="DownloadTask.LastError"/>);
/// once the step succeeds both are cleared. The activity then fails once, with the last failure, so the host logs one
/// failed invocation (with its exception) per step instead of one per attempt.
/// </summary>
/// <remarks>
/// A failure of no known kind is classified here, once: storage as <c>storage_error</c>, anything else as
/// <c>internal_error</c>, both retried. A cancel or removal (<see cref="TaskNoLongerActiveException"/>) and the host's own
/// cancellation pass through untouched.
/// </remarks>
public sealed class StepAttempts(DownloadTaskStore tasks, IOptions<WorkflowOptions> options, TimeProvider time, ILogger<StepAttempts> logger)
{
    /// <param name="stop">What the step throws when it finds the task cancelled, removed or retried under it.</param>
    /// <remarks>
    /// A plain loop rather than a resilience pipeline: the last failure leaves with its own stack alone, which the host
    /// logs as it is; the waits are the workflow's (no jitter: one task's steps do not compete with each other).
    /// </remarks>
    public async Task<T> RunAsync<T>(
        Guid taskId, int run, Func<Task<Exception>> stop, Func<CancellationToken, Task<T>> step, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        for (var attempt = 1; ; attempt++)
        {
            DownloadFailedException failure;
            try
            {
                var result = await step(cancellationToken);
                if (attempt > 1)
                {
                    await ShowAsync(taskId, run, null, null, cancellationToken);
                }

                return result;
            }
            catch (DownloadFailedException e) when (e.IsRetryable && attempt < settings.MaxActivityAttempts)
            {
                failure = e;
            }
            catch (Exception e) when (attempt < settings.MaxActivityAttempts && Classified(e) is { } classified)
            {
                failure = classified;
            }
            catch (Exception e) when (Classified(e) is { } classified)
            {
                throw classified;
            }

            var delay = Delay(settings.FirstRetryInterval, attempt);
            logger.LogWarning(
                "Task {TaskId}: attempt {Attempt} of {MaxAttempts} failed: {Code} {Detail}; next in {Delay}",
                taskId, attempt, settings.MaxActivityAttempts, failure.Code.ToWire(), failure.Message, delay);
            if (!await ShowAsync(taskId, run, attempt + 1, new TaskError(failure.Code, failure.Text), cancellationToken))
            {
                throw await stop();
            }

            await Task.Delay(delay, time, cancellationToken);
        }
    }

    /// <summary>The wait before attempt <paramref name="failed"/> + 1: doubling from the first, at most a minute.</summary>
    public static TimeSpan Delay(TimeSpan first, int failed) =>
        TimeSpan.FromTicks((long)Math.Min(first.Ticks * Math.Pow(2, failed - 1), TimeSpan.FromMinutes(1).Ticks));

    /// <summary>Writes the attempt to the task; false when the task is no longer this run's to write.</summary>
    private async Task<bool> ShowAsync(Guid taskId, int run, int? attempt, TaskError? error, CancellationToken cancellationToken)
    {
        var task = await tasks.UpdateAsync(
            taskId, t => t.IsActiveRun(run) ? t with { Attempt = attempt, LastError = error } : null, cancellationToken);
        return task is not null && task.IsActiveRun(run);
    }

    /// <summary>The failure with a code for an exception that has none; null for those that pass through as they are.</summary>
    private static DownloadFailedException? Classified(Exception e) => e switch
    {
        DownloadFailedException or TaskNoLongerActiveException or OperationCanceledException => null,
        RequestFailedException or AggregateException { InnerException: RequestFailedException } =>
            new DownloadFailedException(DownloadErrorCode.StorageError, $"Storage failed: {e.Message}", e),
        _ => new DownloadFailedException(DownloadErrorCode.InternalError, $"{e.GetType().FullName}: {e.Message}", e),
    };
}
