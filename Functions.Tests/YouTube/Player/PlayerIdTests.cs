using YouTubeDownloader.YouTube.Player;

namespace YouTubeDownloader.Tests.YouTube.Player;

public sealed class PlayerIdTests
{
    [Fact]
    public void The_id_is_read_from_iframe_api_with_its_escaped_slashes()
    {
        const string body = "var scriptUrl = 'https:\\/\\/www.youtube.com\\/s\\/player\\/C9168c90\\/www-widgetapi.vflset\\/www-widgetapi.js';";

        PlayerId.TryFind(body, out var id).Should().BeTrue();

        id!.Value.Value.Should().Be("c9168c90");
        id.Value.ScriptPath.Should().Be("/s/player/c9168c90/player_ias.vflset/en_US/base.js");
    }

    [Fact]
    public void The_id_is_read_from_a_watch_page()
    {
        const string page = "<script>ytcfg.set({\"PLAYER_JS_URL\":\"/s/player/0a1b2c3d/player_ias.vflset/en_US/base.js\"});</script>";

        PlayerId.TryFind(page, out var id).Should().BeTrue();

        id!.Value.ToString().Should().Be("0a1b2c3d");
    }

    [Theory]
    [InlineData("no player here")]
    [InlineData("/s/player/c9168c9/base.js")]
    [InlineData("/s/player/zz168c90/base.js")]
    public void A_page_without_an_id_of_8_hex_digits_has_none(string body)
    {
        PlayerId.TryFind(body, out var id).Should().BeFalse();
        id.Should().BeNull();
    }

    [Theory]
    [InlineData("c9168c90", true)]
    [InlineData("C9168C90", true)]
    [InlineData("c9168c9", false)]
    [InlineData("c9168c900", false)]
    [InlineData("g9168c90", false)]
    [InlineData(null, false)]
    public void Only_8_hex_digits_parse(string? text, bool parses)
    {
        PlayerId.TryParse(text, out _).Should().Be(parses);
    }
}
