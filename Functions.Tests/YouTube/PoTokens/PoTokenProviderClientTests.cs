using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using YouTubeDownloader.Testing;
using YouTubeDownloader.Testing.FakeYouTube;
using YouTubeDownloader.YouTube.PoTokens;

namespace YouTubeDownloader.Tests.YouTube.PoTokens;

public sealed class PoTokenProviderClientTests : IAsyncLifetime
{
    private readonly FakeTimeProvider time = new(DateTimeOffset.UtcNow);
    private readonly List<ServiceProvider> services = [];
    private FakePoTokenProvider provider = null!;

    public async Task InitializeAsync() => provider = await FakePoTokenProvider.StartAsync();

    public async Task DisposeAsync()
    {
        foreach (var s in services)
        {
            await s.DisposeAsync();
        }

        await provider.DisposeAsync();
    }

    [Fact]
    public async Task A_token_is_asked_for_its_video_and_kept_until_it_expires()
    {
        provider.ExpiresAt = time.GetUtcNow().AddHours(1);
        var client = Client(provider.BaseAddress.ToString());

        var first = await client.GetAsync("dQw4w9WgXcQ", CancellationToken.None);
        var again = await client.GetAsync("dQw4w9WgXcQ", CancellationToken.None);
        time.Advance(TimeSpan.FromMinutes(56));
        var renewed = await client.GetAsync("dQw4w9WgXcQ", CancellationToken.None);

        first.Token!.Value.Should().Be("token-1-dQw4w9WgXcQ");
        first.Token.ExpiresAt.Should().BeCloseTo(provider.ExpiresAt, TimeSpan.FromSeconds(1));
        again.Token!.Value.Should().Be(first.Token.Value);
        renewed.Token!.Value.Should().Be("token-2-dQw4w9WgXcQ");
        provider.Bindings.Should().Equal("dQw4w9WgXcQ", "dQw4w9WgXcQ");
    }

    [Fact]
    public async Task Each_video_has_its_own_token()
    {
        var client = Client(provider.BaseAddress.ToString());

        var a = await client.GetAsync("aaaaaaaaaaa", CancellationToken.None);
        var b = await client.GetAsync("bbbbbbbbbbb", CancellationToken.None);

        a.Token!.ContentBinding.Should().Be("aaaaaaaaaaa");
        b.Token!.Value.Should().Be("token-2-bbbbbbbbbbb");
    }

    [Fact]
    public async Task Without_a_provider_there_is_no_token_and_no_request()
    {
        var client = Client(null);

        (await client.GetAsync("dQw4w9WgXcQ", CancellationToken.None)).Miss.Should().Be(PoTokenMiss.NotConfigured);
        (await client.PingAsync(CancellationToken.None)).Should().BeFalse();
        provider.Bindings.Should().BeEmpty();
    }

    [Fact]
    public async Task A_provider_that_does_not_answer_gives_no_token_within_the_timeout()
    {
        provider.Hangs = true;
        var client = Client(provider.BaseAddress.ToString(), timeoutMilliseconds: 300);
        var clock = Stopwatch.StartNew();

        var result = await client.GetAsync("dQw4w9WgXcQ", CancellationToken.None);

        result.Miss.Should().Be(PoTokenMiss.Unavailable);
        result.Token.Should().BeNull();
        // Bounded by the timeout, not by the provider (which never answers): generous for a loaded machine.
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(20));
    }

    [Fact]
    public async Task A_provider_that_is_down_gives_no_token()
    {
        var client = Client($"http://127.0.0.1:{LoopbackPort.Free()}");

        (await client.GetAsync("dQw4w9WgXcQ", CancellationToken.None)).Miss.Should().Be(PoTokenMiss.Unavailable);
        (await client.PingAsync(CancellationToken.None)).Should().BeFalse();
    }

    [Theory]
    [InlineData("{\"contentBinding\":\"x\"}")]
    [InlineData("{\"poToken\":\"\",\"expiresAt\":\"2030-01-01T00:00:00Z\"}")]
    [InlineData("{\"poToken\":\"abc\",\"expiresAt\":\"soon\"}")]
    [InlineData("not json")]
    public async Task An_answer_without_a_token_gives_none(string body)
    {
        provider.Body = body;

        (await Client(provider.BaseAddress.ToString()).GetAsync("dQw4w9WgXcQ", CancellationToken.None)).Miss.Should().Be(PoTokenMiss.Invalid);
    }

    [Fact]
    public async Task A_running_provider_answers_the_ping()
    {
        (await Client(provider.BaseAddress.ToString()).PingAsync(CancellationToken.None)).Should().BeTrue();
    }

    [Fact]
    public async Task A_token_never_shows_its_value_as_text()
    {
        var result = await Client(provider.BaseAddress.ToString()).GetAsync("dQw4w9WgXcQ", CancellationToken.None);

        result.ToString().Should().NotContain(result.Token!.Value).And.Contain("dQw4w9WgXcQ");
        result.Token.ToString().Should().NotContain(result.Token.Value);
    }

    private PoTokenProviderClient Client(string? baseAddress, int timeoutMilliseconds = 5_000)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["YouTube:PoTokenProvider:BaseAddress"] = baseAddress,
            ["YouTube:PoTokenProvider:TimeoutMilliseconds"] = timeoutMilliseconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }).Build();
        var provider = new ServiceCollection().AddLogging().AddSingleton<TimeProvider>(time).AddPoTokenProvider(configuration).BuildServiceProvider();
        services.Add(provider);
        return provider.GetRequiredService<PoTokenProviderClient>();
    }
}
