using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using YouTubeDownloader.Webhooks;

namespace YouTubeDownloader.Tests.Webhooks;

/// <summary>DNS for the tests: fixed answers per name, changeable mid-test (rebinding), every question counted.</summary>
public sealed class FakeHostResolver : IHostResolver
{
    private readonly ConcurrentDictionary<string, IPAddress[]> answers = new(StringComparer.OrdinalIgnoreCase);
    private int questions;

    public int Questions => Volatile.Read(ref questions);

    public FakeHostResolver Answer(string host, params string[] addresses)
    {
        answers[host] = addresses.Select(IPAddress.Parse).ToArray();
        return this;
    }

    public Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref questions);
        return answers.TryGetValue(host, out var addresses)
            ? Task.FromResult(addresses)
            : throw new SocketException((int)SocketError.HostNotFound);
    }
}
