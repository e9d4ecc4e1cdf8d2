using System.Buffers.Binary;
using YouTubeDownloader.Media;
using YouTubeDownloader.Media.IsoBmff;
using YouTubeDownloader.Media.OnePass;
using YouTubeDownloader.Testing.Media;

namespace YouTubeDownloader.Tests.Media;

/// <summary>The one-pass planning without storage: reading a stream's head, cutting pieces, and the header past 4 GiB.</summary>
public sealed class OnePassAssemblerTests
{
    [Fact]
    public async Task Audio_is_cut_on_the_video_windows_and_every_fragment_lands_in_one_piece()
    {
        var pair = await MuxFixtures.GetAsync(MuxShapes.ManyFragments);
        var video = ReadHead(pair.Video);
        var audio = ReadHead(pair.Audio);

        var windows = StreamPieces.Windows(video, 64 * 1024);
        var videoPieces = StreamPieces.Cut(video, windows);
        var audioPieces = StreamPieces.Cut(audio, windows);

        windows.Should().HaveCountGreaterThan(2).And.BeInAscendingOrder();
        videoPieces.Select(p => p.Index).Should().Equal(Enumerable.Range(0, windows.Count), "the video is what the windows were cut from");
        videoPieces.Should().OnlyContain(p => p.Length <= 64 * 1024 || p.FragmentCount == 1, "pieces stay within a segment unless one fragment is larger");
        audioPieces.Sum(p => p.FragmentCount).Should().Be(audio.Fragments.Count);
        audioPieces.Select(p => p.Index).Should().BeInAscendingOrder().And.OnlyHaveUniqueItems();
        foreach (var piece in audioPieces)
        {
            audio.Fragments[piece.FirstFragment].StartSeconds.Should().BeGreaterThanOrEqualTo(piece.Index == 0 ? double.MinValue : windows[piece.Index]);
        }
    }

    [Theory]
    [InlineData("progressive", "'mdat'")]
    [InlineData("progressive_faststart", "not fragmented")]
    [InlineData("small_fragments", "before any 'sidx'")]
    public async Task Streams_without_an_index_are_left_to_the_two_step_path(string shape, string reason)
    {
        var pair = await MuxFixtures.GetAsync(MuxShapes.All.Single(s => s.Name == shape));
        var bytes = await File.ReadAllBytesAsync(pair.Video);

        var head = StreamHead.TryRead(bytes, bytes.Length, out _, out var unsupported);

        head.Should().BeNull();
        unsupported.Should().Contain(reason);
    }

    [Fact]
    public async Task A_head_longer_than_the_first_read_asks_for_more_bytes()
    {
        var pair = await MuxFixtures.GetAsync(MuxShapes.DashSidx);
        var bytes = await File.ReadAllBytesAsync(pair.Video);

        var head = StreamHead.TryRead(bytes.AsSpan(0, 100), bytes.Length, out var needed, out var unsupported);

        head.Should().BeNull();
        unsupported.Should().BeNull();
        needed.Should().BeGreaterThan(100);
        var reads = 1;
        while (head is null && needed > 0 && reads++ < 5)
        {
            head = StreamHead.TryRead(bytes.AsSpan(0, needed), bytes.Length, out needed, out unsupported);
        }

        head.Should().NotBeNull("each read asks for what the next box needs: the moov, then the sidx");
        head!.Fragments.Should().NotBeEmpty();
    }

    [Fact]
    public async Task A_file_past_4_GiB_gets_co64_offsets_and_a_64_bit_mdat()
    {
        // A real init segment, then three pieces of one 2 GB sample each: no media byte exists, only the tables.
        var pair = await MuxFixtures.GetAsync(MuxShapes.DashSidx);
        var bytes = await File.ReadAllBytesAsync(pair.Video);
        var head = StreamHead.TryRead(bytes, bytes.Length, out _, out _)!;
        const uint sampleSize = 2_000_000_000;
        var writer = new BoxWriter();
        writer.Write(head.InitRecord());
        for (var i = 0; i < 3; i++)
        {
            using var table = new PieceTableRecorder(i, expectedSamples: 1);
            table.StartRun((ulong)i * 512);
            table.Add(new Sample(0, sampleSize, 512, 0, 1, IsSync: true));
            writer.Write(table.Finish());
        }

        var file = OnePassAssembler.Plan([((ReadOnlyMemory<byte>)writer.ToArray(), 10_000_000_000L)]);

        var header = file.Header;
        var boxes = TopLevel(header);
        boxes.Select(b => b.Type).Should().Equal("ftyp", "moov", "mdat");
        var mdat = boxes[2];
        BinaryPrimitives.ReadUInt32BigEndian(header.AsSpan((int)mdat.Offset)).Should().Be(1u, "a largesize follows");
        BinaryPrimitives.ReadUInt64BigEndian(header.AsSpan((int)mdat.Offset + 8)).Should().Be((3UL * sampleSize) + 16);
        file.Length.Should().Be(header.Length + (3L * sampleSize));
        var co64 = IndexOf(header, "co64");
        co64.Should().BePositive("offsets past 4 GiB need 64 bits");
        IndexOf(header, "stco").Should().Be(-1);
        var count = BinaryPrimitives.ReadUInt32BigEndian(header.AsSpan(co64 + 12));
        var offsets = Enumerable.Range(0, (int)count).Select(i => BinaryPrimitives.ReadUInt64BigEndian(header.AsSpan(co64 + 16 + (8 * i)))).ToList();
        offsets.Should().Equal(Enumerable.Range(0, 3).Select(i => (ulong)header.Length + ((ulong)i * sampleSize)), "each chunk starts where its block lands");
        file.Blocks.Select(b => (b.Stream, b.Piece, b.Length)).Should().Equal([(0, 0, sampleSize), (0, 1, sampleSize), (0, 2, sampleSize)]);
    }

    private static StreamHead ReadHead(string path)
    {
        var bytes = File.ReadAllBytes(path);
        return StreamHead.TryRead(bytes, bytes.Length, out _, out var unsupported) ?? throw new InvalidOperationException(unsupported);
    }

    private static List<(string Type, long Offset)> TopLevel(byte[] bytes)
    {
        var boxes = new List<(string, long)>();
        for (var position = 0L; position < bytes.Length;)
        {
            var header = BoxHeader.Read(bytes.AsSpan((int)position), long.MaxValue / 2, topLevel: true);
            boxes.Add((BoxTypes.Name(header.Type), position));
            position += header.Type == BoxTypes.Mdat ? bytes.Length : header.Size;
        }

        return boxes;
    }

    private static int IndexOf(byte[] bytes, string type) => bytes.AsSpan().IndexOf(System.Text.Encoding.ASCII.GetBytes(type)) is var at and >= 0 ? at - 4 : -1;
}
