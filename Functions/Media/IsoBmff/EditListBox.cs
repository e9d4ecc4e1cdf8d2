namespace YouTubeDownloader.Media.IsoBmff;

/// <summary>'elst' (8.6.6). Segment durations are in the movie timescale, media times in the media timescale.</summary>
internal static class EditListBox
{
    /// <summary>Entries are bounded by the box size, so a lying entry count cannot force a big allocation.</summary>
    public static EditEntry[] Read(ReadOnlySpan<byte> payload)
    {
        var reader = new BoxPayloadReader(payload, BoxTypes.Elst);
        var (version, _) = reader.ReadFullBoxHeader();
        var count = reader.CheckEntries(reader.ReadUInt32(), version == 1 ? 20 : 12);
        var entries = new EditEntry[count];
        for (var i = 0; i < count; i++)
        {
            var duration = reader.ReadUIntForVersion(version);
            var mediaTime = version == 1 ? (long)reader.ReadUInt64() : reader.ReadInt32();
            entries[i] = new EditEntry(duration, mediaTime, reader.ReadUInt32());
        }

        return entries;
    }
}
