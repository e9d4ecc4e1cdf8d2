namespace YouTubeDownloader.YouTube.Search;

/// <summary>YouTube rejected the continuation token a client sent back (400): the client's input, not YouTube's failure.</summary>
public sealed class SearchContinuationException(string message, Exception? inner = null) : Exception(message, inner);
