using System.ComponentModel.DataAnnotations;

namespace YouTubeDownloader.Downloads;

/// <summary>Settings under <c>Downloads</c> (app settings <c>Downloads__Container</c>, <c>Downloads__Table</c>).</summary>
public sealed class DownloadOptions
{
    public const string Section = "Downloads";

    /// <summary>Blob container for files; each task's blobs sit under <c>{taskId}/</c>.</summary>
    [Required]
    [RegularExpression("^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$", ErrorMessage = "Downloads:Container must be a valid blob container name.")]
    public string Container { get; set; } = "downloads";

    /// <summary>Table holding one row per task.</summary>
    [Required]
    [RegularExpression("^[A-Za-z][A-Za-z0-9]{2,62}$", ErrorMessage = "Downloads:Table must be a valid table name.")]
    public string Table { get; set; } = "downloads";
}
