using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using YouTubeDownloader.Views;

namespace YouTubeDownloader.Api.Errors;

/// <summary>
/// Every error body: <c>{"detail": "...", "code": "..."}</c>. The original API's <c>detail</c> texts are kept
/// word for word; all texts and codes of the contract are named here, once.
/// </summary>
public sealed record ApiError(string Detail, string Code)
{
    public static IActionResult NotFound() =>
        Result(StatusCodes.Status404NotFound, "Descarga no encontrada", "download_not_found");

    public static IActionResult NotReady() =>
        Result(StatusCodes.Status404NotFound, "Descarga no disponible o no completada", "download_not_ready");

    public static IActionResult FileMissing() =>
        Result(StatusCodes.Status404NotFound, "Archivo físico no encontrado", "file_missing");

    public static IActionResult AlreadyFinished() =>
        Result(StatusCodes.Status409Conflict, "La descarga ya ha finalizado", "download_finished");

    /// <summary>Retry takes only a task that ended in <c>error</c> or <c>cancelled</c>.</summary>
    public static IActionResult NotRetryable() =>
        Result(StatusCodes.Status409Conflict, "Solo se puede reintentar una descarga con error o cancelada", "download_not_retryable");

    public static IActionResult InvalidRequest(string detail) =>
        Result(StatusCodes.Status400BadRequest, detail, "invalid_request");

    public static IActionResult InvalidUrl() =>
        Result(StatusCodes.Status400BadRequest, "URL de YouTube no válida", "invalid_url");

    /// <summary>A playlist URL whose <c>list=</c> is no playlist id.</summary>
    public static IActionResult InvalidPlaylistId() =>
        Result(StatusCodes.Status400BadRequest, "URL de YouTube no válida: el id de la lista de reproducción no es válido", "invalid_url");

    /// <summary>A mix (<c>list=RD…</c>): YouTube generates it without end, so there is no whole list to read.</summary>
    public static IActionResult MixPlaylist() =>
        Result(StatusCodes.Status400BadRequest, "Las listas mix (list=RD…) no tienen fin y no se pueden descargar", "invalid_url");

    /// <summary>Storage did not answer (down, unreachable, or failing with 5xx after the SDK's retries).</summary>
    public static IActionResult StorageUnavailable() =>
        Result(StatusCodes.Status503ServiceUnavailable, "Almacenamiento no disponible, inténtalo de nuevo", "storage_error");

    /// <summary>Anything unexpected; the text names no internals (the exception goes to the log).</summary>
    public static IActionResult InternalError() =>
        Result(StatusCodes.Status500InternalServerError, "Error interno del servidor", "internal_error");

    public static IActionResult Result(int status, string detail, string code) =>
        new JsonResult(new ApiError(detail, code), ContractJson.Options) { StatusCode = status };
}
