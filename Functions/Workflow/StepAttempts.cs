using Azure;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;
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
    public async Task<T> RunAsync<T>(
        Guid taskId, int run, Func<Task<Exception>> stop, Func<CancellationToken, Task<T>> step, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var retried = false;
        var pipeline = new ResiliencePipelineBuilder { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = settings.MaxActivityAttempts - 1,
                Delay = settings.FirstRetryInterval,
                BackoffType = DelayBackoffType.Exponential,
                MaxDelay = TimeSpan.FromMinutes(1),
                ShouldHandle = new PredicateBuilder().Handle<DownloadFailedException>(e => e.IsRetryable),
                OnRetry = async args =>
                {
                    var failure = (DownloadFailedException)args.Outcome.Exception!;
                    var next = args.AttemptNumber + 2;
                    logger.LogWarning(
                        "Task {TaskId}: attempt {Attempt} of {MaxAttempts} failed: {Code} {Detail}; next in {Delay}",
                        taskId, next - 1, settings.MaxActivityAttempts, failure.Code.ToWire(), failure.Message, args.RetryDelay);
                    retried = true;
                    if (!await ShowAsync(taskId, run, next, new TaskError(failure.Code, failure.Text), args.Context.CancellationToken))
                    {
                        throw await stop();
                    }
                },
            })
            .Build();

        var result = await pipeline.ExecuteAsync(
            async ct =>
            {
                try
                {
                    return await step(ct);
                }
                catch (Exception e) when (Classified(e) is { } failure)
                {
                    throw failure;
                }
            },
            cancellationToken);
        if (retried)
        {
            await ShowAsync(taskId, run, null, null, cancellationToken);
        }

        return result;
    }

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
