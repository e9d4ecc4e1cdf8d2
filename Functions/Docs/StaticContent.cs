using System.Reflection;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace YouTubeDownloader.Docs;

/// <summary>A file the app serves from an assembly's resources: read once, with an <c>ETag</c> from its bytes, so a browser revalidates with a 304.</summary>
public sealed class StaticContent
{
    private StaticContent(byte[] bytes, string contentType)
    {
        Bytes = bytes;
        ContentType = contentType;
        ETag = new EntityTagHeaderValue($"\"{Convert.ToHexStringLower(SHA256.HashData(bytes))[..32]}\"");
    }

    public byte[] Bytes { get; }

    public string ContentType { get; }

    public EntityTagHeaderValue ETag { get; }

    public static StaticContent FromResource(Assembly assembly, string name, string contentType)
    {
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The resource '{name}' is not in {assembly.GetName().Name}.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return new StaticContent(copy.ToArray(), contentType);
    }

    public static StaticContent FromBytes(byte[] bytes, string contentType) => new(bytes, contentType);

    /// <summary>The content as a result: 200 with the bytes, or 304 when <c>If-None-Match</c> names this version.</summary>
    public FileContentResult ToResult() => new(Bytes, ContentType) { EntityTag = ETag };
}
