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

    public int? NextStatus()
    {
        lock (gate)
        {
            if (statuses.TryPeek(out var s))
            {
                if (++statusesUsed >= s.Times)
                {
                    statuses.Dequeue();
                    statusesUsed = 0;
                }

                return s.StatusCode;
            }

            return null;
        }
    }

    public long? NextDrop()
    {
        lock (gate)
        {
            if (drops.TryPeek(out var d))
            {
                if (++dropsUsed >= d.Times)
                {
                    drops.Dequeue();
                    dropsUsed = 0;
                }

                return d.AfterBytes;
            }

            return null;
        }
    }
}
