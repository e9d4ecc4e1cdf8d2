using Microsoft.AspNetCore.Http;

namespace YouTubeDownloader.Testing.FakeYouTube;

/// <summary>What a media URL the fake handed out must carry to be answered: the solver's answers and the PO token; null checks nothing.</summary>
internal sealed record ChallengeExpectation(string? Sig, string? N, string? PoToken)
{
    public bool Accepts(IQueryCollection query) =>
        Matches(query, "sig", Sig) && Matches(query, "n", N) && Matches(query, "pot", PoToken);

    private static bool Matches(IQueryCollection query, string name, string? expected) =>
        expected is null || string.Equals(query[name].ToString(), expected, StringComparison.Ordinal);
}
