namespace YouTubeDownloader.Downloads;

/// <summary>
/// Every text a client can read: error details, confirmations, a task's <c>error_message</c> and <c>format_note</c>. In
/// the contract's language (Spanish); the original API's texts word for word. Codes travel beside them as data.
/// </summary>
public static class Texts
{
    // Error bodies of the task routes.
    public const string DownloadNotFound = "Descarga no encontrada";
    public const string DownloadNotReady = "Descarga no disponible o no completada";
    public const string FileMissing = "Archivo físico no encontrado";
    public const string SubtitlesNotFound = "La descarga no tiene subtítulos en ese idioma";
    public const string DownloadFinished = "La descarga ya ha finalizado";
    public const string NotRetryable = "Solo se puede reintentar una descarga con error o cancelada";
    public const string StorageUnavailable = "Almacenamiento no disponible, inténtalo de nuevo";
    public const string InternalError = "Error interno del servidor";

    // Confirmations.
    public const string Cancelled = "Descarga cancelada";
    public const string Removed = "Descarga eliminada";

    // The start body.
    public const string InvalidUrl = "URL de YouTube no válida";
    public const string InvalidPlaylistId = "URL de YouTube no válida: el id de la lista de reproducción no es válido";
    public const string MixPlaylist = "Las listas mix (list=RD…) no tienen fin y no se pueden descargar";
    public const string BodyNotObject = "El cuerpo debe ser un objeto JSON con el campo 'url' (texto)";
    public const string UrlRequired = "El campo 'url' es obligatorio";
    public const string InvalidQuality = "Calidad no válida: use 144p, 240p, 360p, 480p, 720p, 1080p, 1440p, 2160p, best o audio";
    public const string InvalidDownloadType = "Tipo de descarga no válido: use video o audio";
    public const string InvalidFormatId = "'format_id' no válido: use un itag (\"140\") o vídeo+audio (\"137+140\")";
    public const string FormatIdWithPlaylist = "'format_id' no se admite con una lista: use 'quality'";

    public static string InvalidSubtitles(int max) =>
        $"'subtitles' no válido: use \"all\" o una lista de hasta {max} códigos de idioma ([\"en\", \"es\"])";


    public static string BodyTooLarge(int maxBytes) => $"El cuerpo de la solicitud supera {maxBytes} bytes";

    // The list's query.
    public const string InvalidStatus = "Estado no válido: use pending, downloading, processing, completed, error o cancelled";
    public const string InvalidPlaylistFilter = "'playlist_id' debe ser el id (UUID) de una descarga de lista";
    public const string InvalidContinuationToken =
        "'continuation_token' no válido: use el de la cabecera X-Continuation-Token de la página anterior, con los mismos status, order y playlist_id";

    public const string InvalidOrder = "'order' debe ser asc (más antiguas primero) o desc (más recientes primero)";

    public static string InvalidLimit(int max) => $"'limit' debe ser un entero entre 1 y {max}";

    // Search.
    public const string QueryRequired = "El parámetro 'q' es obligatorio";
    public const string InvalidSearchContinuation = "'continuation' no es válido: use el valor de una respuesta anterior, con la misma 'q'";
    public const string RefusedSearchContinuation = "'continuation' no es válido: YouTube no lo acepta";

    public static string QueryTooLong(int max) => $"El parámetro 'q' supera {max} caracteres";

    public const string QueryHasControlCharacters = "El parámetro 'q' contiene caracteres de control";

    public static string InvalidMaxResults(int max) => $"'max_results' debe ser un entero entre 1 y {max}";

    public static string SearchFailed(string reason) => "La búsqueda en YouTube ha fallado: " + reason;

    // A video or playlist YouTube refuses to describe.
    public const string VideoSubject = "el vídeo";
    public const string PlaylistSubject = "la lista de reproducción";

    public static string CannotRead(string subject, string reason) => $"No se puede obtener {subject}: {reason}";

    // callback_url.
    public const string WebhooksOff = "Este servidor no tiene webhooks configurados: no se admite 'callback_url'";
    public const string CallbackCredentials = "'callback_url' no puede llevar usuario ni contraseña";

    public static string CallbackNotHttps(int maxLength) => $"'callback_url' debe ser una URL absoluta https:// de hasta {maxLength} caracteres";

    public static string CallbackPrivate(string blocked) =>
        $"'callback_url' apunta a una dirección privada, local o reservada ({blocked}): solo se admiten direcciones públicas de Internet";

    public static string CallbackUnresolved(string host) => $"No se pudo resolver el host de 'callback_url' ({host})";

    // A task's error_message.
    public const string StorageFailed = "Error de almacenamiento: no se pudo guardar la descarga tras varios intentos.";
    public const string InternalFailed = "Error interno: la descarga falló tras varios intentos.";
    public const string VideoUnavailable = "Vídeo no disponible";
    public const string EmptyList = "La lista no tiene vídeos que descargar";

    public static string UnusableMp4(string detail) => $"El medio recibido no es un MP4 utilizable: {detail}";

    public static string InvalidList(string listId) => $"La lista '{listId}' no es válida";

    public static string ListPartlyRead(string reason) => $"La lista no se pudo leer entera: {reason}";

    public static string EntriesFailed(int failed, int total) =>
        failed == 1
            ? $"1 de {total} vídeos de la lista no se pudo descargar"
            : $"{failed} de {total} vídeos de la lista no se pudieron descargar";

    // A capped playlist's format_note.
    public static string FirstEntries(int taken, int? available) =>
        available is { } all && all > taken ? $"primeros {taken} de {all} vídeos" : $"primeros {taken} vídeos";
}
