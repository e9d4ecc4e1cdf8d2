using YouTubeDownloader.Testing.Media;

namespace YouTubeDownloader.Tests.Media;

/// <summary>
/// Truncated and bit-flipped inputs: every case either joins or fails with InvalidDataException/EndOfStreamException,
/// within a time bound. Flips aim mostly at the header boxes, where the reader makes its decisions.
/// </summary>
public sealed class Mp4RemuxerFuzzTests
{
    private static readonly TimeSpan PerCaseLimit = TimeSpan.FromSeconds(5);

    public static TheoryData<string> Inputs => new("dash_video", "dash_audio", "progressive_video", "small_fragments_video");

    [Theory]
    [MemberData(nameof(Inputs))]
    public async Task Truncated_inputs_end_in_a_clean_error(string input)
    {
        var file = await LoadAsync(input);
        var random = new Random(1234);
        var boundaries = TopLevelBoxes.List(await PathOf(input)).Select(b => b.Offset).ToHashSet();
        var cuts = TopLevelBoxes.List(await PathOf(input)).SelectMany(b => new[] { b.Offset + 4, b.Offset + 9, b.Offset + 30, b.Offset + (b.Size / 2) })
            .Concat(Enumerable.Range(0, 60).Select(_ => (long)random.Next(file.Length)))
            .Where(cut => cut < file.Length && !boundaries.Contains(cut)) // a cut between boxes leaves a shorter, valid file
            .Distinct();

        foreach (var cut in cuts)
        {
            var outcome = await RunAsync(file[..(int)cut]);
            new[] { typeof(InvalidDataException), typeof(EndOfStreamException) }.Should().Contain(outcome, $"a file cut at {cut} is incomplete");
        }
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public async Task Bit_flipped_inputs_join_or_end_in_a_clean_error(string input)
    {
        var file = await LoadAsync(input);
        var headerRegions = TopLevelBoxes.List(await PathOf(input)).Where(b => b.Type != "mdat").ToList();
        var random = new Random(4321);
        var rejected = 0;
        for (var i = 0; i < 150; i++)
        {
            var mutated = (byte[])file.Clone();
            var flips = random.Next(1, 4);
            for (var f = 0; f < flips; f++)
            {
                var region = headerRegions[random.Next(headerRegions.Count)];
                var position = random.Next(10) < 9
                    ? (int)(region.Offset + random.NextInt64(Math.Min(region.Size, 4096)))
                    : random.Next(file.Length);
                mutated[position] ^= (byte)(1 << random.Next(8));
            }

            var outcome = await RunAsync(mutated);
            new[] { typeof(void), typeof(InvalidDataException), typeof(EndOfStreamException) }.Should().Contain(outcome, $"case {i} must end cleanly");
            rejected += outcome == typeof(void) ? 0 : 1;
        }

        rejected.Should().BeGreaterThan(10, "the flips must reach fields the reader checks, or the test proves little");
    }

    /// <summary>The exception type the join ended with (void for success); fails the test when it exceeds the limit.</summary>
    private static async Task<Type> RunAsync(byte[] input)
    {
        var join = Task.Run(() => MuxRunner.RemuxBytesAsync(input));
        var finished = await Task.WhenAny(join, Task.Delay(PerCaseLimit));
        finished.Should().BeSameAs(join, "a malformed input must not hang the remuxer");
        try
        {
            await join;
            return typeof(void);
        }
        catch (Exception e)
        {
            return e.GetType();
        }
    }

    private static async Task<byte[]> LoadAsync(string input) => await File.ReadAllBytesAsync(await PathOf(input));

    private static async Task<string> PathOf(string input) => input switch
    {
        "dash_video" => (await MuxFixtures.GetAsync(MuxShapes.DashSidx)).Video,
        "dash_audio" => (await MuxFixtures.GetAsync(MuxShapes.DashSidx)).Audio,
        "progressive_video" => (await MuxFixtures.GetAsync(MuxShapes.All.Single(s => s.Name == "progressive"))).Video,
        _ => (await MuxFixtures.GetAsync(MuxShapes.All.Single(s => s.Name == "small_fragments"))).Video,
    };
}
