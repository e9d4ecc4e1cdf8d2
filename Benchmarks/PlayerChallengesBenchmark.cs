using System.Diagnostics;
using System.Globalization;
using YouTubeDownloader.YouTube.Player;

namespace YouTubeDownloader.Benchmarks;

/// <summary>
/// What solving a player's challenges costs, per engine, each in a child process of its own so that its peak memory is
/// its own: preparing the recorded player cold (parse, find, build the program, load it, settle the candidates), then
/// one <c>n</c> and one <c>sig</c> answer warm (medians over distinct values, none memoized), and the peak resident
/// memory of the child after preparing (with the resident pages of mapped files, such as V8's 58 MB native library,
/// shown apart). Goals: preparing ≤ 1 s, an answer ≤ 5 ms, memory ≤ 150 MB.
/// </summary>
public sealed class PlayerChallengesBenchmark : IBenchmark
{
    private static readonly string[] Engines = ["v8", "jint"];

    public string Name => "player-challenges";

    public string Description => "Player challenges per engine: prepare cold, one n and one sig warm, peak memory [--player FILE --runs 20]";

    public async Task RunAsync(string[] args)
    {
        var at = Array.IndexOf(args, "--child");
        var player = PlayerFile(args);
        var runs = BenchmarkArgs.Int(args, "--runs", 20);
        if (at >= 0)
        {
            Child(args[at + 1], player!, runs);
            return;
        }

        if (player is null)
        {
            Console.WriteLine("player-challenges: no recorded player: set YOUTUBE_PLAYER_FIXTURES to its folder (see README) or pass --player FILE");
            return;
        }

        Console.WriteLine($"player-challenges benchmark: {Path.GetFileName(player)} ({new FileInfo(player).Length:N0} bytes), {Environment.ProcessorCount} cores, load {Load()}");
        Console.WriteLine($"  {"engine",-6} {"prepare cold",13} {"of which build",15} {"n warm",9} {"sig warm",9} {"peak memory",12} {"(before)",9} {"(mapped files)",15}");
        foreach (var engine in Engines)
        {
            var words = await BenchmarkChild.RunAsync(Name, Name, "--child", engine, "--player", player, "--runs", runs.ToString(CultureInfo.InvariantCulture));
            var v = words.Select(w => double.Parse(w, CultureInfo.InvariantCulture)).ToArray();
            Console.WriteLine($"  {engine,-6} {v[0],10:F0} ms {v[1],12:F0} ms {v[2],6:F2} ms {v[3],6:F2} ms {v[4],9:F0} MB {v[5],6:F0} MB {v[6],12:F0} MB");
        }
    }

    private static void Child(string engineName, string file, int runs)
    {
        IChallengeEngine engine = engineName == "jint"
            ? new JintChallengeEngine()
            : new V8ChallengeEngine(Microsoft.Extensions.Options.Options.Create(new ChallengeEngineLimits()));
        var script = new PlayerScript(PlayerId.TryParse(Path.GetFileName(file).Split('.')[0], out var id) ? id : PlayerId.Parse("00000000"), File.ReadAllText(file));
        var before = PeakMemory.Bytes();

        var clock = Stopwatch.StartNew();
        using var player = new PlayerChallengeSolver(engine).Prepare(script);
        var prepare = clock.Elapsed.TotalMilliseconds;
        var peak = PeakMemory.Bytes();

        // The parse, find and build step alone, now warm, to show where the time goes.
        clock.Restart();
        _ = ChallengeProgram.Build(script);
        var build = clock.Elapsed.TotalMilliseconds;

        var n = Median(runs, i => player.SolveN($"nBench{i:D4}xYz_-Q"));
        var sig = Median(runs, i => player.SolveSig(new string('A', 60) + i.ToString("D4", CultureInfo.InvariantCulture) + new string('z', 44)));
        Console.WriteLine(string.Join(' ', new[] { prepare, build, n, sig, peak / 1e6, before / 1e6, MappedFiles() / 1e6 }.Select(x => x.ToString("F3", CultureInfo.InvariantCulture))));
    }

    private static double Median(int runs, Func<int, string> answer)
    {
        var times = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var clock = Stopwatch.StartNew();
            _ = answer(i);
            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        return times[times.Count / 2];
    }

    private static string? PlayerFile(string[] args)
    {
        var at = Array.IndexOf(args, "--player");
        if (at >= 0 && at + 1 < args.Length)
        {
            return Path.GetFullPath(args[at + 1]);
        }

        return Environment.GetEnvironmentVariable("YOUTUBE_PLAYER_FIXTURES") is { Length: > 0 } folder && Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*.base.js").Order(StringComparer.Ordinal).FirstOrDefault()
            : null;
    }

    // The resident pages of mapped files (the engine's native library among them): clean, shared, given back under pressure.
    private static long MappedFiles() =>
        long.Parse(File.ReadLines("/proc/self/status").First(l => l.StartsWith("RssFile:", StringComparison.Ordinal))
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;

    private static string Load() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";
}
