using System.Collections;

namespace YouTubeDownloader.Media;

/// <summary>
/// The samples of a track in fixed blocks of 3,000 (72 KB, under the large-object threshold): growing never copies
/// what is already stored, so a 2-hour track costs its size once instead of the up-to-triple of a doubling list.
/// </summary>
internal sealed class SampleList : IReadOnlyList<Sample>
{
    private const int BlockLength = 3000;

    private readonly List<Sample[]> _blocks = [];

    public int Count { get; private set; }

    public Sample this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)Count, nameof(index));
            return _blocks[index / BlockLength][index % BlockLength];
        }

        set
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)Count, nameof(index));
            _blocks[index / BlockLength][index % BlockLength] = value;
        }
    }

    public void Add(Sample sample)
    {
        if (Count % BlockLength == 0)
        {
            _blocks.Add(new Sample[BlockLength]);
        }

        _blocks[^1][Count % BlockLength] = sample;
        Count++;
    }

    public IEnumerator<Sample> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return _blocks[i / BlockLength][i % BlockLength];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
