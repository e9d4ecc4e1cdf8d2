namespace YouTubeDownloader.Storage;

/// <summary>
/// Runs a create-if-missing call (a container, a table) until it has succeeded once, then never again.
/// Unlike a <see cref="Lazy{T}"/> of the task, a failure (storage down at the first request) is not kept:
/// the next caller tries again, so the app serves once storage is back.
/// </summary>
internal sealed class CreatedOnce(Func<Task> create)
{
    private readonly Lock gate = new();
    private Task? attempt;

    public Task EnsureAsync()
    {
        lock (gate)
        {
            if (attempt is null || attempt.IsFaulted || attempt.IsCanceled)
            {
                attempt = create();
            }

            return attempt;
        }
    }
}
