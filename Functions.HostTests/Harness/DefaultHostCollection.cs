namespace YouTubeDownloader.HostTests.Harness;

/// <summary>The scenarios that share <see cref="DefaultHost"/>.</summary>
[CollectionDefinition(nameof(DefaultHostCollection))]
public sealed class DefaultHostCollection : ICollectionFixture<DefaultHost>;
