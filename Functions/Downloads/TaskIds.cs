namespace YouTubeDownloader.Downloads;

/// <summary>A task id as text, the one way it is written everywhere (JSON, routes, table keys, blob names, instance ids).</summary>
public static class TaskIds
{
    /// <summary>Lower-case UUID with hyphens (<c>"D"</c>): what routes accept and the original API's clients hold.</summary>
    public static string Format(Guid id) => id.ToString("D");

    public static bool TryParse(string? text, out Guid id) => Guid.TryParseExact(text, "D", out id);
}
