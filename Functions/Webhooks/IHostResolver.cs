namespace YouTubeDownloader.Webhooks;

/// <summary>Name to addresses: the system's DNS in the app, a fixed answer in tests (so no test needs a real name).</summary>
public interface IHostResolver
{
    Task<System.Net.IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken);
}
