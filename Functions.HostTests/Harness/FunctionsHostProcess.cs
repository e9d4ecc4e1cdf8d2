using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using YouTubeDownloader.Testing;

namespace YouTubeDownloader.HostTests.Harness;

/// <summary>
/// The built app on the real Functions host, started through the launcher the way <c>func start</c> runs it, on a
/// free loopback port. The host's output goes to a log file named in failure messages. The worker is the host's child
/// process; it can be killed alone (the host starts another) or with the host, and the host started again.
/// </summary>
public sealed partial class FunctionsHostProcess : IAsyncDisposable
{
    private const string WorkerAssembly = "YouTubeDownloader.Functions.dll";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    private readonly IReadOnlyDictionary<string, string> settings;
    private Process? host;

    private FunctionsHostProcess(IReadOnlyDictionary<string, string> settings, int port, string logPath)
    {
        this.settings = settings;
        Port = port;
        LogPath = logPath;
    }

    /// <summary>The launcher named by <c>FUNCTIONS_HOST_LAUNCHER</c> (scripts/test.sh sets it when it finds one).</summary>
    public static string? Launcher { get; } = FindLauncher();

    public int Port { get; }

    public Uri BaseAddress => new($"http://127.0.0.1:{Port}/");

    /// <summary>The host's console output, all runs appended.</summary>
    public string LogPath { get; }

    /// <summary>Starts the host with the app settings <paramref name="settings"/> and waits until its worker serves.</summary>
    public static async Task<FunctionsHostProcess> StartAsync(IReadOnlyDictionary<string, string> settings, string logDirectory)
    {
        var port = LoopbackPort.Free();
        var process = new FunctionsHostProcess(settings, port, Path.Combine(logDirectory, $"host-{port}.log"));
        await process.StartAgainAsync();
        return process;
    }

    /// <summary>Starts the host (again, after <see cref="KillAsync"/>) on the same port with the same settings.</summary>
    public async Task StartAgainAsync()
    {
        var launcher = Launcher ?? throw new InvalidOperationException("No Functions host launcher: set FUNCTIONS_HOST_LAUNCHER.");
        var start = new ProcessStartInfo("bash")
        {
            ArgumentList = { launcher, RepoPaths.FunctionsOutput, Port.ToString() },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (name, value) in settings)
        {
            start.Environment[name] = value;
        }

        var log = new StreamWriter(LogPath, append: true) { AutoFlush = true };
        host = Process.Start(start) ?? throw new InvalidOperationException("The host launcher did not start.");
        host.OutputDataReceived += (_, e) => WriteLine(log, e.Data);
        host.ErrorDataReceived += (_, e) => WriteLine(log, e.Data);
        host.BeginOutputReadLine();
        host.BeginErrorReadLine();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => KillTree();
        await WaitUntilServingAsync();
    }

    /// <summary>The worker process the host runs now, if any.</summary>
    public int? WorkerProcessId =>
        host is null ? null : LinuxProcesses.DescendantsOf(host.Id)
            .Where(id => LinuxProcesses.CommandLine(id).Contains(WorkerAssembly, StringComparison.Ordinal))
            .Cast<int?>()
            .LastOrDefault(id => LinuxProcesses.IsAlive(id!.Value));

    /// <summary>Peak resident memory of the current worker process.</summary>
    public long? WorkerPeakResidentBytes => WorkerProcessId is { } id ? LinuxProcesses.PeakResidentBytes(id) : null;

    /// <summary>Peak resident memory of the host process itself (the instance runs it beside the worker).</summary>
    public long? HostPeakResidentBytes => host is { HasExited: false } running ? LinuxProcesses.PeakResidentBytes(running.Id) : null;

    /// <summary>CPU time the host and its current worker have used so far (zero once the host is gone).</summary>
    public TimeSpan CpuTime =>
        host is { HasExited: false } running
            ? (LinuxProcesses.CpuTime(running.Id) ?? TimeSpan.Zero) + (WorkerProcessId is { } worker ? LinuxProcesses.CpuTime(worker) ?? TimeSpan.Zero : TimeSpan.Zero)
            : TimeSpan.Zero;

