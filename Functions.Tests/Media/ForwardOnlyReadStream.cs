namespace YouTubeDownloader.Tests.Media;

/// <summary>A readable stream that cannot seek, like a plain HTTP response body.</summary>
internal sealed class ForwardOnlyReadStream(byte[] bytes) : MemoryStream(bytes, writable: false)
{
    public override bool CanSeek => false;
}
