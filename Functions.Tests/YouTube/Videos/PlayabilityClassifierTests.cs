using YouTubeDownloader.Downloads;
using YouTubeDownloader.YouTube;
using YouTubeDownloader.YouTube.Wire;
using YouTubeDownloader.YouTube.Videos;

namespace YouTubeDownloader.Tests.YouTube.Videos;

/// <summary>The order of the error table matters where several rows match; each case here has two candidates.</summary>
public sealed class PlayabilityClassifierTests
{
    [Theory]
    [InlineData("""{"playabilityStatus":{"status":"LOGIN_REQUIRED","reason":"This video is private. Sign in to confirm you’re not a bot"},"videoDetails":{"videoId":"a"}}""", DownloadErrorCode.BotCheck)]
    [InlineData("""{"playabilityStatus":{"status":"UNPLAYABLE","reason":"This content isn't available, try again later. Not a bot?"}}""", DownloadErrorCode.RateLimited)]
    [InlineData("""{"playabilityStatus":{"status":"LOGIN_REQUIRED","reason":"This video is private","errorScreen":{"playerErrorMessageRenderer":{"subreason":{"simpleText":"May be inappropriate"}}}}}""", DownloadErrorCode.Private)]
    [InlineData("""{"playabilityStatus":{"status":"LOGIN_REQUIRED","reason":"Sign in"},"videoDetails":{"videoId":"a","isPrivate":"true"}}""", DownloadErrorCode.Private)]
    [InlineData("""{"playabilityStatus":{"status":"LOGIN_REQUIRED","reason":"Sign in to confirm your age"}}""", DownloadErrorCode.AgeRestricted)]
    [InlineData("""{"playabilityStatus":{"status":"AGE_VERIFICATION_REQUIRED"},"videoDetails":{"videoId":"a"}}""", DownloadErrorCode.AgeRestricted)]
    [InlineData("""{"playabilityStatus":{"status":"CONTENT_CHECK_REQUIRED","reason":"This video is age-restricted and only available on YouTube"}}""", DownloadErrorCode.AgeRestricted)]
    [InlineData("""{"playabilityStatus":{"status":"UNPLAYABLE","reason":"Join this channel to get access to members-only content like this video, available in your country"}}""", DownloadErrorCode.MembersOnly)]
    [InlineData("""{"playabilityStatus":{"status":"ERROR","reason":"This video is for members only"}}""", DownloadErrorCode.VideoUnavailable)]
    [InlineData("""{"playabilityStatus":{"status":"UNPLAYABLE","reason":"Not available in your country","errorScreen":{"ypcTrailerRenderer":{"trailerVideoId":"x"}}}}""", DownloadErrorCode.RequiresPurchase)]
    [InlineData("""{"playabilityStatus":{"status":"UNPLAYABLE","errorScreen":{"playerErrorMessageRenderer":{"subreason":{"runs":[{"text":"The uploader has not made this video "},{"text":"available in your country"}]}}}}}""", DownloadErrorCode.RegionBlocked)]
    [InlineData("""{"playabilityStatus":{"status":"LIVE_STREAM_OFFLINE","reason":"Premieres in 2 hours"},"videoDetails":{"videoId":"a"}}""", DownloadErrorCode.LiveNotStarted)]
    [InlineData("""{"playabilityStatus":{"status":"OK"},"videoDetails":{"videoId":"a","isUpcoming":true}}""", DownloadErrorCode.LiveNotStarted)]
    [InlineData("""{"playabilityStatus":{"status":"UNPLAYABLE","reason":"Video unavailable"},"videoDetails":{"videoId":"a"}}""", DownloadErrorCode.VideoUnavailable)]
    [InlineData("""{"playabilityStatus":{"status":"OK"}}""", DownloadErrorCode.VideoUnavailable)]
    [InlineData("""{}""", DownloadErrorCode.VideoUnavailable)]
    [InlineData("""{"playabilityStatus":{"status":"OK"},"videoDetails":{"videoId":"a","isLive":true}}""", DownloadErrorCode.LiveNotSupported)]
    public void First_matching_row_of_the_table_wins(string json, DownloadErrorCode expected)
    {
        PlayabilityClassifier.Classify(PlayerResponse.Parse(json))!.Code.Should().Be(expected);
    }

    [Fact]
    public void A_playable_video_has_no_refusal()
    {
        PlayabilityClassifier.Classify(PlayerResponse.Parse("""{"playabilityStatus":{"status":"OK"},"videoDetails":{"videoId":"a","isLive":false}}"""))
            .Should().BeNull();
    }

    [Theory]
    [InlineData(DownloadErrorCode.RateLimited, true)]
    [InlineData(DownloadErrorCode.BotCheck, true)]
    [InlineData(DownloadErrorCode.SourceError, true)]
    [InlineData(DownloadErrorCode.Private, false)]
    [InlineData(DownloadErrorCode.VideoUnavailable, false)]
    [InlineData(DownloadErrorCode.TooLong, false)]
    public void Retryable_refusals_become_transient_exceptions(DownloadErrorCode code, bool transient)
    {
        var exception = YouTubeErrors.Create(code, "why");
        exception.IsRetryable.Should().Be(transient);
        exception.Code.Should().Be(code);
        exception.Message.Should().Be("why", "the message is the internal detail alone; the code travels as data");
        exception.Text.Should().Be(Texts.Of(code));
    }
}
