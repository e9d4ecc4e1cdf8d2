using YouTubeDownloader.Media;
using YouTubeDownloader.Testing.Media;

namespace YouTubeDownloader.Tests.Media;

/// <summary>Joins files on disk through the public entry point, the output behind a forward-only wrapper.</summary>
internal static class MuxRunner
{
    public static async Task<long> RemuxFilesAsync(IReadOnlyList<string> inputs, string output)
    {
        var streams = inputs.Select(path => (Stream)File.OpenRead(path)).ToList();
        try
        {
            await using var target = new ForwardOnlyWriteStream(File.Create(output));
            var written = await Mp4Remuxer.RemuxAsync(streams, target, CancellationToken.None);
            written.Should().Be(target.Written, "the returned count is what reached the output");
            return written;
        }
        finally
        {
            foreach (var stream in streams)
            {
                await stream.DisposeAsync();
            }
        }
    }

    /// <summary>Remuxes bytes held in memory; what the malformed-input and fuzz tests feed.</summary>
    public static Task<long> RemuxBytesAsync(byte[] input, CancellationToken cancellationToken = default) =>
        Mp4Remuxer.RemuxAsync([new MemoryStream(input, writable: false)], new ForwardOnlyWriteStream(Stream.Null), cancellationToken);
}
