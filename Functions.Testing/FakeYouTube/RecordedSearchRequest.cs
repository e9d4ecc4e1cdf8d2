namespace YouTubeDownloader.Testing.FakeYouTube;

/// <summary>A request the fake's search endpoint received: the body's <c>query</c> or <c>continuation</c>, the client, the filter, the headers.</summary>
public sealed record RecordedSearchRequest(
    string? Query,
    string? Continuation,
    string ClientName,
    string? Params,
    IReadOnlyDictionary<string, string> Headers,
    string Body);
