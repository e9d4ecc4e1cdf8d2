using YouTubeDownloader.YouTube.Channels;

namespace YouTubeDownloader.Tests.Subscriptions;

public sealed class ChannelUrlTests
{
    [Theory]
    [InlineData("https://www.youtube.com/@SomeChannel", "@SomeChannel", null)]
    [InlineData("youtube.com/@SomeChannel/videos", "@SomeChannel", null)]
    [InlineData("https://m.youtube.com/@some.channel-1_x/VIDEOS?view=0", "@some.channel-1_x", null)]
    [InlineData("https://www.youtube.com/@%E6%97%A5%E6%9C%AC%E8%AA%9E%E3%83%81%E3%83%A3%E3%83%B3%E3%83%8D%E3%83%AB", "@日本語チャンネル", null)]
    [InlineData("https://www.youtube.com/channel/UCsubsChannel000000001ab", "channel/UCsubsChannel000000001ab", "UCsubsChannel000000001ab")]
    [InlineData("https://www.youtube.com/channel/UCsubsChannel000000001ab/videos", "channel/UCsubsChannel000000001ab", "UCsubsChannel000000001ab")]
    [InlineData("https://www.youtube.com/c/SomeName", "c/SomeName", null)]
    [InlineData("https://www.youtube.com/user/SomeUser/videos", "user/SomeUser", null)]
    public void Channel_urls_name_the_channel(string url, string path, string? channelId)
    {
        ChannelUrl.TryParse(url, out var channel).Should().BeTrue();
        channel.Should().Be(new ChannelUrl(path, channelId, null));
        channel!.CanonicalUrl.Should().Be("https://www.youtube.com/" + path);
        ChannelUrl.FromPath(path).Should().Be(channel, "a playlist task stores the path and reads it back");
    }

    [Theory]
    [InlineData("https://www.youtube.com/@SomeChannel/shorts", "shorts")]
    [InlineData("https://www.youtube.com/@SomeChannel/streams", "streams")]
    [InlineData("https://www.youtube.com/channel/UCsubsChannel000000001ab/Live", "live")]
    [InlineData("https://www.youtube.com/c/SomeName/playlists", "playlists")]
    public void Other_tabs_name_the_channel_with_the_tab(string url, string tab)
    {
        ChannelUrl.TryParse(url, out var channel).Should().BeTrue();
        channel!.Tab.Should().Be(tab);
    }

    [Theory]
    [InlineData("https://www.youtube.com/channel/UCshort")]
    [InlineData("https://www.youtube.com/channel/XXsubsChannel000000001ab")]
    [InlineData("https://www.youtube.com/@ab")]
    [InlineData("https://www.youtube.com/@bad$name")]
    [InlineData("https://www.youtube.com/@SomeChannel/videos/extra")]
    public void Malformed_channel_urls_are_channels_without_a_value(string url)
    {
        ChannelUrl.TryParse(url, out var channel).Should().BeTrue();
        channel.Should().BeNull();
    }

    [Theory]
    [InlineData("https://www.youtube.com/watch?v=dQw4w9WgXcQ")]
    [InlineData("https://www.youtube.com/playlist?list=PL8dPuuaLjXtOAKed_MxxWBNaPno5h3Zs8")]
    [InlineData("https://vimeo.com/@SomeChannel")]
    [InlineData("https://www.youtube.com:8443/@SomeChannel")]
    [InlineData("@SomeChannel")]
    [InlineData("")]
    [InlineData(null)]
    public void Other_urls_are_no_channel(string? url) => ChannelUrl.TryParse(url, out _).Should().BeFalse();

    [Fact]
    public void A_channels_uploads_are_its_uu_list_titled_after_the_channel()
    {
        ChannelIds.Uploads("UCsubsChannel000000001ab").Value.Should().Be("UUsubsChannel000000001ab");
        ChannelIds.TitleOf("UUsubsChannel000000001ab", "Uploads from X", "X").Should().Be("X");
        ChannelIds.TitleOf("UUsubsChannel000000001ab", "Uploads from X", null).Should().Be("Uploads from X");
        ChannelIds.TitleOf("PLsubscriptionGrow1", "Lista", "Canal").Should().Be("Lista");
        FluentActions.Invoking(() => ChannelIds.Uploads("UCshort")).Should().Throw<ArgumentException>();
    }
}
