namespace YouTubeDownloader.Media.IsoBmff;

/// <summary>Walks the child boxes of a container already held in memory.</summary>
internal ref struct ChildBoxes
{
    private readonly ReadOnlySpan<byte> _container;
    private int _position;

    public ChildBoxes(ReadOnlySpan<byte> containerPayload)
    {
        _container = containerPayload;
        _position = 0;
        Type = 0;
        Payload = default;
    }

    public uint Type { get; private set; }

    public ReadOnlySpan<byte> Payload { get; private set; }

    /// <summary>Moves to the next child. A few trailing bytes too short for a header are ignored (seen as padding).</summary>
    public bool MoveNext()
    {
        var left = _container.Length - _position;
        if (left < BoxHeader.CompactLength)
        {
            return false;
        }

        var header = BoxHeader.Read(_container[_position..], left, topLevel: false);
        Type = header.Type;
        Payload = _container.Slice(_position + header.HeaderSize, (int)header.PayloadSize);
        _position += (int)header.Size; // size >= header size > 0: the walk always advances
        return true;
    }

    /// <summary>The payload of the first child of <paramref name="type"/>, or an empty span with false.</summary>
    public static bool TryFind(ReadOnlySpan<byte> containerPayload, uint type, out ReadOnlySpan<byte> payload)
    {
        var children = new ChildBoxes(containerPayload);
        while (children.MoveNext())
        {
            if (children.Type == type)
            {
                payload = children.Payload;
                return true;
            }
        }

        payload = default;
        return false;
    }

    public static ReadOnlySpan<byte> Require(ReadOnlySpan<byte> containerPayload, uint type, uint parentType)
    {
        if (!TryFind(containerPayload, type, out var payload))
        {
            throw new InvalidDataException($"'{BoxTypes.Name(parentType)}' has no '{BoxTypes.Name(type)}' box.");
        }

        return payload;
    }
}
