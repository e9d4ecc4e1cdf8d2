namespace YouTubeDownloader.Testing.FakeYouTube;

/// <summary>
/// A request the fake's browse endpoint received: the body's <c>browseId</c>, <c>params</c> or <c>continuation</c>,
/// the <c>$fields</c> of the query, the client, the headers, the body. <see cref="PlaylistId"/> is the list it asked
/// for, when the fake could tell (a browse id, a first-page token, or one of its own tokens).
/// </summary>
public sealed record RecordedBrowseRequest(
    string? BrowseId,
    string? Params,
    string? Continuation,
    string? Fields,
    string? PlaylistId,
    string ClientName,
    IReadOnlyDictionary<string, string> Headers,
    string Body,
    string PathAndQuery);
