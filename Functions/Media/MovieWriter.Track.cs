using YouTubeDownloader.Media.IsoBmff;

namespace YouTubeDownloader.Media;

/// <summary>'trak' and its headers: tkhd, edts, mdia (8.3, 8.4, 8.6.5).</summary>
internal static partial class MovieWriter
{
    private const uint TrackEnabledInMovie = 0x000003; // 8.3.2: track_enabled | track_in_movie
    private const uint DataReferenceSelfContained = 0x000001; // 8.7.2: the media is in this file

    private static void WriteTrack(MovieBox movie, InputTrack track, uint trackId, List<OutputChunk> chunks)
    {
        var writer = movie.Writer;
        var trak = writer.Start(BoxTypes.Trak);
        WriteTrackHeader(writer, track, trackId);
        WriteEdits(writer, Edits(track));
        var mdia = writer.Start(BoxTypes.Mdia);
        WriteMediaHeader(writer, track);
        var hdlr = writer.Start(BoxTypes.Hdlr);
        writer.Write(track.Handler.Payload);
        writer.End(hdlr);
        var minf = writer.Start(BoxTypes.Minf);
        WriteMediaInformationHeader(writer, track);
        WriteDataInformation(writer);
        WriteSampleTable(movie, track, chunks);
        writer.End(minf);
        writer.End(mdia);
        writer.End(trak);
    }

    private static void WriteTrackHeader(BoxWriter writer, InputTrack track, uint trackId)
    {
        var duration = TrackDuration(track);
        var version = duration > uint.MaxValue ? (byte)1 : (byte)0;
        var header = track.Header;
        var box = writer.StartFull(BoxTypes.Tkhd, version, TrackEnabledInMovie);
        writer.WriteUIntForVersion(version, 0); // creation_time
        writer.WriteUIntForVersion(version, 0); // modification_time
        writer.WriteUInt32(trackId);
        writer.WriteZeros(4); // reserved
        writer.WriteUIntForVersion(version, duration);
        writer.WriteZeros(8); // reserved
        writer.WriteUInt16((ushort)header.Layer);
        writer.WriteUInt16((ushort)header.AlternateGroup);
        writer.WriteUInt16(track.Handler.HandlerType == BoxTypes.HandlerSound ? FixedVolumeOne : (ushort)0);
        writer.WriteZeros(2); // reserved
        writer.Write(header.Matrix);
        writer.WriteUInt32(header.Width);
        writer.WriteUInt32(header.Height);
        writer.End(box);
    }

    private static void WriteEdits(BoxWriter writer, IReadOnlyList<EditEntry> edits)
    {
        if (edits.Count == 0)
        {
            return;
        }

        var version = edits.Any(e => e.SegmentDuration > uint.MaxValue || e.MediaTime is > int.MaxValue or < int.MinValue) ? (byte)1 : (byte)0;
        var edts = writer.Start(BoxTypes.Edts);
        var elst = writer.StartFull(BoxTypes.Elst, version, 0);
        writer.WriteUInt32((uint)edits.Count);
        foreach (var edit in edits)
        {
            writer.WriteUIntForVersion(version, edit.SegmentDuration);
            if (version == 1)
            {
                writer.WriteUInt64((ulong)edit.MediaTime);
            }
            else
            {
                writer.WriteUInt32((uint)(int)edit.MediaTime);
            }

            writer.WriteUInt32(edit.MediaRate);
        }

        writer.End(elst);
        writer.End(edts);
    }

    private static void WriteMediaHeader(BoxWriter writer, InputTrack track)
    {
        var version = track.MediaDuration > uint.MaxValue ? (byte)1 : (byte)0;
        var box = writer.StartFull(BoxTypes.Mdhd, version, 0);
        writer.WriteUIntForVersion(version, 0); // creation_time
        writer.WriteUIntForVersion(version, 0); // modification_time
        writer.WriteUInt32(track.Timescale);
        writer.WriteUIntForVersion(version, track.MediaDuration);
        writer.WriteUInt16(track.Media.Language);
        writer.WriteUInt16(0); // pre_defined
        writer.End(box);
    }

    private static void WriteMediaInformationHeader(BoxWriter writer, InputTrack track)
    {
        if (track.MediaInformationHeader is { } copied)
        {
            writer.Write(copied);
            return;
        }

        // 12.1.2 / 12.2.2: vmhd carries flags = 1 and zero graphics fields; smhd a zero balance.
        var box = track.IsVideo ? writer.StartFull(BoxTypes.Vmhd, 0, 1) : writer.StartFull(BoxTypes.Smhd, 0, 0);
        writer.WriteZeros(track.IsVideo ? 8 : 4);
        writer.End(box);
    }

    private static void WriteDataInformation(BoxWriter writer)
    {
        var dinf = writer.Start(BoxTypes.Dinf);
        var dref = writer.StartFull(BoxTypes.Dref, 0, 0);
        writer.WriteUInt32(1); // entry_count
        writer.End(writer.StartFull(BoxTypes.Url, 0, DataReferenceSelfContained));
        writer.End(dref);
        writer.End(dinf);
    }
}
