namespace YouTubeDownloader.Testing.Media;

/// <summary>
/// One way of producing a video + audio input pair with ffmpeg. The argument strings go between the lavfi input and
/// the output file; <see cref="MuxShapes"/> lists the shapes the tests cover.
/// </summary>
public sealed record MuxShape(string Name, string VideoSource, string VideoArguments, string AudioSource, string AudioArguments)
{
    public override string ToString() => Name;
}
