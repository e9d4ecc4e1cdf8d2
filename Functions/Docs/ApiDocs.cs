using System.IO.Compression;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Scalar.AspNetCore;

namespace YouTubeDownloader.Docs;

/// <summary>
/// The API's description and the page that renders it. The document is the checked-in <c>Docs/openapi.json</c>
/// (hand-written: the functions are thin doors over hand-written wire types, so no generator sees more than the file
/// says; <c>OpenApiDocumentTests</c> holds it to the real routes and responses). The page uses Scalar's standalone
/// script, taken from the Scalar.AspNetCore package's resources: its endpoint helpers need ASP.NET Core routing, which
/// a Functions app does not have, but the script itself is all the page needs, and no byte comes from a CDN.
/// </summary>
public static class ApiDocs
{
    /// <summary>The name of the script inside Scalar.AspNetCore (gzip-compressed there); a test checks it is still there.</summary>
    public const string ScalarScriptResource = "ScalarStaticAssets.scalar.js";

    public static StaticContent Document { get; } =
        StaticContent.FromResource(typeof(ApiDocs).Assembly, "openapi.json", "application/json; charset=utf-8");

    public static StaticContent Page { get; } =
        StaticContent.FromResource(typeof(ApiDocs).Assembly, "docs.html", "text/html; charset=utf-8");

    private static readonly Lazy<StaticContent> GzipScript = new(() =>
        StaticContent.FromResource(typeof(ScalarOptions).Assembly, ScalarScriptResource, "text/javascript; charset=utf-8"));

    private static readonly Lazy<StaticContent> PlainScript = new(() =>
    {
        using var gzip = new GZipStream(new MemoryStream(GzipScript.Value.Bytes), CompressionMode.Decompress);
        using var plain = new MemoryStream();
        gzip.CopyTo(plain);
        return StaticContent.FromBytes(plain.ToArray(), GzipScript.Value.ContentType);
    });

    /// <summary>Scalar's script, sent as stored (gzip) to a client that accepts it, else unpacked (~4.9 MB).</summary>
    public static IActionResult Script(HttpRequest request)
    {
        var response = request.HttpContext.Response;
        response.Headers.Vary = "Accept-Encoding";
        response.Headers.CacheControl = "public, max-age=86400";
        if (AcceptsGzip(request))
        {
            response.Headers.ContentEncoding = "gzip";
            return GzipScript.Value.ToResult();
        }

        return PlainScript.Value.ToResult();
    }

    private static bool AcceptsGzip(HttpRequest request) =>
        request.GetTypedHeaders().AcceptEncoding.Any(e => e.Value.Equals("gzip", StringComparison.OrdinalIgnoreCase) && e.Quality is not 0);
}
