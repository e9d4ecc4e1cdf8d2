namespace YouTubeDownloader.YouTube.Clients;

/// <summary>
/// One InnerTube client the resolver can pretend to be. YouTube changes which clients work every few
/// weeks, so all of this is configuration (<c>YouTube:Clients:N:…</c>), not code.
/// </summary>
public sealed class YouTubeClientProfile
{
    /// <summary><c>clientName</c>, e.g. <c>VISIONOS</c>; also the key <see cref="YouTubeOptions.ClientOrder"/> refers to.</summary>
    public string? Name { get; set; }

    /// <summary>The numeric client id sent as <c>X-YouTube-Client-Name</c> (101 for VISIONOS).</summary>
    public int? Id { get; set; }

    public string? Version { get; set; }

    public string? UserAgent { get; set; }

    public string? DeviceMake { get; set; }

    public string? DeviceModel { get; set; }

    public string? OsName { get; set; }

    public string? OsVersion { get; set; }

    /// <summary>
    /// The <c>clientName</c> sent, when it differs from <see cref="Name"/> (two profiles of one client, like
    /// <c>TVHTML5</c> and <c>TVHTML5_DOWNGRADED</c>, which sends <c>TVHTML5</c> with an older version).
    /// </summary>
    public string? ClientName { get; set; }

    /// <summary>Its formats need the JavaScript player (<c>signatureCipher</c>, <c>n</c>): the request sends the player's <c>signatureTimestamp</c>.</summary>
    public bool? NeedsPlayer { get; set; }

    /// <summary>Its player request and media URLs need a PO token (<c>serviceIntegrityDimensions.poToken</c>, <c>pot=</c>) from the provider.</summary>
    public bool? NeedsPoToken { get; set; }

    /// <summary>Its requests carry the user's cookies and <c>SAPISIDHASH</c> when <c>YouTube__Cookies</c> is set.</summary>
    public bool? TakesCookies { get; set; }

    /// <summary>It answers logged-in users only: refused at start-up without cookies.</summary>
    public bool? NeedsCookies { get; set; }

    /// <summary>For an embedded player: the page it claims to be embedded in (<c>context.thirdParty.embedUrl</c>); <c>{videoId}</c> is replaced.</summary>
    public string? EmbedUrl { get; set; }

    /// <summary>The <c>clientName</c> of the request.</summary>
    public string? SentName => ClientName ?? Name;

    /// <summary>Fills every field this profile leaves out from <paramref name="defaults"/>.</summary>
    public YouTubeClientProfile WithDefaults(YouTubeClientProfile defaults) => new()
    {
        Name = Name ?? defaults.Name,
        Id = Id ?? defaults.Id,
        Version = Version ?? defaults.Version,
        UserAgent = UserAgent ?? defaults.UserAgent,
        DeviceMake = DeviceMake ?? defaults.DeviceMake,
        DeviceModel = DeviceModel ?? defaults.DeviceModel,
        OsName = OsName ?? defaults.OsName,
        OsVersion = OsVersion ?? defaults.OsVersion,
        ClientName = ClientName ?? defaults.ClientName,
        NeedsPlayer = NeedsPlayer ?? defaults.NeedsPlayer,
        NeedsPoToken = NeedsPoToken ?? defaults.NeedsPoToken,
        TakesCookies = TakesCookies ?? defaults.TakesCookies,
        NeedsCookies = NeedsCookies ?? defaults.NeedsCookies,
        EmbedUrl = EmbedUrl ?? defaults.EmbedUrl,
    };
}
