using System.Diagnostics;
using System.Text.Json;
using YouTubeDownloader.HostTests.Harness;

namespace YouTubeDownloader.Benchmarks;

/// <summary>
/// A client watching <c>GET /api/downloads</c> (the whole list, as the seed's script reads it) one request after the
/// other until every task it waits for has ended; the time each answer took is kept.
/// </summary>
public sealed class DownloadListWatch(ApiClient api)
{
    public List<TimeSpan> Latencies { get; } = [];

    /// <summary>Every watched task's last status seen, by id.</summary>
    public Dictionary<string, string> Statuses { get; } = [];

    /// <summary>Reads the list until <paramref name="done"/> has completed (while the tasks are still being posted).</summary>
    public async Task WhileAsync(Task done, TimeSpan pause)
    {
        while (!done.IsCompleted)
        {
            await ReadAsync([]);
            await Task.WhenAny(done, Task.Delay(pause));
        }
    }

    /// <summary>Polls until every task in <paramref name="ids"/> has ended; returns when that was first seen.</summary>
    public async Task<TimeSpan> UntilEndedAsync(IReadOnlyCollection<string> ids, Stopwatch since, TimeSpan timeout, TimeSpan pause)
    {
        var watched = ids.ToHashSet();
        while (since.Elapsed < timeout)
        {
            await ReadAsync(watched);
            if (watched.All(id => Statuses.GetValueOrDefault(id) is "completed" or "error" or "cancelled"))
            {
                return since.Elapsed;
            }

            await Task.Delay(pause);
        }

        throw new TimeoutException($"{watched.Count(id => Statuses.GetValueOrDefault(id) is not ("completed" or "error" or "cancelled"))} tasks did not end in {timeout}.");
    }

    private async Task ReadAsync(HashSet<string> watched)
    {
        var clock = Stopwatch.StartNew();
        var body = await api.Http.GetStringAsync("api/downloads");
        Latencies.Add(clock.Elapsed);
        foreach (var task in JsonDocument.Parse(body).RootElement.EnumerateArray())
        {
            var id = task.GetProperty("id").GetString()!;
            if (watched.Contains(id))
            {
                Statuses[id] = task.GetProperty("status").GetString()!;
            }
        }
    }

    /// <summary>"all completed", or how many did not; a run where some did not fails the command (exit status 1).</summary>
    public string Outcome()
    {
        var failed = Statuses.Values.Count(s => s != "completed");
        if (failed == 0)
        {
            return "all completed";
        }

        Environment.ExitCode = 1;
        return $"{failed} NOT COMPLETED";
    }

    /// <summary>The answer time below which <paramref name="percent"/> % of the answers came.</summary>
    public TimeSpan Percentile(double percent) => Percentiles.Of(Latencies, percent);
}
