using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace YouTubeDownloader.Testing;

/// <summary>
/// A real Azurite (blob, queue, table) on free loopback ports, started from the repo's pinned
/// <c>node_modules</c>. One per test process: <see cref="Shared"/>. Tests isolate by container and table names.
/// </summary>
public sealed class AzuriteServer : IAsyncDisposable
{
    // Azurite's well-known development account; public, documented, not a secret.
    public const string AccountName = "devstoreaccount1";
    public const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private static readonly Lazy<Task<AzuriteServer>> SharedServer = new(() => StartAsync(location: null));

    private readonly string? location;
    private readonly string? debugLog;
    private Process process;

    private AzuriteServer(Process process, string? location, string? debugLog, int blobPort, int queuePort, int tablePort)
    {
        this.process = process;
        this.location = location;
        this.debugLog = debugLog;
        BlobPort = blobPort;
        QueuePort = queuePort;
        TablePort = tablePort;
    }

    public int BlobPort { get; }

    public int QueuePort { get; }

    public int TablePort { get; }

    public Uri BlobEndpoint => new($"http://127.0.0.1:{BlobPort}/{AccountName}");

    public Uri QueueEndpoint => new($"http://127.0.0.1:{QueuePort}/{AccountName}");

    public Uri TableEndpoint => new($"http://127.0.0.1:{TablePort}/{AccountName}");

    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName={AccountName};AccountKey={AccountKey};" +
        $"BlobEndpoint={BlobEndpoint};QueueEndpoint={QueueEndpoint};TableEndpoint={TableEndpoint};";

    /// <summary>The in-memory Azurite shared by every test in this process.</summary>
    public static Task<AzuriteServer> Shared => SharedServer.Value;

    /// <summary>Starts an Azurite of its own. <paramref name="location"/> keeps data on disk (large benchmarks); null keeps it in memory.</summary>
    /// <param name="debugLog">Azurite's debug log (every request, with its operation), for benchmarks that count requests; it slows Azurite.</param>
    public static async Task<AzuriteServer> StartAsync(string? location, string? debugLog = null)
    {
        for (var attempt = 1; ; attempt++)
        {
            // A free port may be taken before Azurite (a second to start) binds it, e.g. by a Kestrel bound to port 0
            // meanwhile: Azurite then exits at once, and new ports are worth another try.
            int blob = LoopbackPort.Free(), queue = LoopbackPort.Free(), table = LoopbackPort.Free();
            var server = new AzuriteServer(Launch(location, debugLog, blob, queue, table), location, debugLog, blob, queue, table);
            try
            {
                await server.WaitUntilListeningAsync();
                return server;
            }
            catch (InvalidOperationException) when (attempt < 3 && server.process.HasExited)
            {
                server.process.Dispose();
            }
        }
    }

    /// <summary>
    /// Stops it as an outage would: clients get refused connections until <see cref="RestartAsync"/>. A graceful stop
    /// (SIGTERM), because Azurite saves its metadata to <c>location</c> only now and then: killed, it could forget a
    /// container created just before, which no real outage does.
    /// </summary>
    public async Task StopAsync()
    {
        using (var signal = Process.Start("kill", ["-TERM", process.Id.ToString()]))
        {
            await signal.WaitForExitAsync();
        }

        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        try
        {
            await process.WaitForExitAsync(patience.Token);
        }
        catch (OperationCanceledException)
        {
            Kill(process);
            await process.WaitForExitAsync();
        }
    }

    /// <summary>Starts it again on the same ports; with a <c>location</c>, with the same data.</summary>
    public async Task RestartAsync()
    {
        process.Dispose();
        process = Launch(location, debugLog, BlobPort, QueuePort, TablePort);
        await WaitUntilListeningAsync();
    }

    private static Process Launch(string? location, string? debugLog, int blob, int queue, int table)
    {
        var start = new ProcessStartInfo(FindExecutable())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[]
                 {
                     "--silent", "--skipApiVersionCheck", "--loose",
                     "--blobHost", "127.0.0.1", "--blobPort", blob.ToString(),
                     "--queueHost", "127.0.0.1", "--queuePort", queue.ToString(),
                     "--tableHost", "127.0.0.1", "--tablePort", table.ToString(),
                 })
        {
            start.ArgumentList.Add(arg);
        }

        if (debugLog is not null)
        {
            start.ArgumentList.Add("--debug");
            start.ArgumentList.Add(debugLog);
        }

        if (location is null)
        {
            start.ArgumentList.Add("--inMemoryPersistence");
        }
        else
        {
            Directory.CreateDirectory(location);
            start.ArgumentList.Add("--location");
            start.ArgumentList.Add(location);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Azurite did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Kill(process);
        return process;
    }

    public ValueTask DisposeAsync()
    {
        Kill(process);
        process.Dispose();
        return ValueTask.CompletedTask;
    }

    private static void Kill(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    private async Task WaitUntilListeningAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        foreach (var port in new[] { BlobPort, QueuePort, TablePort })
        {
            while (true)
            {
                if (process.HasExited)
                {
                    throw new InvalidOperationException($"Azurite exited with code {process.ExitCode} before listening.");
                }

                try
                {
                    using var client = new TcpClient();
                    await client.ConnectAsync(IPAddress.Loopback, port);
                    break;
                }
                catch (SocketException) when (DateTime.UtcNow < deadline)
                {
                    await Task.Delay(100);
                }
            }
        }
    }


    private static string FindExecutable()
    {
        if (Environment.GetEnvironmentVariable("AZURITE_PATH") is { Length: > 0 } configured)
        {
            return configured;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "node_modules", ".bin", "azurite");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException(
            "Azurite not found: run 'npm ci' at the repo root (the README's test command does), or set AZURITE_PATH.");
    }
}
