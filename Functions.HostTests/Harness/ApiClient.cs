using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

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
    public async Task<string> PollListUntilEndedAsync(string id, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var list = JsonDocument.Parse(await Http.GetStringAsync("api/downloads")).RootElement;
            list.ValueKind.Should().Be(JsonValueKind.Array, "the list's top level is an array");
            var status = list.EnumerateArray().Single(t => t.GetProperty("id").GetString() == id).GetProperty("status").GetString()!;
            if (status is "completed" or "error" or "cancelled")
            {
                return status;
            }

            DateTime.UtcNow.Should().BeBefore(deadline, describeServer());
            await Task.Delay(500);
        }
    }

    /// <summary>Polls until every task has ended (completed, error, cancelled); returns them by id.</summary>
    public async Task<IReadOnlyDictionary<string, JsonElement>> WaitForEndAsync(IEnumerable<string> ids, TimeSpan timeout)
    {
        var pending = ids.ToHashSet();
        var ended = new Dictionary<string, JsonElement>();
        var deadline = DateTime.UtcNow + timeout;
        while (pending.Count > 0)
        {
            foreach (var id in pending.ToList())
            {
                var task = await GetTaskAsync(id);
                if (task.GetProperty("status").GetString() is "completed" or "error" or "cancelled")
                {
                    ended[id] = task;
                    pending.Remove(id);
                }
            }

            if (pending.Count > 0)
            {
                DateTime.UtcNow.Should().BeBefore(deadline, $"{pending.Count} task(s) should have ended, e.g. {pending.First()}. {describeServer()}");
                await Task.Delay(500);
            }
        }

        return ended;
    }

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
