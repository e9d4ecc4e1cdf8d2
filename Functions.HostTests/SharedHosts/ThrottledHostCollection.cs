using YouTubeDownloader.HostTests.Harness;

namespace YouTubeDownloader.HostTests.SharedHosts;

/// <summary>The scenarios that share <see cref="ThrottledHost"/>.</summary>
[CollectionDefinition(nameof(ThrottledHostCollection))]
public sealed class ThrottledHostCollection : ICollectionFixture<ThrottledHost>;
