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
    public const string InvalidAudioFormat = "Formato de audio no válido: use m4a u opus";
    public const string AudioFormatNeedsAudio = "audio_format \"opus\" es para descargas de audio: pide también download_type \"audio\"";
    public const string InvalidFormatId = "'format_id' no válido: use un itag (\"140\") o vídeo+audio (\"137+140\")";
    public const string FormatIdWithPlaylist = "'format_id' no se admite con una lista: use 'quality'";

    public static string InvalidSubtitles(int max) =>
        $"'subtitles' no válido: use \"all\" o una lista de hasta {max} códigos de idioma ([\"en\", \"es\"])";


    // A clip (start/end).
    public const string InvalidClipTime =
        "'start' y 'end' van juntos y son segundos (90, \"90.5\") o \"H:MM:SS\"/\"M:SS\" (\"1:30\", \"1:02:03\")";

    public const string ClipEndNotAfterStart = "'end' debe ser posterior a 'start'";
    public const string ClipOfMuxed = "Este vídeo solo se ofrece en un formato combinado (vídeo y audio en un archivo), que no se puede recortar: pida otra calidad o el vídeo entero";
    public const string ClipOfOpus = "'start' y 'end' no se admiten con \"audio_format\": \"opus\": pida el audio en m4a o el archivo entero";
    public const string ClipWithPlaylist = "'start' y 'end' no se admiten con una lista: recortan un solo vídeo";

    public static string ClipTooLong(int maxSeconds) => $"El fragmento pedido supera la duración máxima que admite este servidor ({maxSeconds} s)";

    public static string ClipOutsideVideo(int durationSeconds) => $"El fragmento pedido queda fuera del vídeo, que dura {durationSeconds} s";

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

    // A playlist YouTube refuses or fails to give (POST /api/info, a playlist task). Unreachable reads as on every route.
    public static string PlaylistRefused(DownloadErrorCode code) => code switch
    {
        DownloadErrorCode.Private => "No se puede obtener la lista de reproducción: es privada",
        DownloadErrorCode.VideoUnavailable => "No se puede obtener la lista de reproducción: no existe o no se puede ver",
        DownloadErrorCode.SourceUnreachable => Of(code),
        _ => "No se puede obtener la lista de reproducción: " + Of(code),
    };

    // callback_url.
    public const string WebhooksOff = "Este servidor no tiene webhooks configurados: no se admite 'callback_url'";
    public const string CallbackCredentials = "'callback_url' no puede llevar usuario ni contraseña";
    public const string CallbackHttpsOnly = "'callback_url' debe usar https";
    public const string CallbackHttpLoopbackOnly = "'callback_url' debe usar https (http solo hacia loopback en Development)";

    public static string CallbackNotHttps(int maxLength) => $"'callback_url' debe ser una URL absoluta https:// de hasta {maxLength} caracteres";

    public static string CallbackPrivate(string blocked) =>
        $"'callback_url' apunta a una dirección privada, local o reservada ({blocked}): solo se admiten direcciones públicas de Internet";

    public static string CallbackUnresolved(string host) => $"No se pudo resolver el host de 'callback_url' ({host})";

    // A task's error_message, a task's last_error, the detail of a refusal on /api/info and /api/search: one per code.
    public static string Of(DownloadErrorCode code) => code switch
    {
        DownloadErrorCode.VideoUnavailable => VideoUnavailable,
        DownloadErrorCode.Private => "El vídeo es privado",
        DownloadErrorCode.AgeRestricted => "El vídeo tiene restricción de edad: YouTube pide una cuenta de adulto",
        DownloadErrorCode.MembersOnly => "El vídeo es solo para miembros del canal",
        DownloadErrorCode.RegionBlocked => "El vídeo no está disponible en el país del servidor",
        DownloadErrorCode.LiveNotSupported => "Las emisiones en directo no se pueden descargar",
        DownloadErrorCode.LiveNotStarted => "La emisión o el estreno aún no ha empezado",
        DownloadErrorCode.BotCheck => "YouTube pide confirmar que no es un robot; inténtalo de nuevo más tarde",
        DownloadErrorCode.RateLimited => "YouTube está limitando las solicitudes; inténtalo de nuevo más tarde",
        DownloadErrorCode.DrmProtected => "El vídeo está protegido con DRM y no se puede descargar",
        DownloadErrorCode.RequiresPurchase => "El vídeo es de pago",
        DownloadErrorCode.NoDownloadableFormats => "El vídeo no tiene ningún formato MP4 descargable",
        DownloadErrorCode.QualityUnavailable => "La calidad pedida no está disponible para este vídeo",
        DownloadErrorCode.TooLong => "El vídeo supera la duración máxima que admite este servidor",
        DownloadErrorCode.StreamForbidden => "YouTube ha rechazado la descarga del vídeo",
        DownloadErrorCode.SourceError => "YouTube no ha respondido como se esperaba; inténtalo de nuevo más tarde",
        DownloadErrorCode.SourceUnreachable => "No se puede conectar con YouTube; inténtalo de nuevo más tarde",
        DownloadErrorCode.StorageError => StorageFailed,
        DownloadErrorCode.InternalError => InternalFailed,
        DownloadErrorCode.PartiallyFailed => "Algunos vídeos de la lista no se pudieron descargar",
        DownloadErrorCode.InvalidRequest => "La solicitud no es válida para este vídeo",
        _ => InternalFailed,
    };

    public const string StorageFailed = "Error de almacenamiento: no se pudo guardar la descarga tras varios intentos.";
    public const string InternalFailed = "Error interno: la descarga falló tras varios intentos.";
    public const string VideoUnavailable = "Vídeo no disponible";
    public const string EmptyList = "La lista no tiene vídeos que descargar";
    public const string UnusableMp4 = "El medio recibido de YouTube no es un MP4 utilizable";
    public const string UnusableWebM = "El medio recibido de YouTube no es un WebM Opus utilizable";

    public static string InvalidList(string listId) => $"La lista '{listId}' no es válida";

    public static string ListPartlyRead(DownloadErrorCode code) => $"La lista no se pudo leer entera: {Of(code)}";

    // quality_unavailable: what was asked, and for exact itags (format_id) what to ask instead.
    public static string QualityUnavailable(string quality) => $"La calidad '{quality}' no está disponible para este vídeo";

    public static string FormatIdNotItags(string formatId) => $"'{formatId}' no es un itag ni vídeo+audio (\"137+140\")";

    public static string ItagNotOffered(int? itag) => $"El itag {itag} no está entre los flujos MP4 de este vídeo (véase 'formats' en la información del vídeo)";

    public static string ItagIsWebM(int? itag) => $"El itag {itag} es Opus en WebM: solo sirve para una descarga de audio con audio_format \"opus\"";

    public static string ItagNotOpus(int? itag) => $"El itag {itag} no es Opus: con audio_format \"opus\" pide un itag Opus (como 251) o audio_format \"m4a\"";

    public static string ItagNotAudio(int? itag) => $"El itag {itag} no es solo audio: una descarga de audio toma un itag de audio (como 140)";

    public static string ItagsForAudio(int? first, int? second) =>
        $"El itag {first}+{second} nombra dos flujos: una descarga de audio toma un itag de audio (como 140)";

    public static string ItagVideoOnly(int? itag) => $"El itag {itag} es solo vídeo: añade un itag de audio, como {itag}+140";

    public static string ItagAudioOnly(int? itag) => $"El itag {itag} es solo audio: pide download_type \"audio\" o añade un itag de vídeo";

    public static string ItagNotVideoFirst(int? itag) => $"El itag {itag} no es un flujo solo de vídeo: vídeo+audio se escribe con el vídeo primero";

    public static string ItagNotAudioSecond(int? itag) => $"El itag {itag} no es un flujo solo de audio: vídeo+audio se escribe con el vídeo primero";

    public static string EntriesFailed(int failed, int total) =>
        failed == 1
            ? $"1 de {total} vídeos de la lista no se pudo descargar"
            : $"{failed} de {total} vídeos de la lista no se pudieron descargar";

    // Channels.
    public const string ChannelTabUnsupported =
        "URL de canal no admitida: solo se descargan los vídeos subidos (la URL del canal o /videos); las pestañas Shorts, En directo y demás no se admiten";

    // Subscriptions.
    public const string SubscriptionNotFound = "Suscripción no encontrada";
    public const string SubscriptionNeedsList = "Una suscripción sigue un canal o una lista de reproducción, no un vídeo";
    public const string SubscriptionNotActive = "La suscripción no está activa: reanúdela antes de comprobarla";
    public const string SubscriptionDeleted = "Suscripción eliminada";
    public const string InvalidSubscriptionStatus = "Estado no válido: use active, paused o error";
    public const string InvalidSubscriptionFilter = "'subscription_id' debe ser el id (UUID) de una suscripción";
    public const string InvalidSubscriptionContinuationToken =
        "'continuation_token' no válido: use el de la cabecera X-Continuation-Token de la página anterior, con el mismo status";

    public static string InvalidCheckInterval(int min, int max) => $"'check_every_minutes' debe ser un entero entre {min} y {max}";

    public static string InvalidBackfill(int max) => $"'backfill' debe ser un entero entre 0 y {max}";

    public static string SubscriptionLimit(int max) => $"Ya hay {max} suscripciones activas, el máximo de este servidor";

    public static string SubscriptionCheckFailed(string reason) => "La comprobación de la suscripción falló: " + reason;

    public const string SubscriptionCheckStorageFailed = "La comprobación de la suscripción falló: el almacenamiento no respondió tras varios intentos.";
    public const string SubscriptionCheckInternalFailed = "La comprobación de la suscripción falló tras varios intentos por un error interno.";

    // A capped playlist's format_note.
    public static string FirstEntries(int taken, int? available) =>
        available is { } all && all > taken ? $"primeros {taken} de {all} vídeos" : $"primeros {taken} vídeos";
}
