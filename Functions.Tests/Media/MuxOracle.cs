using YouTubeDownloader.Testing.Media;

namespace YouTubeDownloader.Tests.Media;

/// <summary>ffmpeg/ffprobe's verdict on a joined file, compared with the inputs it was made from.</summary>
internal static class MuxOracle
{
    /// <param name="textTracks">Subtitle tracks the output holds after the inputs' tracks: they change no media packet.</param>
    public static async Task AssertJoinedAsync(IReadOnlyList<string> inputs, string output, int textTracks = 0)
    {
        var expectedStreams = new List<(string Type, string Codec, double Duration)>();
        foreach (var input in inputs)
        {
            expectedStreams.Add((await MediaProbe.StreamsAsync(input)).Single());
        }

        var allStreams = await MediaProbe.StreamsAsync(output);
        allStreams.Count(s => s.Type == "subtitle").Should().Be(textTracks);
        var actualStreams = allStreams.Where(s => s.Type != "subtitle").ToList();
        var headers = HeaderDurations.Read(output);
        headers.Tracks.Should().HaveCount(inputs.Count + textTracks);
        actualStreams.Select(s => (s.Type, s.Codec)).Should().Equal(expectedStreams.Select(s => (s.Type, s.Codec)), "exactly the input streams, video first");

        for (var i = 0; i < inputs.Count; i++)
        {
            var selector = expectedStreams[i].Type == "video" ? "v:0" : "a:0";
            var inputPackets = await MediaProbe.PacketsAsync(inputs[i], selector);
            var outputPackets = await MediaProbe.PacketsAsync(output, selector);
            outputPackets.Select(p => (p.Size, p.Hash)).Should().Equal(inputPackets.Select(p => (p.Size, p.Hash)), $"every {selector} packet is copied unchanged and in order");

            // Same timescale, same edits: decode and presentation times match packet for packet (B-frame offsets kept).
            outputPackets.Select(p => (p.Dts, p.Pts)).Should().Equal(inputPackets.Select(p => (p.Dts, p.Pts)), $"{selector} timing and composition offsets survive");
            var inputEdits = HeaderDurations.Read(inputs[i]).Tracks.Single().EditMediaTimes;
            if (inputEdits.Count > 0)
            {
                headers.Tracks[i].EditMediaTimes.Should().Equal(inputEdits, $"the {selector} edit list survives");
            }

            // Within one frame (video) or one AAC frame (audio): the longest packet duration.
            var expectedDuration = inputPackets.Sum(p => p.DurationSeconds);
            var tolerance = inputPackets.Max(p => p.DurationSeconds) + 1e-3;
            actualStreams[i].Duration.Should().BeApproximately(expectedDuration, tolerance, $"ffprobe's {selector} duration survives");
            headers.Tracks[i].Media.Should().BeApproximately(expectedDuration, tolerance, $"'mdhd' of {selector} holds the summed sample durations");
            headers.Tracks[i].Track.Should().BeApproximately(expectedDuration, tolerance, $"'tkhd' of {selector} holds the presented duration");
        }

        headers.Movie.Should().BeApproximately(headers.Tracks.Max(t => t.Track), 1e-3, "'mvhd' spans the longest track");
        (await MediaProbe.DecodeErrorsAsync(output)).Should().BeEmpty("a full decode reports no error");

        var boxes = TopLevelBoxes.List(output).Select(b => b.Type).ToList();
        boxes.Take(2).Should().Equal(["ftyp", "moov"], "the moov comes before the media (faststart)");
        boxes[^1].Should().Be("mdat");
        boxes.Should().NotContain(["moof", "sidx", "mvex"]);
        TopLevelBoxes.List(output).Sum(b => b.Size).Should().Be(new FileInfo(output).Length, "the boxes tile the file");
    }
}
