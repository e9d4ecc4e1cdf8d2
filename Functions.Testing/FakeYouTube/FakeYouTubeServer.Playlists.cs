using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Google.Protobuf;
using Microsoft.AspNetCore.Http;

namespace YouTubeDownloader.Testing.FakeYouTube;

/// <summary>
/// <c>/youtubei/v1/browse</c> for playlists, in the shapes of ../shared/fixtures/youtube-playlists: recorded answers served
/// for the request they answered, and hand-made lists served as the 2026 design reads them (the header browse, the first
/// page through the token the client builds from the id, later pages through the fake's own tokens).
/// </summary>
public sealed partial class FakeYouTubeServer
{
    // The first-page token's envelope field and its fixed page parameters (offset 0, show unavailable videos), from PROVENANCE.md.
    private const int BrowseContinuationField = 80226972;
    private const string FirstPageParams = "CADCBgIIAA%3D%3D";
    private const string OwnTokenPrefix = "fakeplaylist-";

    private readonly ConcurrentDictionary<string, FakePlaylist> playlists = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, SearchAnswer> recordedBrowse = new(StringComparer.Ordinal);

    public ConcurrentQueue<RecordedBrowseRequest> BrowseRequests { get; } = new();

    /// <summary>Serves a hand-made list; <paramref name="entries"/> are video ids (or <see cref="FakePlaylistEntry"/> rows) in order.</summary>
    public FakePlaylist AddPlaylist(string playlistId, string title, string? author, IEnumerable<FakePlaylistEntry> entries, int pageSize = 100)
    {
        var playlist = new FakePlaylist(playlistId, title, author, entries.ToList()) { PageSize = pageSize };
        playlists[playlistId] = playlist;
        return playlist;
    }

