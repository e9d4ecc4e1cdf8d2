namespace YouTubeDownloader.Media.WebM;

/// <summary>One element's id and payload size, as read from its header.</summary>
/// <param name="Size">Payload bytes; null for an unknown size (the element runs until its parent, or the file, ends).</param>
/// <param name="HeaderLength">Bytes of the id and size fields.</param>
internal readonly record struct EbmlElement(uint Id, long? Size, int HeaderLength)
{
    public long KnownSize => Size ?? throw new InvalidDataException($"WebM element 0x{Id:X} has an unknown size where one is needed.");
}
