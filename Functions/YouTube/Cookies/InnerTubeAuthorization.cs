namespace YouTubeDownloader.YouTube.Cookies;

/// <summary>The headers of a logged-in InnerTube request. Holds a credential: <see cref="ToString"/> shows none of it.</summary>
/// <param name="Authorization">The <c>Authorization</c> header: <c>SAPISIDHASH {ts}_{hash}</c>.</param>
/// <param name="Origin">The <c>X-Origin</c> header.</param>
/// <param name="AuthUser">The <c>X-Goog-AuthUser</c> header: the first account of the browser.</param>
public sealed record InnerTubeAuthorization(string Authorization, string Origin, string AuthUser)
{
    public override string ToString() => $"InnerTubeAuthorization(SAPISIDHASH, {Origin}, user {AuthUser})";
}
