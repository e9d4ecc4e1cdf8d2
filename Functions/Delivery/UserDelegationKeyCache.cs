using Azure.Storage.Blobs.Models;

namespace YouTubeDownloader.Delivery;

/// <summary>
/// One user delegation key for all links: asking storage for a key is a round trip (and an Entra token), so a key is
/// kept for <see cref="KeyLifetime"/> and replaced once it could no longer cover a whole link
/// (<paramref name="linkLifetime"/>) plus a margin for clock skew.
/// </summary>
/// <param name="fetch">Asks storage for a key valid from the first to the second instant.</param>
public sealed class UserDelegationKeyCache(
    Func<DateTimeOffset, DateTimeOffset, CancellationToken, Task<UserDelegationKey>> fetch,
    TimeSpan linkLifetime,
    TimeProvider time)
{
    /// <summary>Storage allows up to 7 days; a day keeps a leaked key short-lived and the renewals rare.</summary>
    public static readonly TimeSpan KeyLifetime = TimeSpan.FromDays(1);

    /// <summary>Both ends of a key are backed off by this much, as storage's and our clocks may disagree.</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim renewal = new(1, 1);
    private UserDelegationKey? current;

    /// <summary>A key that stays valid at least until now + the link lifetime.</summary>
    public async Task<UserDelegationKey> GetAsync(CancellationToken cancellationToken)
    {
        if (current is { } key && Covers(key))
        {
            return key;
        }

        await renewal.WaitAsync(cancellationToken);
        try
        {
            if (current is { } renewed && Covers(renewed))
            {
                return renewed;
            }

            var now = time.GetUtcNow();
            current = await fetch(now - ClockSkew, now + KeyLifetime, cancellationToken);
            return current;
        }
        finally
        {
            renewal.Release();
        }
    }

    private bool Covers(UserDelegationKey key) => key.SignedExpiresOn - ClockSkew >= time.GetUtcNow() + linkLifetime;
}
