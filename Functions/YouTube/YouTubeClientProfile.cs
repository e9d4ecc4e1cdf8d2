namespace YouTubeDownloader.YouTube;

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
    };
}
