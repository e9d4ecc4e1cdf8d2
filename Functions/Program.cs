using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using YouTubeDownloader.Assembling;
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

// Quiet logs (in Azure each line is billed by Application Insights). The Azure SDK logs every storage request and
// response at Information and every 4xx at Warning, expected ones included (a blob probed before it exists); the app
// logs the storage failures that matter itself, once, with their exception.
builder.Logging.AddFilter("Azure.Core", LogLevel.Error);
builder.Logging.AddFilter("Azure.Storage", LogLevel.Warning);
builder.Logging.AddFilter("Azure.Identity", LogLevel.Warning);

// Each outgoing request (HttpClientFactory: four lines) and each of its tries (Polly's resilience telemetry, with the
// exception of every failed try) is chatter: what a failure means reaches the app, which logs it.
builder.Logging.AddFilter("System.Net.Http.HttpClient", LogLevel.Warning);
builder.Logging.AddFilter("Polly", LogLevel.None);
builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
builder.Logging.AddFilter("Microsoft.DurableTask", LogLevel.Warning);

// The host logs every failed invocation with its exception; the worker's own copy of it would be a second trace.
builder.Logging.AddFilter("Microsoft.Azure.Functions.Worker.FunctionsApplication", LogLevel.None);

builder.Services
    .AddDownloadStorage(builder.Configuration)
    .AddSegmentedTransfer(builder.Configuration)
    .AddFileAssembly()
    .AddDownloads(builder.Configuration)
    .AddSubscriptions(builder.Configuration)
    .AddYouTubeResolver(builder.Configuration)
    .AddTrending(builder.Configuration)
    .AddDelivery(builder.Configuration)
    .AddTaskEvents()
    .AddWebhooks(builder.Configuration);
builder.Build().Run();