    /// <summary>
    /// Serves the recorded <c>NAME.response.json</c> of <paramref name="folder"/> for the request its <c>NAME.request.json</c>
    /// describes: the same continuation token, or the same browse id with (or without) <c>$fields</c>. Returns the key.
    /// </summary>
    public string ServePlaylistFixture(string folder, string name)
    {
        var request = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, name + ".request.json")))!;
        var body = request["body"]!;
        var fields = System.Web.HttpUtility.ParseQueryString((string?)request["url_query"] ?? "")["$fields"];
        var key = BrowseKey((string?)body["browseId"], (string?)body["continuation"], fields);
        recordedBrowse[key] = SearchAnswer.FromFile(Path.Combine(folder, name + ".response.json"));
        return key;
    }

    private static string BrowseKey(string? browseId, string? continuation, string? fields) =>
        continuation is not null ? "continuation:" + continuation : $"browse:{browseId}|{fields}";

    private async Task<IResult> BrowseAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        var json = JsonNode.Parse(body);
        var browseId = (string?)json?["browseId"];
        var continuation = (string?)json?["continuation"];
        var fields = context.Request.Query["$fields"].FirstOrDefault();
        var (listId, offset) = continuation is null
            ? (browseId is { Length: > 2 } && browseId.StartsWith("VL", StringComparison.Ordinal) ? browseId[2..] : null, -1)
            : ReadToken(continuation);
        BrowseRequests.Enqueue(new RecordedBrowseRequest(
            browseId,
            (string?)json?["params"],
            continuation,
            fields,
            listId,
            (string?)json?["context"]?["client"]?["clientName"] ?? "",
            context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            body,
            context.Request.Path + context.Request.QueryString));

        if (recordedBrowse.TryGetValue(BrowseKey(browseId, continuation, fields), out var recorded))
        {
            return Results.Text(recorded.Body, recorded.ContentType, statusCode: (int)recorded.Status);
        }

        if (continuation is not null && listId is null)
        {
            return Results.Text(SearchAnswer.InvalidArgumentBody, "application/json", statusCode: (int)HttpStatusCode.BadRequest);
        }

        if (listId is null || !playlists.TryGetValue(listId, out var playlist))
        {
            return Results.Text(ErrorAlertPage("The playlist does not exist."), "application/json");
        }

        if (playlist.FailWith is { } status)
        {
            return Results.Text($"{{\"error\":{{\"code\":{(int)status}}}}}", "application/json", statusCode: (int)status);
        }

        if (playlist.AnswerBody is { } answerBody)
        {
            return Results.Text(answerBody, "application/json");
        }

        if (playlist.ErrorAlert is { } alert)
        {
            return Results.Text(ErrorAlertPage(alert), "application/json");
        }

        return Results.Text((offset < 0 ? HeaderPage(playlist) : RowsPage(playlist, offset)).ToJsonString(), "application/json");
    }

    /// <summary>The list and first row a token names: the client-built first-page token, or one the fake handed out.</summary>
    private static (string? ListId, int Offset) ReadToken(string token)
    {
        if (token.StartsWith(OwnTokenPrefix, StringComparison.Ordinal))
        {
            var parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token.AsSpan(OwnTokenPrefix.Length))).Split('|');
            return (parts[0], int.Parse(parts[1], CultureInfo.InvariantCulture));
        }

        try
        {
            var bytes = Convert.FromBase64String(token.Replace("%3D", "=", StringComparison.Ordinal).Replace('-', '+').Replace('_', '/'));
            var envelope = new CodedInputStream(bytes);
            if (WireFormat.GetTagFieldNumber(envelope.ReadTag()) != BrowseContinuationField)
            {
                return (null, 0);
            }

            var browse = new CodedInputStream(envelope.ReadBytes().ToByteArray());
            var fields = new Dictionary<int, string>();
            for (var tag = browse.ReadTag(); tag != 0; tag = browse.ReadTag())
            {
                fields[WireFormat.GetTagFieldNumber(tag)] = browse.ReadString();
            }

            // YouTube's first page: field 2 the browse id, 3 the page parameters, 35 the list id.
            return fields.GetValueOrDefault(35) is { } id && fields.GetValueOrDefault(2) == "VL" + id && fields.GetValueOrDefault(3) == FirstPageParams
                ? (id, 0)
                : (null, 0);
        }
        catch (Exception ex) when (ex is FormatException or InvalidProtocolBufferException)
        {
            return (null, 0);
        }
    }

    private static string ErrorAlertPage(string text) => new JsonObject
    {
        ["alerts"] = new JsonArray(new JsonObject
        {
            ["alertRenderer"] = new JsonObject { ["type"] = "ERROR", ["text"] = Runs(text) },
        }),
    }.ToJsonString();

    /// <summary>What the header browse (<c>$fields=sidebar,header,microformat,alerts</c>) answers: details, no rows.</summary>
    private static JsonObject HeaderPage(FakePlaylist playlist) => new()
    {
        ["header"] = new JsonObject { ["pageHeaderRenderer"] = new JsonObject { ["pageTitle"] = playlist.Title } },
        ["sidebar"] = Sidebar(playlist),
    };

    private JsonObject RowsPage(FakePlaylist playlist, int offset)
    {
        var rows = new JsonArray();
        var entries = playlist.Entries;
        var end = Math.Min(entries.Count, offset + Math.Max(1, playlist.PageSize));
        for (var i = offset; i < end; i++)
        {
            rows.Add(Row(entries[i], i + 1));
        }

        if (end < entries.Count)
        {
            var token = OwnTokenPrefix + Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{playlist.Id}|{end}"));
            rows.Add(new JsonObject
            {
                ["continuationItemRenderer"] = new JsonObject
                {
                    ["continuationEndpoint"] = new JsonObject { ["continuationCommand"] = new JsonObject { ["token"] = token } },
                },
            });
        }

        // YouTube answers the first page's token with a reload of the list, later ones with an append.
        var action = offset == 0 ? "reloadContinuationItemsCommand" : "appendContinuationItemsAction";
        return new JsonObject
        {
            ["contents"] = new JsonObject
            {
                ["twoColumnBrowseResultsRenderer"] = new JsonObject { ["tabs"] = new JsonArray(new JsonObject { ["tabRenderer"] = new JsonObject() }) },
            },
            ["sidebar"] = Sidebar(playlist),
            ["onResponseReceivedActions"] = new JsonArray(new JsonObject { [action] = new JsonObject { ["continuationItems"] = rows } }),
        };
    }

    private static JsonObject Sidebar(FakePlaylist playlist)
    {
        var count = playlist.Entries.Count;
        var primary = new JsonObject
        {
            ["title"] = Runs(playlist.Title),
            ["stats"] = new JsonArray(count == 0 ? Runs("No videos") : Runs(count.ToString("N0", CultureInfo.InvariantCulture), count == 1 ? " video" : " videos")),
        };
        var items = new JsonArray(new JsonObject { ["playlistSidebarPrimaryInfoRenderer"] = primary });
        if (playlist.Author is { } author)
        {
            items.Add(new JsonObject
            {
                ["playlistSidebarSecondaryInfoRenderer"] = new JsonObject
                {
                    ["videoOwner"] = new JsonObject { ["videoOwnerRenderer"] = new JsonObject { ["title"] = Runs(author) } },
                },
            });
        }

        return new JsonObject { ["playlistSidebarRenderer"] = new JsonObject { ["items"] = items } };
    }

    private JsonObject Row(FakePlaylistEntry entry, int index)
    {
        var (knownTitle, knownSeconds) = VideoDetails(entry.VideoId);
        var title = entry.Kind switch
        {
            FakePlaylistEntryKind.Deleted => "[Deleted video]",
            FakePlaylistEntryKind.Private => "[Private video]",
            _ => entry.Title ?? knownTitle ?? "Video " + entry.VideoId,
        };
        var row = new JsonObject
        {
            ["videoId"] = entry.VideoId,
            ["title"] = Runs(title),
            ["index"] = new JsonObject { ["simpleText"] = index.ToString(CultureInfo.InvariantCulture) },
        };
        if (entry.Kind is not (FakePlaylistEntryKind.Deleted or FakePlaylistEntryKind.Private))
        {
            var seconds = entry.DurationSeconds ?? knownSeconds ?? 60;
            row["lengthSeconds"] = seconds.ToString(CultureInfo.InvariantCulture);
            row["lengthText"] = new JsonObject { ["simpleText"] = $"{seconds / 60}:{seconds % 60:00}" };
        }

        if (entry.Kind == FakePlaylistEntryKind.MembersOnly)
        {
            row["badges"] = new JsonArray(new JsonObject
            {
                ["metadataBadgeRenderer"] = new JsonObject { ["style"] = "BADGE_STYLE_TYPE_MEMBERS_ONLY", ["label"] = "Members only" },
            });
        }

        row["isPlayable"] = entry.Kind is FakePlaylistEntryKind.Playable or FakePlaylistEntryKind.MembersOnly;
        return new JsonObject { ["playlistVideoRenderer"] = row };
    }

    /// <summary>The title and length of the player answer the fake serves for <paramref name="videoId"/> (any client).</summary>
    private (string? Title, int? Seconds) VideoDetails(string videoId)
    {
        foreach (var ((_, id), answer) in answers)
        {
            if (id == videoId && answer.PlayerJson is { } player && JsonNode.Parse(player)?["videoDetails"] is { } details)
            {
                return ((string?)details["title"], int.TryParse((string?)details["lengthSeconds"], CultureInfo.InvariantCulture, out var s) ? s : null);
            }
        }

        return (null, null);
    }

    private static JsonObject Runs(params string[] texts) => new()
    {
        ["runs"] = new JsonArray(texts.Select(t => (JsonNode)new JsonObject { ["text"] = t }).ToArray()),
    };
}