    /// <summary>
    /// How often the host's log says it started (<c>Executing 'Functions.NAME'</c>) and finished (<c>Executed</c>) each
    /// function, all runs of this instance; only functions whose category logs at Information appear.
    /// </summary>
    public IReadOnlyDictionary<string, (int Started, int Ended)> FunctionExecutions()
    {
        var counts = new Dictionary<string, (int Started, int Ended)>();
        foreach (var match in LogMatches(Execution()))
        {
            var name = match.Groups[2].Value;
            var (started, ended) = counts.GetValueOrDefault(name);
            counts[name] = match.Groups[1].Value == "Executing" ? (started + 1, ended) : (started, ended + 1);
        }

        return counts;
    }

    /// <summary>How many times this host applied a terminate to each orchestration instance, by instance id.</summary>
    public IReadOnlyDictionary<string, int> Terminations() =>
        LogMatches(Termination()).GroupBy(m => m.Groups[1].Value).ToDictionary(g => g.Key, g => g.Count());

    private List<Match> LogMatches(Regex pattern)
    {
        var matches = new List<Match>();
        using var stream = new FileStream(LogPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (pattern.Match(line) is { Success: true } match)
            {
                matches.Add(match);
            }
        }

        return matches;
    }

    /// <summary>Executions of <paramref name="function"/> the host has started and not finished.</summary>
    public int Running(string function) => FunctionExecutions().GetValueOrDefault(function) is var (started, ended) ? started - ended : 0;

    /// <summary><c>kill -9</c> of the worker (as an out-of-memory kill would); returns once the host runs a new one.</summary>
    public async Task KillWorkerAsync()
    {
        var worker = WorkerProcessId ?? throw new InvalidOperationException("The host runs no worker. " + Describe());
        Process.GetProcessById(worker).Kill();
        var deadline = DateTime.UtcNow + StartTimeout;
        while (WorkerProcessId is not { } next || next == worker)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The host did not start a new worker. " + Describe());
            }

            await Task.Delay(200);
        }
    }

    /// <summary><c>kill -9</c> of the host and its worker, as a crashed or recycled instance.</summary>
    public async Task KillAsync()
    {
        KillTree();
        if (host is not null)
        {
            await host.WaitForExitAsync();
            host.Dispose();
            host = null;
        }
    }

    public async ValueTask DisposeAsync() => await KillAsync();

    /// <summary>For failure messages: where the log is and how it ends.</summary>
    public string Describe()
    {
        var tail = File.Exists(LogPath) ? string.Join('\n', File.ReadLines(LogPath).TakeLast(40)) : "";
        return $"Host log {LogPath}, last lines:\n{tail}";
    }

    private async Task WaitUntilServingAsync()
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + StartTimeout;
        while (true)
        {
            if (host!.HasExited)
            {
                throw new InvalidOperationException($"The host exited with code {host.ExitCode}. " + Describe());
            }

            if (File.ReadLines(LogPath).Any(l => l.Contains("A host error has occurred during startup", StringComparison.Ordinal)))
            {
                throw new InvalidOperationException("The host failed to start. " + Describe());
            }

            try
            {
                // The ping answers once the host runs; a worker in place means functions are indexed and served.
                using var ping = await http.GetAsync("admin/host/ping");
                if (ping.StatusCode == HttpStatusCode.OK && WorkerProcessId is not null)
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The host did not start serving. " + Describe());
            }

            await Task.Delay(250);
        }
    }

    private void KillTree()
    {
        try
        {
            if (host is { HasExited: false })
            {
                host.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    private static void WriteLine(StreamWriter log, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (log)
        {
            log.WriteLine(line);
        }
    }

    [GeneratedRegex(@"(Executing|Executed) 'Functions\.(\w+)'")]
    private static partial Regex Execution();

    [GeneratedRegex(@"^\s*([\w-]+): Function '\w+ \(Orchestrator\)' was terminated")]
    private static partial Regex Termination();

    private static string? FindLauncher() =>
        Environment.GetEnvironmentVariable("FUNCTIONS_HOST_LAUNCHER") is { Length: > 0 } configured && File.Exists(configured)
            ? Path.GetFullPath(configured)
            : null;
}
