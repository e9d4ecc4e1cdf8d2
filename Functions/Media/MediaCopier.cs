using System.Buffers;

namespace YouTubeDownloader.Media;

/// <summary>
/// Copies the chunks' sample bytes from the inputs to the output in write order. Samples that are contiguous in the
/// input are read in one go; the output gets large, whole-buffer writes (one block per write on a blob upload).
/// </summary>
internal sealed class MediaCopier : IDisposable
{
    public const int BufferSize = 1 << 20;

    private readonly Stream _output;
    private readonly byte[] _buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
    private int _filled;

    public MediaCopier(Stream output) => _output = output;

    public long Written { get; private set; }

    public async Task CopyAsync(IReadOnlyList<InputTrack> tracks, IReadOnlyList<OutputChunk> order, CancellationToken cancellationToken)
    {
        foreach (var chunk in order)
        {
            var track = tracks[chunk.Track];
            var samples = track.Samples;
            var end = chunk.FirstSample + chunk.SampleCount;
            for (var i = chunk.FirstSample; i < end;)
            {
                var start = samples[i].Offset;
                var length = 0L;
                do
                {
                    length += samples[i].Size;
                    i++;
                }
                while (i < end && samples[i].Offset == start + length);

                await CopyRangeAsync(track.Stream, start, length, cancellationToken).ConfigureAwait(false);
            }
        }

        await FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task WriteAsync(ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken)
    {
        await FlushAsync(cancellationToken).ConfigureAwait(false);
        await _output.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
        Written += bytes.Length;
    }

    public void Dispose() => ArrayPool<byte>.Shared.Return(_buffer);

    private async Task CopyRangeAsync(Stream input, long start, long length, CancellationToken cancellationToken)
    {
        if (input.Position != start)
        {
            input.Seek(start, SeekOrigin.Begin);
        }

        while (length > 0)
        {
            var count = (int)Math.Min(length, BufferSize - _filled);
            await input.ReadExactlyAsync(_buffer.AsMemory(_filled, count), cancellationToken).ConfigureAwait(false);
            _filled += count;
            length -= count;
            if (_filled == BufferSize)
            {
                await FlushAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (_filled == 0)
        {
            return;
        }

        await _output.WriteAsync(_buffer.AsMemory(0, _filled), cancellationToken).ConfigureAwait(false);
        Written += _filled;
        _filled = 0;
    }
}
