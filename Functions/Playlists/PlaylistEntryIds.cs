using System.Buffers.Binary;
using System.Security.Cryptography;

namespace YouTubeDownloader.Playlists;

/// <summary>
/// The ids of a playlist's entry tasks, computed rather than drawn: a retried page read writes the same rows, the
/// workflow starts each entry's download under its id as the instance id (so a restart finds what ran), and the entries
/// of one playlist sit in one narrow key range of the task table (<see cref="Storage.DownloadTaskStore"/>).
/// </summary>
/// <remarks>
/// Each id is a valid UUID v7 (RFC 9562 §5.7) whose time is the playlist task's plus 1 ms, so the task list shows a
/// playlist's entries right after it; the 26 bits after the time hold the entry's index (entries sort in the list's
/// order) and the last 48 bits a hash of the playlist task id (two playlists made in the same millisecond do not collide).
/// </remarks>
public static class PlaylistEntryIds
{
    public const int MaxIndex = (1 << 26) - 1;

    public static Guid For(Guid playlistTaskId, int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(index, MaxIndex);
        Span<byte> bytes = stackalloc byte[16];
        var time = checked(UnixMilliseconds(playlistTaskId) + 1);
        BinaryPrimitives.WriteUInt64BigEndian(bytes, (ulong)time << 16);

        // Version 7 and 12 index bits (rand_a), then variant 10 and 14 more index bits (rand_b's start).
        bytes[6] = (byte)(0x70 | ((index >> 22) & 0x0F));
        bytes[7] = (byte)(index >> 14);
        bytes[8] = (byte)(0x80 | ((index >> 8) & 0x3F));
        bytes[9] = (byte)index;

        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(playlistTaskId.ToByteArray(bigEndian: true), hash);
        hash[..6].CopyTo(bytes[10..]);
        return new Guid(bytes, bigEndian: true);
    }

    /// <summary>The first 48 bits of an id: a v7 id's creation time in Unix milliseconds.</summary>
    public static long UnixMilliseconds(Guid id)
    {
        Span<byte> bytes = stackalloc byte[16];
        id.TryWriteBytes(bytes, bigEndian: true, out _);
        return (long)(BinaryPrimitives.ReadUInt64BigEndian(bytes) >> 16);
    }
}
