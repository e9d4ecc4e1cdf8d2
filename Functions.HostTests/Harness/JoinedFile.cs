using System.Collections.Concurrent;
using YouTubeDownloader.Testing.Media;

namespace YouTubeDownloader.HostTests.Harness;

/// <summary>ffprobe's word on a downloaded file: it holds exactly the input streams' packets, in order.</summary>
public static class JoinedFile
{
    private static readonly ConcurrentDictionary<(string File, string Stream), Task<IReadOnlyList<PacketDigest>>> InputPackets = new();

    /// <summary>Checks <paramref name="file"/> against the inputs; <paramref name="decode"/> also decodes it whole (slower).</summary>
    public static async Task AssertJoinOfAsync(string file, IReadOnlyList<string> inputs, bool decode = false)
    {
        var streams = await MediaProbe.StreamsAsync(file);
        streams.Should().HaveCount(inputs.Count, $"{file} holds one stream per input");
        foreach (var input in inputs)
        {
            var selector = input.EndsWith(".m4a", StringComparison.Ordinal) ? "a:0" : "v:0";
            var expected = await InputPackets.GetOrAdd((input, selector), key => MediaProbe.PacketsAsync(key.File, key.Stream));
            var actual = await MediaProbe.PacketsAsync(file, selector);
            actual.Select(p => (p.Size, p.Hash, p.Dts, p.Pts)).Should().Equal(
                expected.Select(p => (p.Size, p.Hash, p.Dts, p.Pts)), $"every {selector} packet of {file} is the input's, in order");
        }

        if (decode)
        {
            (await MediaProbe.DecodeErrorsAsync(file)).Should().BeEmpty($"{file} decodes without error");
        }
    }
}
