using System.Net;

namespace YouTubeDownloader.Testing.FakeYouTube;

/// <summary>A hand-made playlist the fake's browse endpoint serves. Settable while a test runs (a failure mid-way).</summary>
public sealed class FakePlaylist(string id, string title, string? author, IReadOnlyList<FakePlaylistEntry> entries)
{
    public string Id { get; } = id;

    public string Title { get; set; } = title;

    public string? Author { get; set; } = author;

    public IReadOnlyList<FakePlaylistEntry> Entries { get; set; } = entries;

    /// <summary>Rows per page (YouTube's is 100); small values exercise continuations.</summary>
    public int PageSize { get; set; } = 100;

    /// <summary>When set, every browse of this list answers this status (5xx, 429…) instead of a page.</summary>
    public HttpStatusCode? FailWith { get; set; }

    /// <summary>When set, every browse of this list answers this body with 200 (an answer that is no playlist page).</summary>
    public string? AnswerBody { get; set; }

    /// <summary>When set, the header browse answers this ERROR alert ("This playlist is private.").</summary>
    public string? ErrorAlert { get; set; }
}
