namespace YouTubeDownloader.Testing.Media;

/// <summary>One request the server saw: which media, which bytes, and the fault it got, if any.</summary>
public sealed record MediaRequestRecord(string Name, long Start, long End, MediaFault? Fault);
