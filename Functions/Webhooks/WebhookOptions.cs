using System.ComponentModel.DataAnnotations;

namespace YouTubeDownloader.Webhooks;

/// <summary>Settings under <c>Webhooks</c> (app settings <c>Webhooks__Secret</c>, <c>Webhooks__MaxAttempts</c>, …).</summary>
public sealed class WebhookOptions
{
    public const string Section = "Webhooks";

    /// <summary>
    /// The HMAC-SHA256 key of <c>X-Signature-256</c>. Without it webhooks are off and a <c>callback_url</c> is refused: an
    /// unsigned delivery would let anyone who learns the receiver's address forge the app's notices.
    /// </summary>
    public string? Secret { get; set; }

    /// <summary>Tries of one delivery (the first included) before it is given up.</summary>
    [Range(1, 20)]
    public int MaxAttempts { get; set; } = 8;

    /// <summary>First wait before a delivery is tried again; it doubles up to 10 minutes (8 tries span about 20 minutes).</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan FirstRetryInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long one delivery may take, connection included.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Whether a callback may be on loopback (and then plain <c>http</c>): only when the app runs in Development
    /// (<c>AZURE_FUNCTIONS_ENVIRONMENT=Development</c>, as <c>func start</c> sets it). Not a setting: derived from the environment.
    /// </summary>
    public bool AllowLoopback { get; set; }

    public bool Enabled => !string.IsNullOrEmpty(Secret);
}
