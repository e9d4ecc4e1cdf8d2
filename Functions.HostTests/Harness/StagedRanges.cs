using YouTubeDownloader.Testing.FakeYouTube;

namespace YouTubeDownloader.HostTests.Harness;

/// <summary>
/// The video ranges staged at one moment (served whole more than <see cref="StagingLag"/> before it: one served since may
/// not have landed in its block yet), for checking after a process died that none of them was fetched again.
/// </summary>
public sealed class StagedRanges
{
    private readonly FakeYouTubeServer youTube;
    private readonly int requestsBefore;
    private readonly HashSet<(string VideoId, int Itag, long Start)> ranges;

    /// <summary>
    /// How long a served range may take to land in its block: a second on a quiet machine, several when the worker is
    /// starved (a 2-core machine at a load of 30 and more saw a range served a second before the kill fetched again).
    /// </summary>
    public static readonly TimeSpan StagingLag = TimeSpan.FromSeconds(3);

    public StagedRanges(HostTestbed testbed)
    {
        youTube = testbed.YouTube;
        requestsBefore = youTube.MediaRequests.Count;
        var now = DateTimeOffset.UtcNow;
        ranges = testbed.ServedMediaRanges().Where(r => r.At < now - StagingLag).Select(r => (r.VideoId, r.Itag, r.Start)).ToHashSet();
    }

    public int Count => ranges.Count;

    /// <summary>Requests since the moment for a range staged by then.</summary>
    public List<RecordedMediaRequest> FetchedAgain() => youTube.MediaRequests.Skip(requestsBefore)
        .Where(r => r.Method == "GET" && r.Range is not null && ranges.Contains((r.VideoId, r.Itag, r.Range.Value.Start)))
        .ToList();
}
