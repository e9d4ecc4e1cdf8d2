namespace YouTubeDownloader.Media.IsoBmff;

/// <summary>'hdlr' (8.4.3): the handler type says whether a track is video or sound; the payload is copied as is.</summary>
internal sealed record HandlerBox(uint HandlerType, byte[] Payload)
{
    public static HandlerBox Read(ReadOnlySpan<byte> payload)
    {
        var reader = new BoxPayloadReader(payload, BoxTypes.Hdlr);
        reader.ReadFullBoxHeader();
        reader.Skip(4); // pre_defined
        var handlerType = reader.ReadUInt32();
        return new HandlerBox(handlerType, payload.ToArray());
    }
}
