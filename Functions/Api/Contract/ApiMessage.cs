using YouTubeDownloader.Downloads;

namespace YouTubeDownloader.Api.Contract;

/// <summary>The original API's confirmation body, <c>{"message": "..."}</c>.</summary>
public sealed record ApiMessage(string Message)
{
    public static ApiMessage Cancelled { get; } = new(Texts.Cancelled);

    public static ApiMessage Removed { get; } = new(Texts.Removed);

    public static ApiMessage SubscriptionDeleted { get; } = new(Texts.SubscriptionDeleted);
}
