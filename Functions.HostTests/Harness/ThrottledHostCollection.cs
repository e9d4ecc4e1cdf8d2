namespace YouTubeDownloader.HostTests.Harness;

/// <summary>The scenarios that share <see cref="ThrottledHost"/>.</summary>
[CollectionDefinition(nameof(ThrottledHostCollection))]
public sealed class ThrottledHostCollection : ICollectionFixture<ThrottledHost>;
