namespace YouTubeDownloader.Media.OnePass;

/// <summary>
/// The plan of a file assembled from staged pieces: the header block (ftyp, moov, mdat header) and the media blocks in
/// the order the file holds them.
/// </summary>
/// <param name="Trailer">The text tracks' samples, the file's last block; empty without subtitles.</param>
public sealed record OnePassFile(byte[] Header, IReadOnlyList<OnePassBlock> Blocks, long Length, byte[] Trailer);
