using System.Buffers.Text;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using YouTubeDownloader.Subscriptions;

namespace YouTubeDownloader.Api.Contract;

/// <summary>
/// The <c>X-Continuation-Token</c> of <c>GET /api/subscriptions</c>: the status filter it continues and the last id sent
/// (base64url of <c>1.active.{id}</c>), checked on the way back in like the task list's token.
/// </summary>
public sealed record SubscriptionContinuationToken(SubscriptionStatus? Status, Guid After)
{
    private const string Version = "1";
    private const int MaxLength = 96;

    public override string ToString() =>
        Base64Url.EncodeToString(Encoding.ASCII.GetBytes($"{Version}.{Status?.ToString().ToLowerInvariant()}.{After:N}"));

    public static bool TryParse(string? text, [NotNullWhen(true)] out SubscriptionContinuationToken? token)
    {
        token = null;
        if (text is not { Length: > 0 and <= MaxLength } || !Base64Url.IsValid(text)
            || Encoding.ASCII.GetString(Base64Url.DecodeFromChars(text)).Split('.') is not [Version, var statusText, var afterText]
            || !Guid.TryParseExact(afterText, "N", out var after))
        {
            return false;
        }

        SubscriptionStatus? status = null;
        if (statusText.Length > 0)
        {
            if (!ListSubscriptionsQuery.TryParseStatus(statusText, out var parsed))
            {
                return false;
            }

            status = parsed;
        }

        token = new SubscriptionContinuationToken(status, after);
        return true;
    }
}
