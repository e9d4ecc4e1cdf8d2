using Azure.Core;
using Azure.Core.Pipeline;
using Microsoft.Extensions.Azure;
using Microsoft.Extensions.DependencyInjection;

namespace YouTubeDownloader.Tests.Support;

/// <summary>Counts the app's storage requests (those <paramref name="counts"/> accepts) through an Azure SDK pipeline policy.</summary>
public sealed class StorageRequestCounter(Func<Request, bool>? counts = null) : HttpPipelineSynchronousPolicy
{
    private int requests;

    public int Requests => Volatile.Read(ref requests);

    /// <summary>Adds this counter to every Azure client the app builds.</summary>
    public void Register(IServiceCollection services) =>
        services.AddAzureClients(clients => clients.ConfigureDefaults(options => options.AddPolicy(this, HttpPipelinePosition.PerCall)));

    public override void OnSendingRequest(HttpMessage message)
    {
        if (counts?.Invoke(message.Request) ?? true)
        {
            Interlocked.Increment(ref requests);
        }
    }
}
