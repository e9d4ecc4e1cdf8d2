using System.Buffers.Binary;
using System.Text;

namespace YouTubeDownloader.Testing.Media;

/// <summary>A minimal, independent box walker for assertions and for building malformed inputs in tests.</summary>
public static class TopLevelBoxes
{
    /// <summary>(type, offset, size) of each top-level box of a file.</summary>
    public static IReadOnlyList<(string Type, long Offset, long Size)> List(string file)
    {
        using var stream = File.OpenRead(file);
        var boxes = new List<(string, long, long)>();
        var header = new byte[16];
        for (long position = 0; position + 8 <= stream.Length;)
        {
            stream.Position = position;
            stream.ReadExactly(header, 0, 16 <= stream.Length - position ? 16 : 8);
            long size = BinaryPrimitives.ReadUInt32BigEndian(header);
            size = size == 1 ? (long)BinaryPrimitives.ReadUInt64BigEndian(header.AsSpan(8)) : size == 0 ? stream.Length - position : size;
            boxes.Add((Encoding.ASCII.GetString(header, 4, 4), position, size));
            if (size < 8)
            {
                break;
            }

            position += size;
        }

        return boxes;
    }

    /// <summary>Offset of the first box reached by a path such as "moof/traf/trun" in an in-memory file, or -1.</summary>
    public static int Find(byte[] file, string path)
    {
        var start = 0;
        var end = file.Length;
        var found = -1;
        foreach (var type in path.Split('/'))
        {
            found = -1;
            for (var position = start; position + 8 <= end;)
            {
                var size = (int)BinaryPrimitives.ReadUInt32BigEndian(file.AsSpan(position));
                if (Encoding.ASCII.GetString(file, position + 4, 4) == type)
                {
                    found = position;
                    break;
                }

                if (size < 8)
                {
                    return -1;
                }

                position += size;
            }

            if (found < 0)
            {
                return -1;
            }

            start = found + 8;
            end = found + (int)BinaryPrimitives.ReadUInt32BigEndian(file.AsSpan(found));
        }

        return found;
    }
}
