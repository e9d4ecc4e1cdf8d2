namespace YouTubeDownloader.Transfer;

/// <summary>
/// The two halves of a transfer's work, each <c>count</c> at a time: fetching a range from the source and staging it.
/// A range whose bytes are in gives up its fetching slot before it is staged, so the next range's request is already on
/// the wire while this one goes to storage: the source's connections never wait on storage, and storage always has the
/// next blocks ready (as an SDK upload reading a local file has).
/// </summary>
/// <param name="stagingCancellation">
/// The transfer's own token, not the run's: a range whose bytes are in is staged even when another range failed and the
/// run is stopping, so that a retry does not fetch it again.
/// </param>
public sealed class TransferSlots(int count, CancellationToken stagingCancellation) : IDisposable
{
    private readonly SemaphoreSlim fetching = new(count, count);
    private readonly SemaphoreSlim staging = new(count, count);

    /// <summary>Ranges in progress at once: <c>count</c> fetching and <c>count</c> staging.</summary>
    public int InProgress { get; } = 2 * count;

    /// <summary>What staging runs under (see the constructor).</summary>
    public CancellationToken StagingCancellation { get; } = stagingCancellation;

    /// <summary>A fetching slot, given back when disposed.</summary>
    public Task<TransferSlot> FetchingAsync(CancellationToken cancellationToken) => EnterAsync(fetching, cancellationToken);

    /// <summary>A staging slot, given back when disposed.</summary>
    public Task<TransferSlot> StagingAsync() => EnterAsync(staging, StagingCancellation);

    public void Dispose()
    {
        fetching.Dispose();
        staging.Dispose();
    }

    private static async Task<TransferSlot> EnterAsync(SemaphoreSlim gate, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        return new TransferSlot(gate);
    }
}
