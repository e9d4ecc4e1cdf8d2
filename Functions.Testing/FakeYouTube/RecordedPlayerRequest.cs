namespace YouTubeDownloader.Testing.FakeYouTube;

/// <summary>One call the fake's player endpoint received: who asked, for what, with which headers and body.</summary>
public sealed record RecordedPlayerRequest(string ClientName, string VideoId, IReadOnlyDictionary<string, string> Headers, string Body, string PathAndQuery);
