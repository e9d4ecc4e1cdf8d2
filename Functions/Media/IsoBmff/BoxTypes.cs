using System.Buffers.Binary;
using System.Text;

namespace YouTubeDownloader.Media.IsoBmff;

/// <summary>The four-character box types the remuxer reads or writes (ISO/IEC 14496-12).</summary>
internal static class BoxTypes
{
    public const uint Ftyp = 0x66747970; // 'ftyp' 4.3
    public const uint Moov = 0x6D6F6F76; // 'moov' 8.2.1
    public const uint Mvhd = 0x6D766864; // 'mvhd' 8.2.2
    public const uint Trak = 0x7472616B; // 'trak' 8.3.1
    public const uint Tkhd = 0x746B6864; // 'tkhd' 8.3.2
    public const uint Edts = 0x65647473; // 'edts' 8.6.5
    public const uint Elst = 0x656C7374; // 'elst' 8.6.6
    public const uint Mdia = 0x6D646961; // 'mdia' 8.4.1
    public const uint Mdhd = 0x6D646864; // 'mdhd' 8.4.2
    public const uint Hdlr = 0x68646C72; // 'hdlr' 8.4.3
    public const uint Minf = 0x6D696E66; // 'minf' 8.4.4
    public const uint Vmhd = 0x766D6864; // 'vmhd' 12.1.2
    public const uint Smhd = 0x736D6864; // 'smhd' 12.2.2
    public const uint Dinf = 0x64696E66; // 'dinf' 8.7.1
    public const uint Dref = 0x64726566; // 'dref' 8.7.2
    public const uint Url = 0x75726C20;  // 'url ' 8.7.2
    public const uint Stbl = 0x7374626C; // 'stbl' 8.5.1
    public const uint Stsd = 0x73747364; // 'stsd' 8.5.2
    public const uint Stts = 0x73747473; // 'stts' 8.6.1.2
    public const uint Ctts = 0x63747473; // 'ctts' 8.6.1.3
    public const uint Stss = 0x73747373; // 'stss' 8.6.2
    public const uint Stsz = 0x7374737A; // 'stsz' 8.7.3
    public const uint Stsc = 0x73747363; // 'stsc' 8.7.4
    public const uint Stco = 0x7374636F; // 'stco' 8.7.5
    public const uint Co64 = 0x636F3634; // 'co64' 8.7.5
    public const uint Mvex = 0x6D766578; // 'mvex' 8.8.1
    public const uint Trex = 0x74726578; // 'trex' 8.8.3
    public const uint Moof = 0x6D6F6F66; // 'moof' 8.8.4
    public const uint Traf = 0x74726166; // 'traf' 8.8.6
    public const uint Tfhd = 0x74666864; // 'tfhd' 8.8.7
    public const uint Trun = 0x7472756E; // 'trun' 8.8.8
    public const uint Tfdt = 0x74666474; // 'tfdt' 8.8.12
    public const uint Sidx = 0x73696478; // 'sidx' 8.16.3
    public const uint Mdat = 0x6D646174; // 'mdat' 8.1.1
    public const uint Free = 0x66726565; // 'free' 8.1.2
    public const uint Skip = 0x736B6970; // 'skip' 8.1.2
    public const uint Styp = 0x73747970; // 'styp' 8.16.2
    public const uint Udta = 0x75647461; // 'udta' 8.10.1
    public const uint Meta = 0x6D657461; // 'meta' 8.11.1
    public const uint Chpl = 0x6368706C; // 'chpl': Nero chapters, in 'udta'

    // iTunes metadata (QuickTime File Format, "Metadata item atoms"); '©' is 0xA9 as in Mac Roman.
    public const uint Ilst = 0x696C7374; // 'ilst'
    public const uint Data = 0x64617461; // 'data'
    public const uint ItemTitle = 0xA96E616D; // '©nam'
    public const uint ItemArtist = 0xA9415254; // '©ART'
    public const uint ItemComment = 0xA9636D74; // '©cmt'
    public const uint ItemDay = 0xA9646179; // '©day'
    public const uint ItemCover = 0x636F7672; // 'covr'

    public const uint HandlerVideo = 0x76696465; // 'vide'
    public const uint HandlerSound = 0x736F756E; // 'soun'
    public const uint HandlerSubtitle = 0x7362746C; // 'sbtl': timed text in MP4 (ISO/IEC 14496-30, 3GPP TS 26.245)
    public const uint Tx3g = 0x74783367; // 'tx3g': 3GPP timed text sample entry
    public const uint HandlerMetadata = 0x6D646972; // 'mdir': iTunes metadata directory
    public const uint HandlerManufacturerApple = 0x6170706C; // 'appl'

    public static string Name(uint type)
    {
        Span<byte> bytes = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(bytes, type);
        foreach (var b in bytes)
        {
            if (b is < 0x20 or > 0x7E)
            {
                return $"0x{type:X8}";
            }
        }

        return Encoding.ASCII.GetString(bytes);
    }
}
