namespace YouTubeDownloader.Downloads;

/// <summary>
/// The file an audio download becomes. No MP3: YouTube serves none, and making one means decoding and re-encoding, a
/// second lossy generation; both of these keep YouTube's packets as they are.
/// </summary>
public enum AudioFormat
{
    /// <summary>AAC in an M4A (itag 140, usually 128 kbps): the default, plays everywhere.</summary>
    M4a,

    /// <summary>Opus in an Ogg file, <c>.opus</c> (itag 251, usually about 160 kbps): YouTube's best audio, rewrapped from its WebM.</summary>
    Opus,
}
