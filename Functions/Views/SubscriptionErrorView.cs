namespace YouTubeDownloader.Views;

/// <summary>A subscription's <c>last_error</c>: the code, the message for people, and when it happened.</summary>
public sealed record SubscriptionErrorView(string Code, string Message, string At);
