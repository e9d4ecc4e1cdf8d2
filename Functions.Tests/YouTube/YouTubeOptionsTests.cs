using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using YouTubeDownloader.YouTube;

namespace YouTubeDownloader.Tests.YouTube;

public sealed class YouTubeOptionsTests
{
    [Fact]
    public void Defaults_are_visionos_then_the_tv_client_on_youtube_com()
    {
        var options = Build([]);
        options.ApiBaseAddress.Should().Be("https://www.youtube.com");
        options.ClientOrder.Should().Equal("VISIONOS", "TVHTML5");
        var tv = options.Clients.Single(c => c.Name == "TVHTML5");
        tv.Id.Should().Be(7);
        tv.NeedsPlayer.Should().BeTrue();
        tv.NeedsPoToken.Should().BeFalse();
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
    public void With_a_po_token_provider_the_web_client_joins_the_defaults()
    {
        Build(new() { ["YouTube:PoTokenProvider:BaseAddress"] = "http://bgutil:4416" }).ClientOrder.Should().Equal("VISIONOS", "TVHTML5", "WEB");
    }

    [Fact]
    public void With_cookies_the_defaults_are_the_logged_in_clients()
    {
        Build(new() { ["YouTube:Cookies"] = Cookies })
            .ClientOrder.Should().Equal("WEB_EMBEDDED_PLAYER", "TVHTML5_DOWNGRADED");
        var downgraded = Build(new() { ["YouTube:Cookies"] = Cookies })
            .Clients.Single(c => c.Name == "TVHTML5_DOWNGRADED");
        downgraded.SentName.Should().Be("TVHTML5");
    }

    [Fact]
    public void Web_with_cookies_and_a_provider_is_last_of_the_logged_in_set()
    {
        Build(new()
        {
            ["YouTube:Cookies"] = Cookies,
            ["YouTube:PoTokenProvider:BaseAddress"] = "http://bgutil:4416",
        }).ClientOrder.Should().Equal("WEB_EMBEDDED_PLAYER", "TVHTML5_DOWNGRADED", "WEB");
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
    [InlineData("YouTube:ClientOrder:0", "IOS", "YouTube:ClientOrder names 'IOS', which is not in YouTube:Clients")]
    [InlineData("YouTube:ClientOrder:0", "WEB", "YouTube:ClientOrder names 'WEB', which needs a PO token, but the PO token provider is not configured (YouTube:PoTokenProvider:BaseAddress)")]
    [InlineData("YouTube:ApiBaseAddress", "not a url", "YouTube:ApiBaseAddress must be an absolute http(s) address")]
    [InlineData("YouTube:MaxDurationSeconds", "0", "YouTube:MaxDurationSeconds must be positive")]
    [InlineData("YouTube:PlayerCacheMinutes", "-1", "YouTube:PlayerCacheMinutes must be zero or more")]
    [InlineData("YouTube:RequestTimeoutSeconds", "0", "YouTube:RequestTimeoutSeconds must be positive")]
    [InlineData("YouTube:ThumbnailBaseAddresses:0", "ftp://i.ytimg.com", "YouTube:ThumbnailBaseAddresses:0 must be an absolute http(s) address")]
    [InlineData("YouTube:StreamHosts:0", "https://googlevideo.com/", "YouTube:StreamHosts must hold host names only")]
    [InlineData("YouTube:Clients:0:Name", "TV", "YouTube:Clients:6:Id (client 'TV') must be the positive numeric client id")]
    public void A_bad_setting_fails_at_start_naming_the_setting(string key, string value, string message)
    {
        var build = () => Build(new() { [key] = value });
        build.Should().Throw<OptionsValidationException>().Which.Message.Should().Contain(message);
    }

    [Theory]
    [InlineData("NeedsCookies", "true", "YouTube:ClientOrder names 'VISIONOS', which answers logged-in users only, but no cookies are configured (YouTube:Cookies)")]
    [InlineData("EmbedUrl", "embed me", "YouTube:Clients:0:EmbedUrl (client 'VISIONOS') must be an absolute http(s) address")]
    public void A_client_the_product_cannot_serve_as_configured_is_refused_at_start(string field, string value, string message)
    {
        var build = () => Build(new() { ["YouTube:Clients:0:Name"] = "VISIONOS", [$"YouTube:Clients:0:{field}"] = value });
        build.Should().Throw<OptionsValidationException>().Which.Message.Should().Contain(message);
    }

    private const string Cookies = ".youtube.com\tTRUE\t/\tTRUE\t0\tSAPISID\tx";

    private static YouTubeOptions Build(Dictionary<string, string?> values)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection().AddLogging().AddYouTubeResolver(configuration).BuildServiceProvider();
        return services.GetRequiredService<IOptions<YouTubeOptions>>().Value;
    }
}
