using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using YouTubeDownloader.YouTube;

namespace YouTubeDownloader.Tests.YouTube;

public sealed class YouTubeOptionsTests
{
    [Fact]
    public void Defaults_are_visionos_then_android_vr_on_youtube_com()
    {
        var options = Build([]);
        options.ApiBaseAddress.Should().Be("https://www.youtube.com");
        options.ClientOrder.Should().Equal("VISIONOS", "ANDROID_VR");
        options.MaxDurationSeconds.Should().Be(14_400);
        options.ThumbnailBaseAddresses.Should().Contain("https://i.ytimg.com");
        options.StreamHosts.Should().Equal("googlevideo.com");
        var visionOs = options.Clients.Single(c => c.Name == "VISIONOS");
        visionOs.Id.Should().Be(101);
        visionOs.Version.Should().Be("1.02");
        visionOs.DeviceModel.Should().Be("RealityDevice17,1");
        options.Clients.Single(c => c.Name == "ANDROID_VR").Id.Should().Be(28);
    }

    [Fact]
    public void A_setting_overrides_one_field_of_a_default_client_and_adds_new_clients()
    {
        var options = Build(new()
        {
            ["YouTube:Clients:0:Name"] = "VISIONOS",
            ["YouTube:Clients:0:Version"] = "1.03",
            ["YouTube:Clients:1:Name"] = "IOS",
            ["YouTube:Clients:1:Id"] = "5",
            ["YouTube:Clients:1:Version"] = "20.10.4",
            ["YouTube:Clients:1:UserAgent"] = "com.google.ios.youtube/20.10.4",
            ["YouTube:ClientOrder:0"] = "IOS",
            ["YouTube:ClientOrder:1"] = "VISIONOS",
        });
        options.ClientOrder.Should().Equal("IOS", "VISIONOS");
        var visionOs = options.Clients.Single(c => c.Name == "VISIONOS");
        visionOs.Version.Should().Be("1.03");
        visionOs.Id.Should().Be(101);
        visionOs.UserAgent.Should().Contain("Safari");
        options.Clients.Single(c => c.Name == "IOS").Id.Should().Be(5);
    }

    [Theory]
    [InlineData("YouTube:ClientOrder:0", "WEB", "YouTube:ClientOrder names 'WEB', which is not in YouTube:Clients")]
    [InlineData("YouTube:ApiBaseAddress", "not a url", "YouTube:ApiBaseAddress must be an absolute http(s) address")]
    [InlineData("YouTube:MaxDurationSeconds", "0", "YouTube:MaxDurationSeconds must be positive")]
    [InlineData("YouTube:PlayerCacheMinutes", "-1", "YouTube:PlayerCacheMinutes must be zero or more")]
    [InlineData("YouTube:RequestTimeoutSeconds", "0", "YouTube:RequestTimeoutSeconds must be positive")]
    [InlineData("YouTube:ThumbnailBaseAddresses:0", "ftp://i.ytimg.com", "YouTube:ThumbnailBaseAddresses:0 must be an absolute http(s) address")]
    [InlineData("YouTube:StreamHosts:0", "https://googlevideo.com/", "YouTube:StreamHosts must hold host names only")]
    [InlineData("YouTube:Clients:0:Name", "TV", "YouTube:Clients:2:Id (client 'TV') must be the positive numeric client id")]
    public void A_bad_setting_fails_at_start_naming_the_setting(string key, string value, string message)
    {
        var build = () => Build(new() { [key] = value });
        build.Should().Throw<OptionsValidationException>().Which.Message.Should().Contain(message);
    }

    private static YouTubeOptions Build(Dictionary<string, string?> values)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection().AddLogging().AddYouTubeResolver(configuration).BuildServiceProvider();
        return services.GetRequiredService<IOptions<YouTubeOptions>>().Value;
    }
}
