using System.Diagnostics;

namespace YouTubeDownloader.Testing.Media;

/// <summary>Runs a program (ffmpeg and ffprobe, installed by scripts/test.sh, or a benchmark child) and returns what it printed.</summary>
public static class ExternalTool
{
    public static async Task<(string Stdout, string Stderr)> RunAsync(string tool, IEnumerable<string> arguments, CancellationToken cancellationToken = default)
    {
        var start = new ProcessStartInfo(tool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {tool}.");
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"{tool} {string.Join(' ', start.ArgumentList)} exited with {process.ExitCode}:\n{await stderr}");
        }

        return (await stdout, await stderr);
    }

    /// <summary>Runs ffmpeg quietly with -y; the arguments are split on spaces (no argument here contains one).</summary>
    public static Task<(string Stdout, string Stderr)> FfmpegAsync(string arguments, CancellationToken cancellationToken = default) =>
        RunAsync("ffmpeg", ["-hide_banner", "-nostdin", "-loglevel", "error", "-y", .. arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries)], cancellationToken);
}
