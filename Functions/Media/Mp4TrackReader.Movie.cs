using YouTubeDownloader.Media.IsoBmff;

namespace YouTubeDownloader.Media;

/// <summary>Reading 'moov': the one video or sound track, its descriptive boxes, and (progressive files) its samples.</summary>
internal sealed partial class Mp4TrackReader
{
    private void ReadMovie(ReadOnlySpan<byte> moov)
    {
        var movieTimescale = MovieHeaderBox.ReadTimescale(ChildBoxes.Require(moov, BoxTypes.Mvhd, BoxTypes.Moov));
        var children = new ChildBoxes(moov);
        while (children.MoveNext())
        {
            if (children.Type == BoxTypes.Trak && TryReadTrack(children.Payload, movieTimescale, out var stbl))
            {
                ReadTrackExtends(moov);
                ReadSampleTable(stbl);
                return;
            }
        }

        throw new InvalidDataException("'moov' has no video or sound track.");
    }

    private bool TryReadTrack(ReadOnlySpan<byte> trak, uint movieTimescale, out ReadOnlySpan<byte> stbl)
    {
        var mdia = ChildBoxes.Require(trak, BoxTypes.Mdia, BoxTypes.Trak);
        var handler = HandlerBox.Read(ChildBoxes.Require(mdia, BoxTypes.Hdlr, BoxTypes.Mdia));
        stbl = default;
        if (handler.HandlerType is not (BoxTypes.HandlerVideo or BoxTypes.HandlerSound))
        {
            return false;
        }

        var minf = ChildBoxes.Require(mdia, BoxTypes.Minf, BoxTypes.Mdia);
        stbl = ChildBoxes.Require(minf, BoxTypes.Stbl, BoxTypes.Minf);
        var stsd = new BoxPayloadReader(ChildBoxes.Require(stbl, BoxTypes.Stsd, BoxTypes.Stbl), BoxTypes.Stsd);
        stsd.ReadFullBoxHeader();
        var descriptionCount = stsd.ReadUInt32();
        var edits = ChildBoxes.TryFind(trak, BoxTypes.Edts, out var edts) && ChildBoxes.TryFind(edts, BoxTypes.Elst, out var elst)
            ? EditListBox.Read(elst)
            : [];
        _track = new InputTrack
        {
            Stream = _stream,
            MovieTimescale = movieTimescale,
            Header = TrackHeaderBox.Read(ChildBoxes.Require(trak, BoxTypes.Tkhd, BoxTypes.Trak)),
            Media = MediaHeaderBox.Read(ChildBoxes.Require(mdia, BoxTypes.Mdhd, BoxTypes.Mdia)),
            Handler = handler,
            MediaInformationHeader = FindWholeBox(minf, handler.HandlerType == BoxTypes.HandlerVideo ? BoxTypes.Vmhd : BoxTypes.Smhd),
            SampleDescriptions = FindWholeBox(stbl, BoxTypes.Stsd)!,
            SampleDescriptionCount = descriptionCount,
            Edits = edits,
        };
        return true;
    }

    private void ReadTrackExtends(ReadOnlySpan<byte> moov)
    {
        // 8.8.3: without a 'trex' for the track, fragments must carry every field themselves.
        _trackDefaults = new TrackExtendsBox(_track!.Header.TrackId, 1, 0, 0, 0);
        if (!ChildBoxes.TryFind(moov, BoxTypes.Mvex, out var mvex))
        {
            return;
        }

        var children = new ChildBoxes(mvex);
        while (children.MoveNext())
        {
            if (children.Type == BoxTypes.Trex && TrackExtendsBox.Read(children.Payload) is var trex && trex.TrackId == _track.Header.TrackId)
            {
                _trackDefaults = trex;
            }
        }
    }

    /// <summary>A child box with its 8-byte header, rebuilt so it can be copied verbatim into the output.</summary>
    private static byte[]? FindWholeBox(ReadOnlySpan<byte> container, uint type)
    {
        if (!ChildBoxes.TryFind(container, type, out var payload))
        {
            return null;
        }

        var writer = new BoxWriter();
        var box = writer.Start(type);
        writer.Write(payload);
        writer.End(box);
        return writer.ToArray();
    }
}
