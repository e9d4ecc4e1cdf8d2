using System.ComponentModel.DataAnnotations;

namespace YouTubeDownloader.Delivery;

/// <summary>Settings under <c>Delivery</c> (app settings <c>Delivery__LinkLifetime</c>, <c>Delivery__EventsMaxMinutes</c>, <c>Delivery__ReuseCompletedFiles</c>, …).</summary>
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
    /// The longest a task's event stream (<c>GET /api/downloads/{id}/events</c>) stays open, in minutes; then it closes
    /// without an <c>end</c> event and the client reconnects. An open stream keeps an instance busy and counts against
    /// <c>functionTimeout</c>: keep it within the app's (Flex Consumption's default is 30 min, this setting's too).
    /// </summary>
    [Range(0.01, 1440, ErrorMessage = "Delivery:EventsMaxMinutes must be between 0.01 and 1440.")]
    public double EventsMaxMinutes { get; set; } = 30;

    /// <summary>How often an event stream reads its task: the pace at which the workflow writes progress.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:01:00", ErrorMessage = "Delivery:EventsPollInterval must be between 00:00:00.050 and 00:01:00.")]
    public TimeSpan EventsPollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// A new task whose stream choice (<see cref="StreamChoice"/>) already has a completed file gets a server-side copy
    /// of that file instead of downloading the media again.
    /// </summary>
    public bool ReuseCompletedFiles { get; set; } = true;
}
