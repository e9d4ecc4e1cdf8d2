using Microsoft.Net.Http.Headers;
using YouTubeDownloader.Downloads;

namespace YouTubeDownloader.Api.Results;

/// <summary>
/// <c>Content-Disposition: attachment</c> with the exact name as <c>filename*</c> (RFC 5987) and an ASCII
/// <c>filename</c> fallback (RFC 6266 §4.3; <see cref="DownloadFileName.AsciiFallback"/>), built with the framework's
/// header type.
/// </summary>
/// <remarks>
/// <c>filename*</c> goes first, unlike ASP.NET Core's own <c>FileDownloadName</c>: the original API's documented
/// client reads the name with <c>split('filename=')[1]</c>, which then yields just the quoted ASCII name instead of
/// the name followed by <c>; filename*=…</c>. RFC 6266 does not order parameters.
/// </remarks>
public static class AttachmentHeader
{
    public static string For(string fileName) => Build("attachment", fileName);

    /// <summary><c>Content-Disposition: inline</c> with the same names: play in the browser, save under the title.</summary>
    public static string Inline(string fileName) => Build("inline", fileName);

    private static string Build(string dispositionType, string fileName)
    {
        var header = new ContentDispositionHeaderValue(dispositionType) { FileNameStar = fileName };
        header.FileName = DownloadFileName.AsciiFallback(fileName);
        return header.ToString();
    }
}
