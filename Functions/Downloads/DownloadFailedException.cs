namespace YouTubeDownloader.Downloads;

/// <summary>
/// A download failed for a reason the task will report. Permanent (a refusal of the contract): the task ends at once.
/// </summary>
/// <remarks>
/// Durable Functions carries only an exception's type name and message across the activity boundary,
/// so the code travels as the message prefix <c>"code: reason"</c>; <see cref="DownloadFailure"/> reads it back.
/// </remarks>
public class DownloadFailedException(DownloadErrorCode code, string reason, Exception? inner = null)
    : Exception($"{code.ToWire()}: {reason}", inner)
{
    public DownloadErrorCode Code { get; } = code;

    public string Reason { get; } = reason;
}
