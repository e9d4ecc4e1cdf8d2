using System.Text;
using YouTubeDownloader.Sources;

namespace YouTubeDownloader.Transfer;

/// <summary>
/// Block ids of the one-pass path. Every id of one blob must have the same length, so all are a letter and six digits:
/// in the file, <c>h-000000</c> (header), <c>v-000123</c> and <c>a-000123</c> (window 123's video and audio) and
/// <c>t-000000</c> (the subtitle tracks' samples, last); in a
/// stream's table, <c>i-000000</c> (its init) and <c>p-000123</c> (piece 123's sample entries).
/// </summary>
public static class OnePassBlockIds
{
    public static string Header { get; } = Id('h', 0);

    public static string TableInit { get; } = Id('i', 0);

    public static string Text { get; } = Id('t', 0);

    public static string Media(MediaStreamKind kind, int piece) => Id(kind == MediaStreamKind.Audio ? 'a' : 'v', piece);

    public static string TablePiece(int piece) => Id('p', piece);

    private static string Id(char kind, int number) =>
        Convert.ToBase64String(Encoding.ASCII.GetBytes($"{kind}-{number:D6}"));
}
