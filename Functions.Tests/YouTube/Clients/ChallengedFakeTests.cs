using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Web;
using YouTubeDownloader.Testing.FakeYouTube;
using YouTubeDownloader.YouTube.Clients;

namespace YouTubeDownloader.Tests.YouTube.Clients;

/// <summary>The fake YouTube answers a challenged format's media as YouTube does: only with the solver's answers and the PO token.</summary>
public sealed class ChallengedFakeTests : FakeYouTubeTests
{
    [Fact]
    public async Task Media_is_refused_without_the_right_sig_n_or_pot_and_served_with_them()
    {
        var player = ChallengeFixtures.Player();
        Fake.UsePlayer(player);
        var (videoId, json) = ChallengeFixtures.TvResponse();
        Fake.SetPlayer("WEB", videoId, PlayerAnswer.WithChallenges(json, requiresPoToken: true));
        using var http = new HttpClient { BaseAddress = Fake.BaseAddress };

        var (url, s, sp) = await FirstCipheredAsync(http, videoId, player.SignatureTimestamp, "the-token");
        var n = MediaUrl.Get(url, "n")!;
        var sig = player.Sig.Single(c => c.Input == s).Expected;
        var solvedN = player.N.Single(c => c.Input == n).Expected;
        var solved = MediaUrl.Set(MediaUrl.Set(MediaUrl.Set(url, sp, sig), "n", solvedN), "range", "0-99");

        (await StatusAsync(http, MediaUrl.Set(solved, "pot", "the-token"))).Should().Be(HttpStatusCode.OK);
        (await StatusAsync(http, solved)).Should().Be(HttpStatusCode.Forbidden, "no pot");
        (await StatusAsync(http, MediaUrl.Set(MediaUrl.Set(solved, "pot", "the-token"), "n", n))).Should().Be(HttpStatusCode.Forbidden, "n unsolved");
        (await StatusAsync(http, MediaUrl.Set(MediaUrl.Set(solved, "pot", "the-token"), sp, s))).Should().Be(HttpStatusCode.Forbidden, "sig unsolved");

        var (late, lateS, _) = await FirstCipheredAsync(http, videoId, signatureTimestamp: null, "the-token");
        var lateUrl = MediaUrl.Set(MediaUrl.Set(MediaUrl.Set(late, sp, player.Sig.Single(c => c.Input == lateS).Expected), "n",
            player.N.Single(c => c.Input == MediaUrl.Get(late, "n")).Expected), "pot", "the-token");
        (await StatusAsync(http, lateUrl)).Should().Be(HttpStatusCode.Forbidden, "without the player's signatureTimestamp no signature matches");
    }

    private static async Task<(string Url, string S, string Sp)> FirstCipheredAsync(HttpClient http, string videoId, int? signatureTimestamp, string poToken)
    {
        using var response = await http.PostAsJsonAsync("/youtubei/v1/player", new
        {
            context = new { client = new { clientName = "WEB" } },
            videoId,
            playbackContext = new { contentPlaybackContext = new { signatureTimestamp } },
            serviceIntegrityDimensions = new { poToken },
        });
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var cipher = HttpUtility.ParseQueryString(body.RootElement.GetProperty("streamingData").GetProperty("adaptiveFormats")[0].GetProperty("signatureCipher").GetString()!);
        return (cipher["url"]!, cipher["s"]!, cipher["sp"]!);
    }

    private static async Task<HttpStatusCode> StatusAsync(HttpClient http, string url)
    {
        using var response = await http.GetAsync(url);
        return response.StatusCode;
    }
}
