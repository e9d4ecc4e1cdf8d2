using System.Text.Json;

namespace YouTubeDownloader.YouTube.Wire.Search;

/// <summary>One child of an item section: <c>{"videoRenderer": {…}}</c>, <c>{"lockupViewModel": {…}}</c>, ….</summary>
public readonly struct SearchItemRenderer(JsonElement element)
{
    private static readonly Dictionary<string, SearchItemKind> Kinds = new(StringComparer.Ordinal)
    {
        ["videoRenderer"] = SearchItemKind.Video,
        ["lockupViewModel"] = SearchItemKind.Lockup,
        ["reelItemRenderer"] = SearchItemKind.Short,
        ["shortsLockupViewModel"] = SearchItemKind.Short,
        ["shelfRenderer"] = SearchItemKind.Shelf,
        ["reelShelfRenderer"] = SearchItemKind.Shelf,
        ["gridShelfViewModel"] = SearchItemKind.Shelf,
        ["showingResultsForRenderer"] = SearchItemKind.Correction,
        ["didYouMeanRenderer"] = SearchItemKind.Correction,
        ["includingResultsForRenderer"] = SearchItemKind.Correction,
    };

    /// <summary>The renderer's key, e.g. <c>videoRenderer</c>; null when the item is not a one-key object.</summary>
    public string? Name => element.ValueKind == JsonValueKind.Object ? element.EnumerateObject().Select(p => p.Name).FirstOrDefault() : null;

    public SearchItemKind Kind => Name is { } name && Kinds.TryGetValue(name, out var kind) ? kind : SearchItemKind.Other;

    private JsonElement Body => Name is { } name ? element.GetProperty(name) : default;

    public VideoRenderer AsVideo() => new(Body);

    public LockupViewModel AsLockup() => new(Body);

    public ShortItem AsShort() => new(Body, Name == "shortsLockupViewModel");

    public CorrectionRenderer AsCorrection() => new(Body);
}
