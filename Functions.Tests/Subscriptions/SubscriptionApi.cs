using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using YouTubeDownloader.Tests.Playlists;

namespace YouTubeDownloader.Tests.Subscriptions;

/// <summary>The subscription routes as a client calls them, over the playlist test app (fake YouTube, Azurite, the durable engine).</summary>
internal static class SubscriptionApi
{
    /// <summary>App settings that make a minute of <c>check_every_minutes</c> last 100 ms: 15 minutes pass in 1.5 s.</summary>
    public static Dictionary<string, string?> FastChecks(params (string Key, string Value)[] more)
    {
        var settings = new Dictionary<string, string?> { ["Subscriptions:IntervalUnit"] = "00:00:00.100" };
        foreach (var (key, value) in more)
        {
            settings[key] = value;
        }

        return settings;
    }

    public static async Task<(HttpStatusCode Status, JsonElement Body)> CallAsync(this PlaylistApp app, string path, object? body = null)
    {
        using var response = body is null ? await app.Http.PostAsync(path, null) : await app.Http.PostAsJsonAsync(path, body);
        return (response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    public static async Task<(HttpStatusCode Status, JsonElement Body)> SendAsync(this PlaylistApp app, HttpMethod method, string path)
    {
        using var response = await app.Http.SendAsync(new HttpRequestMessage(method, path));
        return (response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    public static async Task<JsonElement> SubscribeAsync(this PlaylistApp app, object body)
    {
        var (status, subscription) = await app.CallAsync("/api/subscriptions", body);
        status.Should().Be(HttpStatusCode.Created, subscription.ToString());
        return subscription;
    }

    public static async Task<JsonElement> GetSubscriptionAsync(this PlaylistApp app, string id)
    {
        var (status, subscription) = await app.SendAsync(HttpMethod.Get, $"/api/subscriptions/{id}");
        status.Should().Be(HttpStatusCode.OK, subscription.ToString());
        return subscription;
    }

    /// <summary>Polls the subscription until <paramref name="done"/> holds; fails after <paramref name="timeout"/> (60 s).</summary>
    public static async Task<JsonElement> WaitForSubscriptionAsync(this PlaylistApp app, string id, Func<JsonElement, bool> done, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        while (true)
        {
            var subscription = await app.GetSubscriptionAsync(id);
            if (done(subscription))
            {
                return subscription;
            }

            DateTime.UtcNow.Should().BeBefore(deadline, $"the subscription should get there: {subscription}");
            await Task.Delay(100);
        }
    }

    /// <summary>
    /// Waits until a check that began after this call has ended: each check ends by continuing the orchestration as new
    /// with a new <c>NextCheckAt</c>, so the second change seen is a check that started after the first one ended.
    /// </summary>
    public static async Task WaitForFreshCheckAsync(this PlaylistApp app, string subscriptionId, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        var last = await NextCheckOfWorkflowAsync(app, subscriptionId);
        for (var changes = 0; changes < 2;)
        {
            DateTime.UtcNow.Should().BeBefore(deadline, "the subscription's workflow should go on checking");
            await Task.Delay(50);
            var now = await NextCheckOfWorkflowAsync(app, subscriptionId);
            if (now != last)
            {
                (last, changes) = (now, changes + 1);
            }
        }
    }

    /// <summary>
    /// Asks for a check and waits until it has ended. For an app whose timer never fires during a test: once the workflow
    /// waits (its input has a <c>NextCheckAt</c>), the next change of it is this check's end.
    /// </summary>
    public static async Task CheckNowAsync(this PlaylistApp app, string subscriptionId)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        string? before;
        while ((before = await NextCheckOfWorkflowAsync(app, subscriptionId)) is null)
        {
            DateTime.UtcNow.Should().BeBefore(deadline, "the workflow should come to its wait");
            await Task.Delay(50);
        }

        var (status, body) = await app.CallAsync($"/api/subscriptions/{subscriptionId}/check");
        status.Should().Be(HttpStatusCode.Accepted, body.ToString());
        while (await NextCheckOfWorkflowAsync(app, subscriptionId) == before)
        {
            DateTime.UtcNow.Should().BeBefore(deadline, "the check asked for should run");
            await Task.Delay(50);
        }
    }

    public static async Task<string?> NextCheckOfWorkflowAsync(PlaylistApp app, string subscriptionId)
    {
        var instance = await app.App.Host.Durable.GetInstanceAsync($"subscription-{subscriptionId}", getInputsAndOutputs: true);
        if (instance?.SerializedInput is not { } input)
        {
            return null;
        }

        using var json = JsonDocument.Parse(input);
        return json.RootElement.EnumerateObject().FirstOrDefault(p => p.NameEquals("NextCheckAt") || p.NameEquals("nextCheckAt")).Value
            is { ValueKind: JsonValueKind.String } next ? next.GetString() : null;
    }

    public static async Task<List<JsonElement>> DownloadsOfAsync(this PlaylistApp app, string subscriptionId)
    {
        using var response = await app.Http.GetAsync($"/api/downloads?subscription_id={subscriptionId}");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<List<JsonElement>>())!;
    }

    public static IEnumerable<string> VideoIds(this IEnumerable<JsonElement> tasks) => tasks.Select(t => t.GetProperty("video_id").GetString()!);

    public static int Started(this JsonElement subscription) => subscription.GetProperty("downloads_started").GetInt32();
}
