namespace YouTubeDownloader.Api.Results;

/// <summary>
/// A write-only stream over the response body that takes synchronous writes without blocking: it holds them and sends
/// them ahead of the next asynchronous write or flush.
/// </summary>
/// <remarks>
/// Hand-written because <see cref="System.IO.Compression.ZipArchive"/> (.NET 10) still writes each entry's data
/// descriptor (16–24 bytes) synchronously when the entry's stream is disposed, even through <c>DisposeAsync</c>, and
/// Kestrel refuses synchronous writes (<c>AllowSynchronousIO</c> off: a thread blocked per slow client). Everything
/// else the archive writes, the file bytes above all, goes through asynchronously and is never held.
/// </remarks>
public sealed class SyncWriteDeferringStream(Stream inner) : WriteOnlyStream
{
    // Far above the few small records written synchronously; more would mean the archive changed how it writes.
    private const int MaxHeldBytes = 64 * 1024;

    private readonly MemoryStream held = new();

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        if (held.Length + buffer.Length > MaxHeldBytes)
        {
            throw new InvalidOperationException($"More than {MaxHeldBytes} bytes written synchronously to the response.");
        }

        held.Write(buffer);
    }

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        await SendHeldAsync(cancellationToken);
        await inner.WriteAsync(buffer, cancellationToken);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    /// <summary>Nothing can be sent synchronously: what is held goes with the next asynchronous call.</summary>
    public override void Flush()
    {
    }

    public override async Task FlushAsync(CancellationToken cancellationToken)
    {
        await SendHeldAsync(cancellationToken);
        await inner.FlushAsync(cancellationToken);
    }

    public override async ValueTask DisposeAsync()
    {
        await SendHeldAsync(CancellationToken.None);
        await held.DisposeAsync();
        await base.DisposeAsync();
    }

    private async Task SendHeldAsync(CancellationToken cancellationToken)
    {
        if (held.Length == 0)
        {
            return;
        }

        await inner.WriteAsync(held.GetBuffer().AsMemory(0, (int)held.Length), cancellationToken);
        held.SetLength(0);
    }
}
