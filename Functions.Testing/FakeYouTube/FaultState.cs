namespace YouTubeDownloader.Testing.FakeYouTube;

/// <summary>The scripted faults of one stream and how much of each is used up. Thread-safe.</summary>
internal sealed class FaultState
{
    private readonly object gate = new();
    private readonly List<StreamFault.ForbidAfter> forbids = [];
    private readonly HashSet<int> forbiddenGenerations = [];
    private readonly List<int> seenGenerations = [];
    private readonly Queue<StreamFault.DropAfter> drops = new();
    private readonly Queue<StreamFault.Status> statuses = new();
    private int dropsUsed;
    private int statusesUsed;

    public void Add(StreamFault fault)
    {
        lock (gate)
        {
            switch (fault)
            {
                case StreamFault.ForbidAfter f: forbids.Add(f); break;
                case StreamFault.DropAfter d: drops.Enqueue(d); break;
                case StreamFault.Status s: statuses.Enqueue(s); break;
            }
        }
    }

    /// <summary>Whether a request on <paramref name="gen"/> is refused, given the bytes that generation has served.</summary>
    public bool IsForbidden(int gen, long servedOnGeneration)
    {
        lock (gate)
        {
            if (!seenGenerations.Contains(gen))
            {
                seenGenerations.Add(gen);
            }

            var index = seenGenerations.IndexOf(gen);
            foreach (var forbid in forbids)
            {
                if (index < forbid.Generations && servedOnGeneration >= forbid.AfterBytes)
                {
                    forbiddenGenerations.Add(gen);
                }
            }

            return forbiddenGenerations.Contains(gen);
        }
    }

    public int? NextStatus() => Take(statuses, ref statusesUsed, s => s.Times)?.StatusCode;

    public long? NextDrop() => Take(drops, ref dropsUsed, d => d.Times)?.AfterBytes;

    /// <summary>The fault at the head of <paramref name="queue"/>, used once more; it leaves the queue after its last use.</summary>
    private T? Take<T>(Queue<T> queue, ref int used, Func<T, int> times)
        where T : class
    {
        lock (gate)
        {
            if (!queue.TryPeek(out var fault))
            {
                return null;
            }

            if (++used >= times(fault))
            {
                queue.Dequeue();
                used = 0;
            }

            return fault;
        }
    }
}
