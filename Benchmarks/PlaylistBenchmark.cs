using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using YouTubeDownloader.Playlists;
using YouTubeDownloader.Testing.FakeYouTube;
using YouTubeDownloader.YouTube;
using YouTubeDownloader.YouTube.Playlists;
using YouTubeDownloader.YouTube.Wire.Playlists;
using YouTubeDownloader.Downloads;

namespace YouTubeDownloader.Benchmarks;

/// <summary>
/// What reading a playlist costs: parsing each recorded browse page (time and managed allocation per page), the
/// recorded 200-video list read through the fake YouTube by the real source (header + 2 pages over loopback HTTP), and a
/// hand-made list of many pages read whole as <c>POST /api/info</c> reads it.
/// </summary>
public sealed class PlaylistBenchmark : IBenchmark
{
    private const string RecordedList = "PLMC9KNkIncKtPzgY-5rmhvj7fax8fdxoj";

    public string Name => "playlist";

    public string Description => "Playlist pages: parse per recorded page, a recorded list and a long hand-made list over the fake [--runs 20 --entries 2000]";

    public async Task RunAsync(string[] args)
    {
        var runs = BenchmarkArgs.Int(args, "--runs", 20);
        var entries = BenchmarkArgs.Int(args, "--entries", 2000);
        var folder = Environment.GetEnvironmentVariable("YOUTUBE_PLAYLIST_FIXTURES") is { Length: > 0 } set && Directory.Exists(set) ? set : null;
        Console.WriteLine($"playlist benchmark: {Environment.ProcessorCount} cores, median of {runs} runs");
        if (folder is not null)
        {
            ParsePages(folder, runs);
        }
        else
        {
            Console.WriteLine("  (no recorded pages: set YOUTUBE_PLAYLIST_FIXTURES to their folder, see docs/testing.md)");
        }

        await using var fake = await FakeYouTubeServer.StartAsync();
        var settings = FakeYouTubeSettings.For(fake);
        settings["Playlists:MaxEntries"] = entries.ToString(CultureInfo.InvariantCulture);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        await using var services = new ServiceCollection().AddLogging().AddYouTubeResolver(configuration).AddPlaylists(configuration).BuildServiceProvider();
        var reader = services.GetRequiredService<PlaylistContentsReader>();

        if (folder is not null)
        {
            foreach (var name in new[] { "timelesspophits-2026-01-meta", "timelesspophits-2026-01-page1", "timelesspophits-2026-01-page2" })
            {
                fake.ServePlaylistFixture(folder, name);
            }

            PlaylistId.TryParseId(RecordedList, out var pop);
            var list = await MedianAsync(runs, () => reader.ReadAsync(pop!.Value, CancellationToken.None));
            Console.WriteLine($"  recorded list, {list.Result.Entries.Count} videos (header + 2 pages, 1.3 MB) via the fake: {list.Milliseconds,7:F1} ms");
        }

        fake.AddPlaylist("PLbenchmark0123456789abcdefghijkl", "Benchmark list", "Bench", Enumerable.Range(0, entries).Select(i => (FakePlaylistEntry)$"bench{i:000000}").ToList());
        PlaylistId.TryParseId("PLbenchmark0123456789abcdefghijkl", out var id);
        var pages = (entries + 99) / 100;
        var whole = await MedianAsync(Math.Max(1, runs / 4), () => reader.ReadAsync(id!.Value, CancellationToken.None));
        Console.WriteLine(
            $"  hand-made list, {whole.Result.Entries.Count} videos (header + {pages} pages of 100) via the fake: {whole.Milliseconds,7:F1} ms, {whole.Milliseconds / (pages + 1),5:F1} ms per request");
    }

    private static void ParsePages(string folder, int runs)
    {
        // The pages with rows; the header-only and error answers are a few KiB.
        var pages = Directory.EnumerateFiles(folder, "*.response.json").Order(StringComparer.Ordinal)
            .Select(p => (Path: p, Bytes: File.ReadAllBytes(p)))
            .Where(p => p.Bytes.Length >= 100_000)
            .ToList();

        // Warm-up until the JIT's optimised code runs (tiered compilation recompiles after about 30 calls).
        for (var i = 0; i < 50; i++)
        {
            PlaylistListingReader.Read(BrowseResponse.Parse(pages[i % pages.Count].Bytes));
        }

        Thread.Sleep(200);
        foreach (var (path, bytes) in pages)
        {

            var times = new List<double>();
            long allocated = 0;
            var items = 0;
            for (var i = 0; i < runs; i++)
            {
                var before = GC.GetAllocatedBytesForCurrentThread();
                var watch = Stopwatch.StartNew();
                items = PlaylistListingReader.Read(BrowseResponse.Parse(bytes)).Items.Count;
                times.Add(watch.Elapsed.TotalMilliseconds);
                allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            }

            var name = Path.GetFileName(path)[..^".response.json".Length];
            Console.WriteLine($"  parse {name,-32} {bytes.Length / 1024.0,6:F0} KiB  {items,3} rows  {Median(times),6:F2} ms  allocated {allocated / 1024.0,6:F0} KiB");
        }
    }

    private static async Task<(T Result, double Milliseconds)> MedianAsync<T>(int runs, Func<Task<T>> run)
    {
        var result = await run(); // warm-up: connections, JIT
        var times = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            result = await run();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        return (result, Median(times));
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values[values.Count / 2];
    }
}
