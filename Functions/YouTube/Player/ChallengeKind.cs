namespace YouTubeDownloader.YouTube.Player;

/// <summary>The two challenges of a media URL.</summary>
public enum ChallengeKind
{
    /// <summary>The <c>n</c> query parameter, replaced by the function's answer (else 403 or a trickle).</summary>
    N,

    /// <summary>A <c>signatureCipher</c>'s <c>s</c>, whose answer goes in as the parameter its <c>sp</c> names.</summary>
    Sig,
}
