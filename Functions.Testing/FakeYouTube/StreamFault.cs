namespace YouTubeDownloader.Testing.FakeYouTube;

/// <summary>A scripted misbehaviour of one stream (video id + itag).</summary>
public abstract record StreamFault
{
    /// <summary>
    /// Once <paramref name="AfterBytes"/> bytes have been served from one URL generation (one player response), that URL
    /// answers 403 from then on, like an expired or revoked URL. Applies to the first <paramref name="Generations"/>
    /// generations that serve the stream: 1 lets a fresh player response cure it, <see cref="int.MaxValue"/> never.
    /// </summary>
    public sealed record ForbidAfter(long AfterBytes, int Generations = 1) : StreamFault;

    /// <summary>The next <paramref name="Times"/> responses drop the connection after <paramref name="AfterBytes"/> bytes of body.</summary>
    public sealed record DropAfter(long AfterBytes, int Times = 1) : StreamFault;

    /// <summary>The next <paramref name="Times"/> requests answer <paramref name="Status"/> (e.g. 503, 429).</summary>
    public sealed record Status(int StatusCode, int Times = 1) : StreamFault;
}
