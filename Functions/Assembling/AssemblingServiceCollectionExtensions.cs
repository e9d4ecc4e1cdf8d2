using Microsoft.Extensions.DependencyInjection;

namespace YouTubeDownloader.Assembling;

public static class AssemblingServiceCollectionExtensions
{
    /// <summary>The file assembler and its remux writer; they read through the transfer's range fetcher.</summary>
    public static IServiceCollection AddFileAssembly(this IServiceCollection services)
    {
        services.AddSingleton<RemuxBlockWriter>();
        services.AddSingleton<FileAssembler>();
        return services;
    }
}
