using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;
using YouTubeDownloader.Api;
using YouTubeDownloader.Delivery;
using YouTubeDownloader.Discovery;
using YouTubeDownloader.Downloads;
using YouTubeDownloader.Events;
using YouTubeDownloader.Storage;
using YouTubeDownloader.Transfer;
using YouTubeDownloader.Webhooks;
using YouTubeDownloader.YouTube;
using YouTubeDownloader.YouTube.Cookies;
using YouTubeDownloader.YouTube.Player;
using YouTubeDownloader.YouTube.PoTokens;

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.UseWhen<ApiExceptionMiddleware>(ApiExceptionMiddleware.Applies);
builder.Services
    .AddDownloadStorage(builder.Configuration)
    .AddSegmentedTransfer(builder.Configuration)
    .AddDownloads(builder.Configuration)
    .AddYouTubeResolver(builder.Configuration)
    .AddPlayerChallenges(builder.Configuration)
    .AddPoTokenProvider(builder.Configuration)
    .AddYouTubeCookies(builder.Configuration)
    .AddDiscovery(builder.Configuration)
    .AddDelivery(builder.Configuration)
    .AddTaskEvents()
    .AddWebhooks(builder.Configuration);
builder.Build().Run();
