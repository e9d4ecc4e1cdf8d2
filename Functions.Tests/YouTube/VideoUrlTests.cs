using YouTubeDownloader.YouTube;
using YouTubeDownloader.Downloads;

namespace YouTubeDownloader.Tests.YouTube;

public sealed class VideoUrlTests
{
    private const string Id = "dQw4w9WgXcQ";

    [Theory]
    [InlineData(Id)]
    [InlineData("  " + Id + "  ")]
    [InlineData("a-b_c-d_e-F")]
    [InlineData("https://www.youtube.com/watch?v=" + Id)]
    [InlineData("https://youtube.com/watch?v=" + Id)]
    [InlineData("http://www.youtube.com/watch?v=" + Id)]
    [InlineData("https://m.youtube.com/watch?v=" + Id)]
    [InlineData("https://music.youtube.com/watch?v=" + Id + "&si=AbCdEf")]
    [InlineData("https://www.youtube.com/watch?feature=share&v=" + Id)]
    [InlineData("https://www.youtube.com/watch?v=" + Id + "&t=42s&list=PLx0sYbCqOb8TBPRdmBHs5Iftvv9TPboYG&pp=ygUEcmljaw%3D%3D&si=xyz")]
    [InlineData("https://www.youtube.com/watch?list=PLx0sYbCqOb8TBPRdmBHs5Iftvv9TPboYG&index=2&v=" + Id)]
    [InlineData("https://www.youtube.com/watch/?v=" + Id)]
    [InlineData("https://m.youtube.com/watch?v=" + Id + "#t=30")]
    [InlineData("HTTPS://WWW.YOUTUBE.COM/watch?v=" + Id)]
    [InlineData("www.youtube.com/watch?v=" + Id)]
    [InlineData("youtu.be/" + Id)]
    [InlineData("https://youtu.be/" + Id)]
    [InlineData("https://youtu.be/" + Id + "?si=Z3kq&t=10")]
    [InlineData("https://www.youtube.com/shorts/" + Id)]
    [InlineData("https://youtube.com/shorts/" + Id + "?feature=share")]
    [InlineData("https://www.youtube.com/shorts/" + Id + "/")]
    [InlineData("https://www.youtube.com/embed/" + Id + "?start=5&autoplay=1")]
    [InlineData("https://www.youtube-nocookie.com/embed/" + Id)]
    [InlineData("https://youtube-nocookie.com/embed/" + Id)]
    [InlineData("https://www.youtube.com/live/" + Id + "?si=abc")]
    [InlineData("https://www.youtube.com/v/" + Id)]
    [InlineData("https://www.youtube.com/e/" + Id)]
    [InlineData("https://www.youtube.com:443/watch?v=" + Id)]
    public void Accepts_the_listed_shapes_and_finds_the_id(string input)
    {
        VideoUrl.TryParse(input, out var id).Should().BeTrue();
        var expected = input.Trim() == "a-b_c-d_e-F" ? "a-b_c-d_e-F" : Id;
        id!.Value.Value.Should().Be(expected);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("dQw4w9WgXc")] // 10 characters
    [InlineData("dQw4w9WgXcQQ")] // 12 characters
    [InlineData("dQw4w9WgX$Q")]
    [InlineData("dQw4w9WgX Q")]
    [InlineData("https://www.youtube.com/watch?v=short")]
    [InlineData("https://www.youtube.com/watch?v=dQw4w9WgXcQQ")]
    [InlineData("https://www.youtube.com/watch?v=dQw4w9WgX%24Q")]
    [InlineData("https://www.youtube.com/watch?v=dQw4w9WgXcQ%00")]
    [InlineData("https://www.youtube.com/watch?v=dQw4w9WgXcQ&v=aaaaaaaaaaa")]
    [InlineData("https://www.youtube.com/watch?list=PLx0sYbCqOb8TBPRdmBHs5Iftvv9TPboYG")]
    [InlineData("https://www.youtube.com/watch?vid=dQw4w9WgXcQ")]
    [InlineData("https://www.youtube.com/playlist?list=PLx0sYbCqOb8TBPRdmBHs5Iftvv9TPboYG")]
    [InlineData("https://www.youtube.com/channel/UCuAXFkgsw1L7xaCfnd5JJOw")]
    [InlineData("https://www.youtube.com/@RickAstleyYT")]
    [InlineData("https://www.youtube.com/attribution_link?u=/watch%3Fv%3DdQw4w9WgXcQ")]
    [InlineData("https://www.youtube.com/" + Id)]
    [InlineData("https://www.youtube.com/shorts/")]
    [InlineData("https://www.youtube.com/embed/" + Id + "/extra")]
    [InlineData("https://youtu.be/")]
    [InlineData("https://youtu.be/" + Id + "/extra")]
    [InlineData("https://youtu.be/watch?v=" + Id)]
    [InlineData("https://www.youtu.be/" + Id)]
    public void Rejects_what_is_not_a_video_url_or_id(string? input)
    {
        VideoUrl.TryParse(input, out var id).Should().BeFalse();
        id.Should().BeNull();
    }

