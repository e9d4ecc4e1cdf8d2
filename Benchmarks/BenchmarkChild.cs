using System.Diagnostics;

namespace YouTubeDownloader.Benchmarks;

/// <summary>
/// Runs this benchmark program again as a child process with <paramref name="arguments"/>, so that the child's peak
/// memory is the measured work's alone; returns the words of its one-line answer.
/// </summary>
internal static class BenchmarkChild
{
    public static async Task<string[]> RunAsync(string mode, params string[] arguments)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true };
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet")
        {
            start.ArgumentList.Add(typeof(BenchmarkChild).Assembly.Location);
        }

        foreach (var arg in arguments)
        {
            start.ArgumentList.Add(arg);
        }

        using var child = Process.Start(start)!;
        var output = await child.StandardOutput.ReadToEndAsync();
        await child.WaitForExitAsync();
        if (child.ExitCode != 0)
        {
            throw new InvalidOperationException($"{mode} failed: {output}");
        }

        return output.Trim().Split(' ');
    }
}
