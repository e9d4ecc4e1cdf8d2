using System.ComponentModel.DataAnnotations;

namespace YouTubeDownloader.YouTube.Search;

/// <summary>Trending's settings, under <c>Discovery</c> (app settings <c>Discovery__TrendingQuery</c>, <c>Discovery__TrendingCacheMinutes</c>).</summary>
public sealed class TrendingOptions
{
    public const string Section = "Discovery";

    /// <summary>What <c>GET /api/trending</c> searches for: the original API's fixed "popular music" search.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Discovery:TrendingQuery must not be empty.")]
    public string TrendingQuery { get; set; } = "música popular";

    /// <summary>How many videos trending answers.</summary>
    [Range(1, 50, ErrorMessage = "Discovery:TrendingResults must be between 1 and 50.")]
    public int TrendingResults { get; set; } = 20;

    /// <summary>How long one trending answer is reused; 0 asks YouTube every time.</summary>
    [Range(0, 1440, ErrorMessage = "Discovery:TrendingCacheMinutes must be between 0 and 1440.")]
    public double TrendingCacheMinutes { get; set; } = 10;
}
