using YouTubeDownloader.YouTube.Player;

namespace YouTubeDownloader.Tests.YouTube.Player;

public sealed class PlayerScriptTests
{
    private static readonly PlayerId Id = PlayerId.Parse("1234abcd");

    [Theory]
    [InlineData("var a={signatureTimestamp:20472,b:1};", 20472)]
    [InlineData("x={\"signatureTimestamp\": 19876}", 19876)]
    [InlineData("var sts=1;", null)]
    public void The_signature_timestamp_is_read_from_the_script(string source, int? expected)
    {
        new PlayerScript(Id, source).SignatureTimestamp.Should().Be(expected);
    }
}
