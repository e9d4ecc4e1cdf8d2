using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using YouTubeDownloader.Docs;

namespace YouTubeDownloader.Api.Routes;

/// <summary>The API's own description: the OpenAPI document, the page that renders it, and the page's script.</summary>
public sealed class ApiDocsFunctions
{
    /// <summary><c>GET /api/openapi.json</c>: the OpenAPI 3.1 document of every route.</summary>
    [Function("GetOpenApi")]
    public IActionResult Document([HttpTrigger(AuthorizationLevel.Function, "get", Route = "openapi.json")] HttpRequest request) =>
        ApiDocs.Document.ToResult();

    /// <summary><c>GET /api/docs</c>: the page that renders the document.</summary>
    [Function("GetDocs")]
    public IActionResult Page([HttpTrigger(AuthorizationLevel.Function, "get", Route = "docs")] HttpRequest request) =>
        ApiDocs.Page.ToResult();

    /// <summary><c>GET /api/docs/scalar.js</c>: the page's script, served by the app itself.</summary>
    [Function("GetDocsScript")]
    public IActionResult Script([HttpTrigger(AuthorizationLevel.Function, "get", Route = "docs/scalar.js")] HttpRequest request) =>
        ApiDocs.Script(request);
}