    [Theory]
    [InlineData("https://youtube.com@evil.com/watch?v=" + Id)]
    [InlineData("https://www.youtube.com:pass@evil.com/watch?v=" + Id)]
    [InlineData("https://user:pass@youtube.com/watch?v=" + Id)]
    [InlineData("https://evil.com/watch?v=" + Id)]
    [InlineData("https://evil.com/?u=https://www.youtube.com/watch?v=" + Id)]
    [InlineData("https://evil.com#@youtube.com/watch?v=" + Id)]
    [InlineData("https://evil.com\\@youtube.com/watch?v=" + Id)]
    [InlineData("https://youtube.com\\@evil.com/watch?v=" + Id)]
    [InlineData("https://youtube.com.evil.com/watch?v=" + Id)]
    [InlineData("https://www.youtube.com.evil.com/embed/" + Id)]
    [InlineData("https://notyoutube.com/watch?v=" + Id)]
    [InlineData("https://youtube.co/watch?v=" + Id)]
    [InlineData("https://youtube.com./watch?v=" + Id)]
    [InlineData("https://yout\u043Ebe.com/watch?v=" + Id)] // Cyrillic o
    [InlineData("https://xn--yutube-wqf.com/watch?v=" + Id)]
    [InlineData("https://youtu.be.evil.com/" + Id)]
    [InlineData("https://gaming.youtube.com/watch?v=" + Id)]
    [InlineData("https://www.youtube.com:8080/watch?v=" + Id)]
    [InlineData("https://youtu.be:8443/" + Id)]
    [InlineData("javascript:alert(1)//youtube.com/watch?v=" + Id)]
    [InlineData("javascript://youtube.com/watch?v=" + Id)]
    [InlineData("ftp://youtube.com/watch?v=" + Id)]
    [InlineData("file:///watch?v=" + Id)]
    [InlineData("data:text/html,https://youtu.be/" + Id)]
    [InlineData("http://127.0.0.1/watch?v=" + Id)]
    [InlineData("http://[::1]/watch?v=" + Id)]
    public void Rejects_other_hosts_userinfo_ports_and_schemes(string input)
    {
        VideoUrl.TryParse(input, out _).Should().BeFalse();
    }

    [Fact]
    public void Parse_of_a_bad_input_throws_a_format_exception()
    {
        var parse = () => VideoId.Parse("https://evil.com/watch?v=" + Id);
        parse.Should().Throw<FormatException>();
    }

    [Theory]
    [InlineData(Id, true)]
    [InlineData("___________", true)]
    [InlineData("-----------", true)]
    [InlineData("dQw4w9WgXc\u00e9", false)]
    [InlineData("dQw4w9WgXc.", false)]
    [InlineData("", false)]
    public void IsValidId_checks_eleven_url_safe_characters(string text, bool valid)
    {
        VideoId.IsValidId(text).Should().Be(valid);
    }
}
