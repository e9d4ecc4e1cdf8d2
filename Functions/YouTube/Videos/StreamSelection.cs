using YouTubeDownloader.YouTube.Wire;

namespace YouTubeDownloader.YouTube.Videos;

/// <summary>What <see cref="StreamSelector"/> took: one muxed format, one audio format, or video then audio.</summary>
public sealed record StreamSelection(IReadOnlyList<StreamingFormat> Formats, string FormatNote)
{
    public IReadOnlyList<int> Itags => Formats.Select(f => f.Itag!.Value).ToList();
}
