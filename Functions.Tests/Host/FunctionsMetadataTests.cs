using System.Text.Json;
using YouTubeDownloader.Commands;
using YouTubeDownloader.Testing;
using YouTubeDownloader.Workflow.Download;
using YouTubeDownloader.Workflow.Playlist;

namespace YouTubeDownloader.Tests.Host;

/// <summary>
/// The Functions host cannot run here, so these read what it would read: the <c>functions.metadata</c>
/// the SDK writes at build time, with every route, method, auth level and durable binding.
/// </summary>
public sealed class FunctionsMetadataTests
{
    private static readonly Lazy<Dictionary<string, JsonElement>> Functions = new(() =>
    {
        var path = Path.Combine(RepoPaths.FunctionsOutput, "functions.metadata");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.EnumerateArray().ToDictionary(f => f.GetProperty("name").GetString()!, f => f.Clone());
    });

    public static TheoryData<string, string, string> HttpRoutes => new()
    {
        { "StartDownload", "download", "post" },
        { "ListDownloads", "downloads", "get" },
        { "GetDownload", "downloads/{id}", "get" },
        { "GetFile", "download/{id}/file", "get,head" },
        { "GetLink", "download/{id}/link", "get" },
        { "GetSubtitles", "download/{id}/subtitles/{lang}", "get" },
        { "CancelDownload", "downloads/{id}", "delete" },
        { "RemoveDownload", "downloads/{id}/remove", "delete" },
        { "RetryDownload", "downloads/{id}/retry", "post" },
        { "Search", "search", "get" },
        { "Trending", "trending", "get" },
        { "Stream", "stream/{id}", "get,head" },
        { "GetDownloadEvents", "downloads/{id}/events", "get" },
        { "GetOpenApi", "openapi.json", "get" },
        { "GetDocs", "docs", "get" },
        { "GetDocsScript", "docs/scalar.js", "get" },
        { "CreateSubscription", "subscriptions", "post" },
        { "ListSubscriptions", "subscriptions", "get" },
        { "GetSubscription", "subscriptions/{id}", "get" },
        { "DeleteSubscription", "subscriptions/{id}", "delete" },
        { "CheckSubscriptionNow", "subscriptions/{id}/check", "post" },
        { "PauseSubscription", "subscriptions/{id}/pause", "post" },
        { "ResumeSubscription", "subscriptions/{id}/resume", "post" },
    };

    [Theory]
    [MemberData(nameof(HttpRoutes))]
    public void Every_route_has_its_methods_and_function_level_auth(string function, string route, string methods)
    {
        var trigger = Binding(function, "httpTrigger");

        trigger.GetProperty("route").GetString().Should().Be(route);
        trigger.GetProperty("authLevel").GetString().Should().Be("Function");
        trigger.GetProperty("methods").EnumerateArray().Select(m => m.GetString()).Should().BeEquivalentTo(methods.Split(','));
    }

    [Fact]
    public void Every_http_function_is_in_the_contract_list()
    {
        var http = Functions.Value.Where(f => Bindings(f.Key).Any(b => b.GetProperty("type").GetString() == "httpTrigger"))
            .Select(f => f.Key);

        http.Should().BeSubsetOf(HttpRoutes.Select(r => (string)r[0]).Concat(["GetInfo", "GetThumbnail"]));
        http.Should().Contain(HttpRoutes.Select(r => (string)r[0]));
    }

    [Theory]
    [InlineData("StartDownload")]
    [InlineData("CancelDownload")]
    [InlineData("RemoveDownload")]
    [InlineData("RetryDownload")]
    [InlineData("CreateSubscription")]
    [InlineData("DeleteSubscription")]
    [InlineData("CheckSubscriptionNow")]
    [InlineData("PauseSubscription")]
    [InlineData("ResumeSubscription")]
    [InlineData("CheckSubscription")]
    public void Functions_that_drive_workflows_get_the_durable_client(string function) =>
        Binding(function, "durableClient").ValueKind.Should().Be(JsonValueKind.Object);

    [Fact]
    public void The_orchestrator_and_its_activities_are_bound_as_durable_triggers()
    {
        Binding("DownloadOrchestrator", "orchestrationTrigger").ValueKind.Should().Be(JsonValueKind.Object);
        Binding("PlaylistOrchestrator", "orchestrationTrigger").ValueKind.Should().Be(JsonValueKind.Object);
        Binding("SubscriptionOrchestrator", "orchestrationTrigger").ValueKind.Should().Be(JsonValueKind.Object);
        foreach (var activity in new[]
                 {
                     "ResolveMedia", "ReuseCompletedFile", "TransferStream", "FinishDownload", "AssembleFile", "CompleteDownload", "FailDownload",
                     "ReadPlaylistPage", "SelectPendingEntries", "FinishPlaylist", "PrepareWebhook", "DeliverWebhook",
                     "CheckSubscription", "RecordCheckFailure",
                 })
        {
            Binding(activity, "activityTrigger").ValueKind.Should().Be(JsonValueKind.Object, activity);
        }
    }

    [Fact]
    public void The_build_output_carries_the_one_host_json_with_the_api_prefix()
    {
        using var host = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.FunctionsOutput, "host.json")));

        host.RootElement.GetProperty("version").GetString().Should().Be("2.0");
        host.RootElement.GetProperty("extensions").GetProperty("http").GetProperty("routePrefix").GetString().Should().Be("api");
        File.ReadAllText(Path.Combine(RepoPaths.FunctionsOutput, "host.json"))
            .Should().Be(File.ReadAllText(Path.Combine(RepoPaths.Root, "host.json")));
    }

    private static IEnumerable<JsonElement> Bindings(string function) =>
        Functions.Value[function].GetProperty("bindings").EnumerateArray();

    private static JsonElement Binding(string function, string type) =>
        Bindings(function).Single(b => b.GetProperty("type").GetString() == type);
}
