namespace YouTubeDownloader.Downloads;

/// <summary>
/// A download, or a question about a video or list, failed for a reason the contract names: <see cref="Code"/> says which
/// (and, through <see cref="DownloadErrorCodes.IsRetryable"/>, whether another attempt may help), <see cref="Text"/> is what a
/// client reads. The exception's own message is the internal detail, for the log only.
/// </summary>
/// <remarks>
/// The code and the text cross the activity boundary as properties of the failure details (see
/// <c>Workflow.FailureProperties</c>), never parsed out of the message.
/// </remarks>
/// <param name="detail">What went wrong inside (an HTTP status, an itag, a host's answer): logged, never shown.</param>
/// <param name="text">The client's text, from <see cref="Texts"/>; by default the code's (<see cref="Texts.Of"/>).</param>
public sealed class DownloadFailedException(DownloadErrorCode code, string detail, Exception? inner = null, string? text = null)
    : Exception(detail, inner)
{
    public DownloadErrorCode Code { get; } = code;

    public string Text { get; } = text ?? Texts.Of(code);

    public bool IsRetryable => Code.IsRetryable();
}
