using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;
using YouTubeDownloader.Api.Errors;
using YouTubeDownloader.Commands;
using YouTubeDownloader.Delivery;
using YouTubeDownloader.Downloads;
using YouTubeDownloader.Events;
using YouTubeDownloader.Storage;
using YouTubeDownloader.Transfer;
using YouTubeDownloader.Webhooks;
using YouTubeDownloader.YouTube.Search;
using YouTubeDownloader.YouTube;

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.UseWhen<ApiExceptionMiddleware>(ApiExceptionMiddleware.Applies);
builder.Services
    .AddDownloadStorage(builder.Configuration)
    .AddSegmentedTransfer(builder.Configuration)
    .AddDownloads(builder.Configuration)
    .AddYouTubeResolver(builder.Configuration)
    .AddTrending(builder.Configuration)
    .AddDelivery(builder.Configuration)
    .AddTaskEvents()
    .AddWebhooks(builder.Configuration);
builder.Build().Run();
