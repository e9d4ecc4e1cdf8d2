using YouTubeDownloader.YouTube.Cookies;

namespace YouTubeDownloader.Tests.YouTube.Cookies;

public sealed class YouTubeCookiesTests
{
    private static readonly DateTimeOffset Now = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000);
    private static readonly Uri Player = new("https://www.youtube.com/youtubei/v1/player");

    // As a browser extension exports it: a header comment, an HTTP-only line, a session cookie, an expired one,
    // one of another site, one limited to a path, and Windows line ends.
    private const string File =
        "# Netscape HTTP Cookie File\r\n" +
        "# This is a generated file! Do not edit.\r\n" +
        "\r\n" +
        ".youtube.com\tTRUE\t/\tTRUE\t1800000000\tSAPISID\tAb1-SAPISID/value\r\n" +
        "#HttpOnly_.youtube.com\tTRUE\t/\tTRUE\t1800000000\t__Secure-3PSID\tsecret-3psid\r\n" +
        ".youtube.com\tTRUE\t/\tFALSE\t0\tPREF\tf6=40000000&hl=en\r\n" +
        ".youtube.com\tTRUE\t/\tTRUE\t1600000000\tOLD\texpired-value\r\n" +
        ".google.com\tTRUE\t/\tTRUE\t1800000000\tSID\tgoogle-only\r\n" +
        "www.youtube.com\tFALSE\t/embed\tTRUE\t1800000000\tEMBED\tembed-only\r\n";

    [Fact]
    public void The_cookie_header_carries_the_live_youtube_cookies_for_the_request()
    {
        var cookies = YouTubeCookies.Parse(File);

        cookies.CookieHeader(Player, Now).Should().Be("SAPISID=Ab1-SAPISID/value; __Secure-3PSID=secret-3psid; PREF=f6=40000000&hl=en");
        cookies.CookieHeader(new Uri("https://www.youtube.com/embed/x"), Now).Should().EndWith("; EMBED=embed-only");
        cookies.CookieHeader(new Uri("http://www.youtube.com/"), Now).Should().Be("PREF=f6=40000000&hl=en");
        cookies.CookieHeader(new Uri("https://example.com/"), Now).Should().BeNull();
    }

    [Fact]
    public void The_authorization_is_the_sapisid_hash_of_the_time_and_the_origin()
    {
        var authorization = YouTubeCookies.Parse(File).Authorization(Now)!;

        // sha1("1700000000 Ab1-SAPISID/value https://www.youtube.com"), computed apart (Python's hashlib).
        authorization.Authorization.Should().Be("SAPISIDHASH 1700000000_ebcd5c6c7c36b6cb5ad37ef85bcf0af453276ed4");
        authorization.Origin.Should().Be("https://www.youtube.com");
        authorization.AuthUser.Should().Be("0");
    }

    [Fact]
    public void Without_sapisid_the_third_party_one_is_hashed()
    {
        var cookies = YouTubeCookies.Parse(".youtube.com\tTRUE\t/\tTRUE\t1800000000\t__Secure-3PAPISID\tThirdParty3P/val\n");

        cookies.Authorization(Now)!.Authorization.Should().Be("SAPISIDHASH 1700000000_86cb40d990dbfa1589a60a349263d16d5212d042");
    }

    [Fact]
    public void Without_either_there_is_no_authorization()
    {
        YouTubeCookies.Parse(".youtube.com\tTRUE\t/\tFALSE\t0\tPREF\thl=en\n").Authorization(Now).Should().BeNull();
        YouTubeCookies.Parse(null).IsEmpty.Should().BeTrue();
        YouTubeCookies.Parse("  ").Authorization(Now).Should().BeNull();
    }

    [Fact]
    public void No_text_of_the_cookies_shows_a_value()
    {
        var cookies = YouTubeCookies.Parse(File);
        var texts = new[] { cookies.ToString(), cookies.Authorization(Now)!.ToString() }
            .Concat(NetscapeCookieFile.Parse(File).Select(c => c.ToString()))
            .ToList();

        foreach (var secret in new[] { "Ab1-SAPISID/value", "secret-3psid", "f6=40000000", "google-only", "ebcd5c6c" })
        {
            texts.Should().AllSatisfy(t => t.Should().NotContain(secret));
        }

        cookies.ToString().Should().Be("YouTubeCookies(6 cookies)");
    }

    [Theory]
    [InlineData(".youtube.com\tTRUE\t/\tTRUE\t1800000000\tSAPISID\n", "line 1: expected 7 tab-separated fields, found 6")]
    [InlineData("# ok\n.youtube.com TRUE / TRUE 1800000000 SAPISID v\n", "line 2: expected 7 tab-separated fields, found 1")]
    [InlineData(".youtube.com\tTRUE\t/\tTRUE\tnever\tSAPISID\tsecret-v\n", "line 1: a domain, a name and an expiry")]
    public void A_line_that_is_not_a_cookie_is_named_by_its_number_without_its_text(string content, string message)
    {
        var parse = () => YouTubeCookies.Parse(content);

        var failure = parse.Should().Throw<FormatException>().Which;
        failure.Message.Should().Contain(message);
        failure.Message.Should().NotContain("SAPISID").And.NotContain("secret");
    }
}
