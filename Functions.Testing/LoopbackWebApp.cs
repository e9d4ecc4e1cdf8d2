using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace YouTubeDownloader.Testing;

/// <summary>The real Kestrel servers of the tests: bound to a free port on 127.0.0.1, quiet, their address read back.</summary>
public static class LoopbackWebApp
{
    public static WebApplicationBuilder CreateBuilder()
    {
        // No watching of appsettings files: each watcher is an inotify instance, and the tests start many apps at once on
        // a machine whose per-user limit (128 by default) other processes share.
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = ["--hostBuilder:reloadConfigOnChange=false"] });
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        return builder;
    }

    /// <summary>The address a started app listens on.</summary>
    public static Uri BaseAddressOf(WebApplication app) =>
        new(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
            .First(a => a.StartsWith("http://127.0.0.1:", StringComparison.Ordinal)));
}
