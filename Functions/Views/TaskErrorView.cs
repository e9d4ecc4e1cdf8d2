namespace YouTubeDownloader.Views;

/// <summary>A task's <c>last_error</c>: the code and the client's text of the attempt that failed last.</summary>
public sealed record TaskErrorView(string Code, string Message);
