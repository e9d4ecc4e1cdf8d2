using Microsoft.Extensions.Logging;

namespace YouTubeDownloader.Testing.Logging;

/// <summary>One line of <see cref="CapturedLogs"/>.</summary>
public sealed record CapturedLogLine(string Category, LogLevel Level, string Message, string? Exception)
{
    public override string ToString() => $"{Level} {Category}: {Message}{(Exception is null ? "" : "\n" + Exception)}";
}
