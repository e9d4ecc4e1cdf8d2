namespace YouTubeDownloader.Benchmarks;

/// <summary>One named measurement. Every implementation in this assembly is listed by <c>Program</c>.</summary>
public interface IBenchmark
{
    string Name { get; }

    string Description { get; }

    Task RunAsync(string[] args);
}
