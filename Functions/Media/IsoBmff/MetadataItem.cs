namespace YouTubeDownloader.Media.IsoBmff;

/// <summary>
/// One item of an iTunes 'ilst' (QuickTime File Format, "Metadata item atoms"): a box named for the key ('©nam',
/// 'covr') holding one 'data' box: a 32-bit type indicator (1 = UTF-8 text, 13 = JPEG, 14 = PNG), a 32-bit locale
/// (0 = any), then the value. What iTunes, ffmpeg and AtomicParsley write and read.
/// </summary>
internal sealed record MetadataItem(uint Key, uint DataType, byte[] Value)
{
    public const uint Utf8 = 1;
    public const uint Jpeg = 13;
    public const uint Png = 14;

    public static MetadataItem Text(uint key, string value) => new(key, Utf8, System.Text.Encoding.UTF8.GetBytes(value));

    public void Write(BoxWriter writer)
    {
        var item = writer.Start(Key);
        var data = writer.Start(BoxTypes.Data);
        writer.WriteUInt32(DataType);
        writer.WriteUInt32(0); // locale: any
        writer.Write(Value);
        writer.End(data);
        writer.End(item);
    }
}
