using YouTubeDownloader.HostTests.Harness;

namespace YouTubeDownloader.HostTests.SharedHosts;

/// <summary>The scenarios that share <see cref="DefaultHost"/>.</summary>
[CollectionDefinition(nameof(DefaultHostCollection))]
public sealed class DefaultHostCollection : ICollectionFixture<DefaultHost>;
