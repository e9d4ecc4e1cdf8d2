namespace YouTubeDownloader.Delivery;

/// <summary>Where a task's finished file stands, as the file routes answer it.</summary>
public enum FileState
{
    /// <summary>No such task, or it has not completed.</summary>
    NotReady,

    /// <summary>The task completed, but its blob is gone (removed by a retention rule or by hand).</summary>
    Missing,

    Ready,
}

/// <summary>What looking up a task's file found: its state, and the file (or its link) when it is <see cref="FileState.Ready"/>.</summary>
public sealed record FileLookup<T>(FileState State, T? Value)
    where T : class
{
    public static FileLookup<T> NotReady { get; } = new(FileState.NotReady, null);

    public static FileLookup<T> Missing { get; } = new(FileState.Missing, null);

    public static FileLookup<T> Ready(T value) => new(FileState.Ready, value);
}
