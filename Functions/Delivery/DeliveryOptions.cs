using System.ComponentModel.DataAnnotations;

namespace YouTubeDownloader.Delivery;

/// <summary>Settings under <c>Delivery</c> (app settings <c>Delivery__LinkLifetime</c>, <c>Delivery__ReuseCompletedFiles</c>).</summary>
public sealed class DeliveryOptions
{
    public const string Section = "Delivery";

    /// <summary>
    /// How long a direct download link (<c>GET /api/download/{id}/link</c>) stays valid. At most 12 hours, so a link
    /// always fits inside one cached user delegation key (<see cref="UserDelegationKeyCache.KeyLifetime"/>).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "12:00:00", ErrorMessage = "Delivery:LinkLifetime must be between 00:00:01 and 12:00:00.")]
    public TimeSpan LinkLifetime { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// A new task whose stream choice (<see cref="StreamChoice"/>) already has a completed file gets a server-side copy
    /// of that file instead of downloading the media again.
    /// </summary>
    public bool ReuseCompletedFiles { get; set; } = true;
}
