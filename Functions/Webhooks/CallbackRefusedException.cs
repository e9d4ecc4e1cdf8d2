namespace YouTubeDownloader.Webhooks;

/// <summary>A callback address the policy does not allow; the message is the client's (Spanish) reason.</summary>
public sealed class CallbackRefusedException(string reason) : Exception(reason);
