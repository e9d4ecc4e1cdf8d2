namespace YouTubeDownloader.Media.OnePass;

/// <summary>
/// Cuts streams into pieces on fragment boundaries. The first stream (the video) is cut by size; the time windows its
/// pieces start at then cut every stream, so one window is one video block and one small audio block side by side.
/// </summary>
public static class StreamPieces
{
    /// <summary>
    /// Where each piece of <paramref name="head"/> starts (seconds) when fragments are grouped up to
    /// <paramref name="pieceBytes"/> (one fragment larger than that is a piece alone).
    /// </summary>
    public static List<double> Windows(StreamHead head, long pieceBytes)
    {
        var windows = new List<double>();
        var bytes = 0L;
        foreach (var fragment in head.Fragments)
        {
            if (windows.Count == 0 || bytes + fragment.Size > pieceBytes)
            {
                windows.Add(fragment.StartSeconds);
                bytes = 0;
            }

            bytes += fragment.Size;
        }

        return windows;
    }

    /// <summary>
    /// The pieces of <paramref name="head"/>: a fragment belongs to the last window starting at or before it (the first
    /// window takes whatever starts earlier). Windows no fragment starts in get no piece.
    /// </summary>
    public static List<Piece> Cut(StreamHead head, IReadOnlyList<double> windows)
    {
        ArgumentOutOfRangeException.ThrowIfZero(windows.Count);
        var pieces = new List<Piece>();
        var window = 0;
        var fragments = head.Fragments;
        for (var i = 0; i < fragments.Count; i++)
        {
            while (window + 1 < windows.Count && windows[window + 1] <= fragments[i].StartSeconds)
            {
                window++;
            }

            if (pieces.Count > 0 && pieces[^1].Index == window)
            {
                var last = pieces[^1];
                pieces[^1] = last with { FragmentCount = last.FragmentCount + 1, Length = fragments[i].End - last.Offset };
            }
            else
            {
                pieces.Add(new Piece(window, i, 1, fragments[i].Offset, fragments[i].Size));
            }
        }

        return pieces;
    }

    /// <summary>Groups consecutive, adjacent pieces into fetches of up to <paramref name="fetchBytes"/> (at least one piece each).</summary>
    public static List<List<Piece>> Group(IEnumerable<Piece> pieces, long fetchBytes)
    {
        var groups = new List<List<Piece>>();
        foreach (var piece in pieces)
        {
            if (groups.Count > 0 && groups[^1][^1].End == piece.Offset && piece.End - groups[^1][0].Offset <= fetchBytes)
            {
                groups[^1].Add(piece);
            }
            else
            {
                groups.Add([piece]);
            }
        }

        return groups;
    }
}
