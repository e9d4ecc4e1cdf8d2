namespace YouTubeDownloader.Storage;

/// <summary>One completed file under its name; PartitionKey = the name's SHA-256 (names hold characters keys may not).</summary>
public sealed class FileNameIndexEntity : CompletedTaskEntry
{
    public string FileName { get; set; } = "";
}
