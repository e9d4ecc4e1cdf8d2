using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.Time.Testing;
using YouTubeDownloader.Delivery;

namespace YouTubeDownloader.Tests.Delivery;

/// <summary>The user delegation key is fetched once, reused while it covers a whole link, and renewed before that ends.</summary>
public sealed class UserDelegationKeyCacheTests
{
    private static readonly TimeSpan LinkLifetime = TimeSpan.FromMinutes(15);
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 1, 1, 12, 0, 0, TimeSpan.Zero));
    private readonly List<(DateTimeOffset StartsOn, DateTimeOffset ExpiresOn)> fetches = [];
    private readonly UserDelegationKeyCache cache;

    public UserDelegationKeyCacheTests() =>
        cache = new UserDelegationKeyCache(
            async (startsOn, expiresOn, _) =>
            {
                await Task.Yield();
                lock (fetches)
                {
                    fetches.Add((startsOn, expiresOn));
                }

                return BlobsModelFactory.UserDelegationKey(
                    "oid", "tid", startsOn, expiresOn, "b", "2025-01-05", Convert.ToBase64String(new byte[32]));
            },
            LinkLifetime,
            time);

    [Fact]
    public async Task The_first_link_fetches_a_day_long_key_started_a_little_in_the_past()
    {
        var key = await cache.GetAsync(CancellationToken.None);

        fetches.Should().Equal((time.GetUtcNow() - UserDelegationKeyCache.ClockSkew, time.GetUtcNow() + TimeSpan.FromDays(1)));
        key.SignedExpiresOn.Should().Be(time.GetUtcNow() + TimeSpan.FromDays(1));
    }

    [Fact]
    public async Task The_key_is_reused_while_it_covers_a_whole_link()
    {
        var first = await cache.GetAsync(CancellationToken.None);
        time.Advance(TimeSpan.FromDays(1) - LinkLifetime - UserDelegationKeyCache.ClockSkew);

        (await cache.GetAsync(CancellationToken.None)).Should().BeSameAs(first);
        fetches.Should().HaveCount(1);
    }

    [Fact]
    public async Task The_key_is_renewed_once_a_link_could_outlive_it()
    {
        var first = await cache.GetAsync(CancellationToken.None);
        time.Advance(TimeSpan.FromDays(1) - LinkLifetime - UserDelegationKeyCache.ClockSkew + TimeSpan.FromSeconds(1));

        var renewed = await cache.GetAsync(CancellationToken.None);

        renewed.Should().NotBeSameAs(first);
        fetches.Should().HaveCount(2);
        renewed.SignedExpiresOn.Should().Be(time.GetUtcNow() + TimeSpan.FromDays(1));
        (await cache.GetAsync(CancellationToken.None)).Should().BeSameAs(renewed);
    }

    [Fact]
    public async Task Links_asked_for_at_once_share_one_fetch()
    {
        await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => cache.GetAsync(CancellationToken.None))));

        fetches.Should().HaveCount(1);
    }
}
