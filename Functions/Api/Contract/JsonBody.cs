using System.Text.Json;
using Microsoft.AspNetCore.Http;
using YouTubeDownloader.Views;

namespace YouTubeDownloader.Api.Contract;

/// <summary>A request body read as one JSON object of the contract, refused past <see cref="MaxBytes"/> before it is read whole.</summary>
public static class JsonBody
{
    /// <summary>Far above any real request.</summary>
    public const int MaxBytes = 16 * 1024;

    /// <returns><c>TooLarge</c> past the limit; else the body, null when it is no JSON object of that shape.</returns>
    public static async Task<(T? Body, bool TooLarge)> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken)
        where T : class
    {
        if (request.ContentLength > MaxBytes)
        {
            return (null, true);
        }

        var buffer = new byte[MaxBytes + 1];
        var length = await request.Body.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, cancellationToken);
        if (length > MaxBytes)
        {
            return (null, true);
        }

        try
        {
            return (JsonSerializer.Deserialize<T>(buffer.AsSpan(0, length), ContractJson.Options), false);
        }
        catch (JsonException)
        {
            return (null, false);
        }
    }
}
