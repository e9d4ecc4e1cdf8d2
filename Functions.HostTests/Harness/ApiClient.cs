using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using YouTubeDownloader.Testing;

namespace YouTubeDownloader.HostTests.Harness;

/// <summary>A client of the API as a user's script would be: HTTP only, polling for the end of tasks.</summary>
public sealed class ApiClient(Uri baseAddress, string directory, Func<string> describeServer) : IDisposable
{
    public HttpClient Http { get; } = new() { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(100) };

    /// <summary>POST /api/download as the seed does; returns the task id.</summary>
    public async Task<string> StartDownloadAsync(string videoId, string quality = "720p")
    {
        using var response = await Http.PostAsJsonAsync("api/download", new { url = $"https://www.youtube.com/watch?v={videoId}", quality });
        response.StatusCode.Should().Be(HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("download_id").GetString()!;
    }

    public async Task<JsonElement> GetTaskAsync(string id) => await Http.GetFromJsonAsync<JsonElement>($"api/downloads/{id}");

    /// <summary>The seed's loop: the whole list, <c>jq '.[] | select(.id==…) | .status'</c>, until the task has ended.</summary>
    public Task<string> PollListUntilEndedAsync(string id, TimeSpan timeout) =>
        Eventually.GetAsync(
            async () =>
            {
                var list = JsonDocument.Parse(await Http.GetStringAsync("api/downloads")).RootElement;
                list.ValueKind.Should().Be(JsonValueKind.Array, "the list's top level is an array");
                return list.EnumerateArray().Single(t => t.GetProperty("id").GetString() == id).GetProperty("status").GetString()!;
            },
            IsEnded,
            timeout,
            status => Task.FromResult($"task {id} is still {status}. {describeServer()}"),
            TimeSpan.FromMilliseconds(500));

    /// <summary>Polls until every task has ended (completed, error, cancelled); returns them by id.</summary>
    public async Task<IReadOnlyDictionary<string, JsonElement>> WaitForEndAsync(IEnumerable<string> ids, TimeSpan timeout)
    {
        var pending = ids.ToHashSet();
        var ended = new Dictionary<string, JsonElement>();
        await Eventually.UntilAsync(
            async () =>
            {
                foreach (var id in pending.ToList())
                {
                    var task = await GetTaskAsync(id);
                    if (IsEnded(task.GetProperty("status").GetString()))
                    {
                        ended[id] = task;
                        pending.Remove(id);
                    }
                }

                return pending.Count == 0;
            },
            timeout,
            () => $"{pending.Count} task(s) should have ended, e.g. {pending.First()}. {describeServer()}",
            TimeSpan.FromMilliseconds(500));
        return ended;
    }

    private static bool IsEnded(string? status) => status is "completed" or "error" or "cancelled";

    /// <summary>Downloads the task's file through the file route; returns where it was written.</summary>
    public async Task<string> DownloadFileAsync(string id)
    {
        var path = Path.Combine(directory, $"{id}.download");
        await using (var body = await Http.GetStreamAsync($"api/download/{id}/file"))
        await using (var file = File.Create(path))
        {
            await body.CopyToAsync(file);
        }

        return path;
    }

    public void Dispose() => Http.Dispose();
}
