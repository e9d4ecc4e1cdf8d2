using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using Azure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using YouTubeDownloader.Api.Results;
using YouTubeDownloader.Delivery;
using YouTubeDownloader.Downloads;
using YouTubeDownloader.Tests.Media;

namespace YouTubeDownloader.Tests.Playlists;

/// <summary>
/// The playlist ZIP as written to a response body that, like Kestrel's, takes only asynchronous writes and cannot seek:
/// stored entries with data descriptors and UTF-8 names, and Zip64 records once an entry passes 4 GiB (APPNOTE 4.3.9, 4.5.3).
/// </summary>
public sealed class PlaylistZipResultTests
{
    private const uint LocalHeader = 0x04034b50;
    private const uint CentralHeader = 0x02014b50;
    private const uint Zip64EndOfCentralDirectory = 0x06064b50;
    private const uint DataDescriptor = 0x08074b50;

    [Fact]
    public async Task Small_entries_are_stored_with_utf8_names_and_read_back_whole()
    {
        var first = Encoding.UTF8.GetBytes("primer vídeo");
        var second = new byte[100_000];
        Random.Shared.NextBytes(second);
        var body = new AsyncOnlyCapture(keep: 1 << 20);

        await RunAsync(body, ("001 - Ñandú 日本.mp4", first, first.Length), ("002 - b.mp4", second, second.Length));

        await using var zip = new ZipArchive(new MemoryStream(body.Head), ZipArchiveMode.Read);
        zip.Entries.Select(e => e.FullName).Should().Equal("001 - Ñandú 日本.mp4", "002 - b.mp4");
        foreach (var (entry, expected) in zip.Entries.Zip([first, second]))
        {
            await using var content = await entry.OpenAsync();
            using var copy = new MemoryStream();
            await content.CopyToAsync(copy);
            copy.ToArray().Should().Equal(expected);
        }

        var flags = BinaryPrimitives.ReadUInt16LittleEndian(body.Head.AsSpan(6));
        BinaryPrimitives.ReadUInt32LittleEndian(body.Head).Should().Be(LocalHeader);
        (flags & 0x0008).Should().Be(0x0008, "sizes follow the data in a descriptor: the stream cannot go back");
        (flags & 0x0800).Should().Be(0x0800, "names are UTF-8");
        BinaryPrimitives.ReadUInt16LittleEndian(body.Head.AsSpan(8)).Should().Be(0, "method 0: stored");
    }

    [Fact]
    public async Task An_entry_over_4_GiB_gets_zip64_sizes_in_its_descriptor_and_the_central_directory()
    {
        const long big = (4L << 30) + 12345;
        var body = new AsyncOnlyCapture(keep: 64 * 1024);

        await RunAsync(body, ("001 - a.mp4", [1, 2, 3], 3), ("002 - big.mp4", [7], big), ("003 - after.mp4", [9, 9], 2));

        body.Total.Should().BeGreaterThan(big);
        var tail = body.Tail;
        var zip64End = IndexOf(tail, Zip64EndOfCentralDirectory);
        zip64End.Should().BeGreaterThan(0, "an archive past 4 GiB ends with Zip64 end records");
        var entries = BinaryPrimitives.ReadInt64LittleEndian(tail.AsSpan(zip64End + 32));
        entries.Should().Be(3);

        var central = IndexOf(tail, CentralHeader);
        var names = new List<string>();
        for (var at = central; at >= 0 && at < zip64End; at = NextCentral(tail, at, names))
        {
        }

        names.Should().Equal("001 - a.mp4", "002 - big.mp4", "003 - after.mp4");
        var bigHeader = IndexOf(tail, CentralHeader, central + 1);
        BinaryPrimitives.ReadUInt32LittleEndian(tail.AsSpan(bigHeader + 24)).Should().Be(uint.MaxValue, "the real size is in the Zip64 field");
        var nameLength = BinaryPrimitives.ReadUInt16LittleEndian(tail.AsSpan(bigHeader + 28));
        var extra = tail.AsSpan(bigHeader + 46 + nameLength);
        BinaryPrimitives.ReadUInt16LittleEndian(extra).Should().Be(0x0001, "the Zip64 extended information field");
        BinaryPrimitives.ReadInt64LittleEndian(extra[4..]).Should().Be(big);

        // The big entry's descriptor sits right before the third entry's local header: 24 bytes, 8-byte sizes.
        var third = IndexOf(tail, LocalHeader);
        BinaryPrimitives.ReadUInt32LittleEndian(tail.AsSpan(third - 24)).Should().Be(DataDescriptor);
        BinaryPrimitives.ReadInt64LittleEndian(tail.AsSpan(third - 16)).Should().Be(big);
        BinaryPrimitives.ReadInt64LittleEndian(tail.AsSpan(third - 8)).Should().Be(big);
    }

