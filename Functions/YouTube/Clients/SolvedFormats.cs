using YouTubeDownloader.YouTube.Wire;

namespace YouTubeDownloader.YouTube.Clients;

/// <summary>
/// A response's formats after <see cref="FormatUrlSolver"/>: solved ones read like plain ones, the rest as they came.
/// </summary>
/// <param name="Ciphered">Formats that came with a <c>signatureCipher</c>.</param>
/// <param name="WithN">Formats whose URL carried an <c>n</c>.</param>
/// <param name="DistinctN">Distinct <c>n</c> values, each solved once.</param>
/// <param name="Solved">Formats whose challenges were all answered.</param>
/// <param name="SolveTime">Time spent answering (the player's preparation is not in it).</param>
public sealed record SolvedFormats(
    IReadOnlyList<StreamingFormat> Formats,
    int Ciphered,
    int WithN,
    int DistinctN,
    int Solved,
    TimeSpan SolveTime)
{
    public static SolvedFormats None { get; } = new([], 0, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Whether any format needed the player.</summary>
    public bool ChallengesNeeded => Ciphered + WithN > 0;
}
