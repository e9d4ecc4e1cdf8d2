namespace YouTubeDownloader.Testing.Media;

/// <summary>What a <see cref="LocalMediaServer"/> does to one request instead of serving it well.</summary>
public abstract record MediaFault
{
    /// <summary>Serves the request normally; to script a fault for a later request.</summary>
    public sealed record Pass : MediaFault;

    /// <summary>Answers with this status and no body.</summary>
    public sealed record Status(int Code) : MediaFault;

    /// <summary>Sends this many body bytes, then drops the connection.</summary>
    public sealed record DropAfter(long Bytes) : MediaFault;

    /// <summary>Sends this many body bytes, then sends nothing for <paramref name="Duration"/>.</summary>
    public sealed record StallAfter(long Bytes, TimeSpan Duration) : MediaFault;
}
