namespace YouTubeDownloader.YouTube.Videos;

/// <summary>
/// The verdict on one client's player response: a <see cref="Video"/> to choose streams from, or a
/// <see cref="Refusal"/>, with whether another client might do better (<see cref="WorthAnotherClient"/>).
/// </summary>
public sealed record PlayerAssessment(YouTubeVideo? Video, Refusal? Refusal, bool WorthAnotherClient)
{
    public static PlayerAssessment Accept(YouTubeVideo video) => new(video, null, false);

    public static PlayerAssessment Final(Refusal refusal) => new(null, refusal, false);

    public static PlayerAssessment TryNext(Refusal refusal) => new(null, refusal, true);
}
