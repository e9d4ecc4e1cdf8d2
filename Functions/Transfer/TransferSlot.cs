namespace YouTubeDownloader.Transfer;

/// <summary>One taken slot of <see cref="TransferSlots"/>; disposing gives it back.</summary>
public readonly struct TransferSlot(SemaphoreSlim gate) : IDisposable
{
    public void Dispose() => gate.Release();
}
