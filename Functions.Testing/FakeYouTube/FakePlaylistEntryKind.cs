namespace YouTubeDownloader.Testing.FakeYouTube;

/// <summary>How the fake shows one row of a hand-made playlist, as YouTube shows such videos.</summary>
public enum FakePlaylistEntryKind
{
    /// <summary>An ordinary row: title, length, <c>isPlayable: true</c>.</summary>
    Playable,

    /// <summary>"[Deleted video]", no length, <c>isPlayable: false</c>.</summary>
    Deleted,

    /// <summary>"[Private video]", no length, <c>isPlayable: false</c>.</summary>
    Private,

    /// <summary>A <c>BADGE_STYLE_TYPE_MEMBERS_ONLY</c> badge; still <c>isPlayable: true</c>, as YouTube marks it.</summary>
    MembersOnly,

    /// <summary>Its own title but <c>isPlayable: false</c> (blocked in the region, …).</summary>
    Unplayable,
}
