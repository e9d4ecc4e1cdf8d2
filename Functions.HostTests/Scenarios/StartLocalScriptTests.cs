using System.Diagnostics;
using System.Net;
using YouTubeDownloader.HostTests.Harness;
using YouTubeDownloader.Testing;
using YouTubeDownloader.Testing.FakeYouTube;

namespace YouTubeDownloader.HostTests.Scenarios;

/// <summary>
/// The README's run command on a machine without Core Tools: the script finds the host launcher, says it serves once
/// the API answers, serves the seed's flow, and stops everything it started on a SIGTERM (what IDEs and supervisors send).
/// </summary>
public sealed class StartLocalScriptTests : IAsyncLifetime
{
    private static readonly string Settings = Path.Combine(RepoPaths.Root, "Functions", "local.settings.json");
    private readonly string directory = Directory.CreateTempSubdirectory("start-local-").FullName;
    private readonly StringWriter log = new();
    private readonly bool hadSettings = File.Exists(Settings);
    private FakeYouTubeServer youTube = null!;
    private Process script = null!;
    private int port;
    private readonly int[] storagePorts = [LoopbackPort.Free(), LoopbackPort.Free(), LoopbackPort.Free()];

    public async Task InitializeAsync()
    {
        youTube = await FakeYouTubeServer.StartAsync();
        port = LoopbackPort.Free();
        var start = new ProcessStartInfo("bash", [Path.Combine(RepoPaths.Root, "scripts", "start-local.sh")])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["FUNCTIONS_PORT"] = port.ToString();
        start.Environment["AZURITE_BLOB_PORT"] = storagePorts[0].ToString();
        start.Environment["AZURITE_QUEUE_PORT"] = storagePorts[1].ToString();
        start.Environment["AZURITE_TABLE_PORT"] = storagePorts[2].ToString();
        start.Environment["FUNCTIONS_HOST_LAUNCHER"] = FunctionsHostProcess.Launcher;
        start.Environment["DURABLE_TASK_HUB"] = "startlocaltest";
        start.Environment["PATH"] = string.Join(':', (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Where(p => !File.Exists(Path.Combine(p, "func"))));
        foreach (var (name, value) in FakeVideos.Settings(youTube))
        {
            start.Environment[name] = value;
        }

        script = Process.Start(start)!;
        script.OutputDataReceived += (_, e) => Log(e.Data);
        script.ErrorDataReceived += (_, e) => Log(e.Data);
        script.BeginOutputReadLine();
        script.BeginErrorReadLine();
    }

    public async Task DisposeAsync()
    {
        if (!script.HasExited)
        {
            script.Kill(entireProcessTree: true);
            await script.WaitForExitAsync();
        }

        await youTube.DisposeAsync();
        if (!hadSettings)
        {
            File.Delete(Settings);
            File.Delete(Path.Combine(RepoPaths.FunctionsOutput, "local.settings.json"));
        }
    }

    [Fact]
    public async Task The_script_serves_the_seed_flow_and_a_SIGTERM_stops_all_it_started()
    {
        using var api = new ApiClient(new Uri($"http://127.0.0.1:{port}/"), directory, () => log.ToString());
        var deadline = DateTime.UtcNow.AddMinutes(4);
        while (!Logged($"serving on http://localhost:{port}"))
        {
            script.HasExited.Should().BeFalse($"the script keeps serving:\n{log}");
            DateTime.UtcNow.Should().BeBefore(deadline, $"the script should serve on port {port}:\n{log}");
            await Task.Delay(200);
        }

        (await AnswersAsync(api.Http)).Should().BeTrue("the script says it serves only once the API answers");
        Logged("Functions host launcher").Should().BeTrue("without `func` the script says it uses the launcher");
        var media = await HostMedia.Small;
        var id = await api.StartDownloadAsync(FakeVideos.Add(youTube, media), "720p");
        (await api.PollListUntilEndedAsync(id, TimeSpan.FromMinutes(2))).Should().Be("completed", (await api.GetTaskAsync(id)).ToString());
        await JoinedFile.AssertJoinOfAsync(await api.DownloadFileAsync(id), [media.Video, media.Audio]);

        var started = LinuxProcesses.DescendantsOf(script.Id);
        started.Should().Contain(p => LinuxProcesses.CommandLine(p).Contains("azurite", StringComparison.Ordinal), "Azurite runs under the script");
        started.Should().Contain(p => LinuxProcesses.CommandLine(p).Contains("YouTubeDownloader.Functions.dll", StringComparison.Ordinal), "the worker runs under the script");
        using (var kill = Process.Start("kill", ["-TERM", script.Id.ToString()]))
        {
            await kill.WaitForExitAsync();
        }

        using (var stopped = new CancellationTokenSource(TimeSpan.FromMinutes(1)))
        {
            await script.WaitForExitAsync(stopped.Token);
        }

        script.ExitCode.Should().Be(143, $"the script ends as terminated by the signal:\n{log}");
        // A grandchild (the worker) may still be in its exit for a moment after its parent was reaped: its command line is
        // already empty then. Wait for that state to pass rather than read it once.
        var exiting = DateTime.UtcNow.AddSeconds(10);
        while (started.Any(LinuxProcesses.IsAlive) && DateTime.UtcNow < exiting)
        {
            await Task.Delay(200);
        }

        started.Where(LinuxProcesses.IsAlive).Select(LinuxProcesses.CommandLine).Should().BeEmpty("the script waited for everything it started");
        foreach (var used in storagePorts.Append(port))
        {
            Listening(used).Should().BeFalse($"port {used} is free again");
        }
    }

    private bool Logged(string text)
    {
        lock (log)
        {
            return log.ToString().Contains(text, StringComparison.Ordinal);
        }
    }

    private static bool Listening(int port)
    {
        try
        {
            using var client = new System.Net.Sockets.TcpClient();
            client.Connect(IPAddress.Loopback, port);
            return true;
        }
        catch (System.Net.Sockets.SocketException)
        {
            return false;
        }
    }

    private static async Task<bool> AnswersAsync(HttpClient http)
    {
        try
        {
            using var response = await http.GetAsync("api/downloads");
            return response.StatusCode == HttpStatusCode.OK;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    private void Log(string? line)
    {
        if (line is not null)
        {
            lock (log)
            {
                log.WriteLine(line);
            }
        }
    }
}
