namespace YouTubeDownloader.Events;

/// <summary>The SSE event types of <c>GET /api/downloads/{id}/events</c>.</summary>
public enum TaskEventKind
{
    /// <summary>The task changed and is still running.</summary>
    Progress,

    /// <summary>The task ended (completed, error or cancelled); the last event of the stream.</summary>
    End,
}
