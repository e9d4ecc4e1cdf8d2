using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace YouTubeDownloader.Testing.Logging;

/// <summary>
/// Every log line an app writes, as the operator would read it (category, level, message, and the exception's whole
/// text), for tests that search the logs: for a secret that must not be there, or for the one line an outcome is.
/// Register it as an <see cref="ILoggerProvider"/>.
/// </summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<CapturedLogLine> lines = new();

    public IReadOnlyList<CapturedLogLine> Lines => [.. lines];

    /// <summary>Everything written, as one text.</summary>
    public string AllText => string.Join('\n', lines.Select(l => l.ToString()));

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, lines);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<CapturedLogLine> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue(new CapturedLogLine(category, logLevel, formatter(state, exception), exception?.ToString()));
    }
}
