namespace YouTubeDownloader.Testing.FakeYouTube;

/// <summary>What a player request sent that decides whether its formats' answers will be accepted.</summary>
internal sealed record SentChallengeInputs(int? SignatureTimestamp, string? PoToken);
