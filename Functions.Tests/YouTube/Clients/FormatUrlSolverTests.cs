using System.Text.Json;
using YouTubeDownloader.YouTube;
using YouTubeDownloader.YouTube.Clients;
using YouTubeDownloader.YouTube.Wire;
using YouTubeDownloader.YouTube.Videos;

namespace YouTubeDownloader.Tests.YouTube.Clients;

public sealed class FormatUrlSolverTests
{
    private const string Audio = """{"itag":140,"mimeType":"audio/mp4; codecs=\"mp4a.40.2\"","bitrate":130000,"contentLength":"1000"}""";

    [Fact]
    public void A_signature_cipher_becomes_its_url_with_the_answer_under_sp_and_n_is_replaced()
    {
        var formats = Formats(Ciphered("s=AB%3DC&sp=sig&url=https%3A%2F%2Fr1.googlevideo.com%2Fvideoplayback%3Fitag%3D140%26n%3Dnnn%26x%3Da%252Cb"));

        var solved = FormatUrlSolver.Solve(formats, s => $"sig({s})", n => $"n({n})", null);

        var url = solved.Formats.Single().Url!;
        url.Should().Be($"https://r1.googlevideo.com/videoplayback?itag=140&n={Uri.EscapeDataString("n(nnn)")}&x=a%2Cb&sig={Uri.EscapeDataString("sig(AB=C)")}");
        solved.Ciphered.Should().Be(1);
        solved.Solved.Should().Be(1);
        FormatFilter.Usable(solved.Formats).Should().ContainSingle("a solved format is taken like a plain one");
    }

    [Fact]
    public void Each_distinct_n_is_solved_once_however_many_formats_carry_it()
    {
        var calls = new List<string>();
        var formats = Formats(
            Plain("https://r1.googlevideo.com/videoplayback?itag=140&n=same"),
            Plain("https://r1.googlevideo.com/videoplayback?itag=141&n=same"),
            Plain("https://r1.googlevideo.com/videoplayback?itag=142&n=other"));

        var solved = FormatUrlSolver.Solve(formats, s => s, n => { calls.Add(n); return n.ToUpperInvariant(); }, null);

        calls.Should().Equal("same", "other");
        solved.DistinctN.Should().Be(2);
        solved.WithN.Should().Be(3);
        solved.Formats.Select(f => MediaUrl.Get(f.Url!, "n")).Should().Equal("SAME", "SAME", "OTHER");
    }

    [Fact]
    public void Without_a_player_the_formats_stay_as_they_came_and_the_chooser_drops_them()
    {
        var formats = Formats(Ciphered("s=AB&sp=sig&url=https%3A%2F%2Fr1.googlevideo.com%2Fv%3Fn%3Dx"), Plain("https://r1.googlevideo.com/v?itag=140&n=x"));

        var solved = FormatUrlSolver.Solve(formats, null, null, null);

        solved.Solved.Should().Be(0);
        solved.ChallengesNeeded.Should().BeTrue();
        FormatFilter.Usable(solved.Formats).Should().BeEmpty();
    }

    [Fact]
    public void A_po_token_goes_on_every_url_as_pot()
    {
        var solved = FormatUrlSolver.Solve(Formats(Plain("https://r1.googlevideo.com/videoplayback?itag=140")), null, null, "tok/en+1");

        MediaUrl.Get(solved.Formats.Single().Url!, "pot").Should().Be("tok/en+1");
        solved.ChallengesNeeded.Should().BeFalse();
    }

    private static string Ciphered(string cipher) => Audio.Replace("}", $",\"signatureCipher\":{JsonSerializer.Serialize(cipher)}}}");

    private static string Plain(string url) => Audio.Replace("}", $",\"url\":{JsonSerializer.Serialize(url)}}}");

    private static IReadOnlyList<StreamingFormat> Formats(params string[] formats) =>
        PlayerResponse.Parse("{\"streamingData\":{\"adaptiveFormats\":[" + string.Join(',', formats) + "]}}").StreamingData!.Value.All.ToList();
}
