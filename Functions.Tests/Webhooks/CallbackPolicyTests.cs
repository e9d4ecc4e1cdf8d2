using Microsoft.Extensions.Options;
using YouTubeDownloader.Webhooks;

namespace YouTubeDownloader.Tests.Webhooks;

/// <summary>The checks of a <c>callback_url</c> at POST time, DNS answers included; no test resolves a real name.</summary>
public sealed class CallbackPolicyTests
{
    private readonly FakeHostResolver dns = new FakeHostResolver()
        .Answer("hooks.example.com", "203.0.113.10")
        .Answer("internal.example.com", "10.0.0.5")
        .Answer("rebound.example.com", "127.0.0.1")
        .Answer("mixed.example.com", "203.0.113.10", "192.168.0.7");

    [Theory]
    [InlineData("https://hooks.example.com/hook")]
    [InlineData("https://hooks.example.com:8443/a/b?c=d")]
    [InlineData("https://203.0.113.10/hook")]
    public async Task Https_to_public_addresses_is_accepted(string url) =>
        (await Policy(development: false).RefusalAsync(url, CancellationToken.None)).Should().BeNull();

    [Theory]
    [InlineData("https://10.0.0.1/hook", "10.0.0.1")]
    [InlineData("https://169.254.169.254/latest/meta-data/", "169.254.169.254")]
    [InlineData("https://[::ffff:169.254.169.254]/", "::ffff:169.254.169.254")]
    [InlineData("https://[fd00::1]/hook", "fd00::1")]
    [InlineData("https://internal.example.com/hook", "10.0.0.5")]
    [InlineData("https://rebound.example.com/hook", "127.0.0.1")]
    [InlineData("https://mixed.example.com/hook", "192.168.0.7")]
    [InlineData("https://localhost/hook", "127.0.0.1")]
    [InlineData("https://api.localhost/hook", "127.0.0.1")]
    public async Task Private_loopback_and_metadata_addresses_are_refused_also_behind_a_name(string url, string address) =>
        (await Policy(development: false).RefusalAsync(url, CancellationToken.None)).Should()
            .Be($"'callback_url' apunta a una dirección privada, local o reservada ({address}): solo se admiten direcciones públicas de Internet");

    [Theory]
    [InlineData("http://hooks.example.com/hook")]
    [InlineData("http://127.0.0.1:8080/hook")]
    public async Task Plain_http_is_refused_in_production(string url) =>
        (await Policy(development: false).RefusalAsync(url, CancellationToken.None)).Should().Be("'callback_url' debe usar https");

    [Theory]
    [InlineData("http://127.0.0.1:8080/hook")]
    [InlineData("http://localhost:8080/hook")]
    [InlineData("http://[::1]:8080/hook")]
    [InlineData("https://rebound.example.com/hook")]
    public async Task Development_accepts_loopback_with_http(string url) =>
        (await Policy(development: true).RefusalAsync(url, CancellationToken.None)).Should().BeNull();

    [Fact]
    public async Task Development_still_refuses_http_to_the_internet_and_private_addresses()
    {
        var policy = Policy(development: true);
        (await policy.RefusalAsync("http://hooks.example.com/hook", CancellationToken.None)).Should()
            .Be("'callback_url' debe usar https (http solo hacia loopback en Development)");
        (await policy.RefusalAsync("https://10.0.0.1/hook", CancellationToken.None)).Should().Contain("(10.0.0.1)");
    }

    [Theory]
    [InlineData("not a url")]
    [InlineData("/relative/hook")]
    [InlineData("ftp://hooks.example.com/hook")]
    [InlineData("")]
    public async Task Anything_but_an_absolute_http_url_is_refused(string url) =>
        (await Policy(development: false).RefusalAsync(url, CancellationToken.None)).Should()
            .Be("'callback_url' debe ser una URL absoluta https:// de hasta 2048 caracteres");

    [Fact]
    public async Task Credentials_in_the_url_and_unknown_names_are_refused()
    {
        var policy = Policy(development: false);
        (await policy.RefusalAsync("https://user:pass@hooks.example.com/hook", CancellationToken.None)).Should()
            .Be("'callback_url' no puede llevar usuario ni contraseña");
        (await policy.RefusalAsync("https://nowhere.example.com/hook", CancellationToken.None)).Should()
            .Be("No se pudo resolver el host de 'callback_url' (nowhere.example.com)");
    }

    [Fact]
    public async Task Without_a_secret_webhooks_are_off()
    {
        var policy = new CallbackPolicy(dns, Options.Create(new WebhookOptions { Secret = null }));

        (await policy.RefusalAsync("https://hooks.example.com/hook", CancellationToken.None)).Should()
            .Be("Este servidor no tiene webhooks configurados: no se admite 'callback_url'");
        dns.Questions.Should().Be(0);
    }

    private CallbackPolicy Policy(bool development) =>
        new(dns, Options.Create(new WebhookOptions { Secret = "s3cret", AllowLoopback = development }));
}