    private static async Task RunAsync(AsyncOnlyCapture body, params (string Name, byte[] Prefix, long Length)[] files)
    {
        var entries = files.Select(f => new PlaylistArchiveEntry(
            f.Name,
            DateTimeOffset.UtcNow,
            _ => Task.FromResult<DownloadFile?>(new DownloadFile(
                new ZeroTailStream(f.Prefix, f.Length), "video/mp4", f.Name, f.Length, new ETag("x"), DateTimeOffset.UtcNow)))).ToList();
        var http = new DefaultHttpContext { RequestServices = new ServiceCollection().AddLogging().BuildServiceProvider() };
        http.Request.Method = "GET";
        http.Response.Body = body;

        await new PlaylistZipResult(new PlaylistArchive("lista.zip", entries)).ExecuteResultAsync(
            new ActionContext(http, new RouteData(), new ActionDescriptor()));

        http.Response.Headers.ContentType.ToString().Should().Be("application/zip");
        body.Total.Should().BeGreaterThan(0, "the archive was written, not aborted");
    }

    private static int NextCentral(byte[] tail, int at, List<string> names)
    {
        var nameLength = BinaryPrimitives.ReadUInt16LittleEndian(tail.AsSpan(at + 28));
        var extraLength = BinaryPrimitives.ReadUInt16LittleEndian(tail.AsSpan(at + 30));
        var commentLength = BinaryPrimitives.ReadUInt16LittleEndian(tail.AsSpan(at + 32));
        names.Add(Encoding.UTF8.GetString(tail, at + 46, nameLength));
        var next = at + 46 + nameLength + extraLength + commentLength;
        return BinaryPrimitives.ReadUInt32LittleEndian(tail.AsSpan(next)) == CentralHeader ? next : -1;
    }

    private static int IndexOf(byte[] data, uint signature, int from = 0)
    {
        Span<byte> bytes = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(bytes, signature);
        var found = data.AsSpan(from).IndexOf(bytes);
        return found < 0 ? -1 : from + found;
    }

    /// <summary>A response body: no seeking, no synchronous writes; keeps the first and the last <c>keep</c> bytes.</summary>
    private sealed class AsyncOnlyCapture(int keep) : WriteOnlyStream
    {
        private readonly MemoryStream head = new();
        private readonly byte[] ring = new byte[keep];

        public long Total { get; private set; }

        public byte[] Head => head.ToArray();

        public byte[] Tail
        {
            get
            {
                var length = (int)Math.Min(Total, keep);
                var tail = new byte[length];
                for (var i = 0; i < length; i++)
                {
                    tail[i] = ring[(Total - length + i) % keep];
                }

                return tail;
            }
        }

        public override void Write(byte[] buffer, int offset, int count) =>
            throw new InvalidOperationException("Synchronous operations are disallowed.");

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            var span = buffer.Span;
            if (head.Length < keep)
            {
                head.Write(span[..(int)Math.Min(span.Length, keep - head.Length)]);
            }

            // Only the last `keep` bytes of a write can reach the tail.
            var skip = Math.Max(0, span.Length - keep);
            for (var i = skip; i < span.Length; i++)
            {
                ring[(Total + i) % keep] = span[i];
            }

            Total += span.Length;
            return ValueTask.CompletedTask;
        }

        public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public override void Flush() => throw new InvalidOperationException("Synchronous operations are disallowed.");
    }
}
