using YouTubeDownloader.YouTube.Wire;

namespace YouTubeDownloader.Tests.YouTube;

public sealed class WireReadingTests
{
    [Theory]
    [InlineData("[]")]
    [InlineData("\"text\"")]
    [InlineData("null")]
    [InlineData("{not json")]
    [InlineData("")]
    public void A_body_that_is_not_a_json_object_is_invalid_data(string body)
    {
        var parse = () => PlayerResponse.Parse(body);
        parse.Should().Throw<InvalidDataException>();
    }

    [Fact]
    public void Numbers_read_from_strings_and_numbers_alike()
    {
        var format = Single("""{"itag":"140","bitrate":"130762","contentLength":11664965,"height":"720","fps":"30","approxDurationMs":"720724","mimeType":"audio/mp4; codecs=\"mp4a.40.2\""}""");
        format.Itag.Should().Be(140);
        format.Bitrate.Should().Be(130762);
        format.ContentLength.Should().Be(11664965);
        format.Height.Should().Be(720);
        format.Fps.Should().Be(30);
        format.ApproxDurationMs.Should().Be(720724);
        format.Codecs.Should().Equal("mp4a.40.2");
        format.Container.Should().Be("audio/mp4");
    }

    [Fact]
    public void Wrong_kinds_read_as_absent()
    {
        var format = Single("""{"itag":[1],"url":12,"height":{"x":1},"fps":"fast","contentLength":"-","audioTrack":"en","drmFamilies":"WIDEVINE","isDrc":"maybe"}""");
        format.Itag.Should().BeNull();
        format.Url.Should().Be("12");
        format.Height.Should().BeNull();
        format.Fps.Should().Be(0);
        format.ContentLength.Should().BeNull();
        format.AudioTrack.Should().BeNull();
        format.HasDrm.Should().BeFalse();
        format.IsDrc.Should().BeFalse();
        format.MimeType.Should().BeEmpty();
    }

    [Fact]
    public void Content_length_falls_back_to_clen_of_the_url()
    {
        Single("""{"itag":136,"url":"https://x.googlevideo.com/videoplayback?itag=136&clen=4242&n=abc"}""").ContentLength.Should().Be(4242);
        Single("""{"itag":136,"url":"https://x.googlevideo.com/videoplayback?itag=136&n=abc"}""").UrlNeedsPlayerJs.Should().BeTrue();
    }

    [Fact]
    public void Text_objects_read_simple_text_and_runs()
    {
        var status = PlayerResponse.Parse("""
            {"playabilityStatus":{"status":"UNPLAYABLE","errorScreen":{"playerErrorMessageRenderer":{
              "reason":{"simpleText":"Video unavailable"},
              "subreason":{"runs":[{"text":"The uploader has not made this video "},{"bold":true},{"text":"available in your country"}]}}},
              "messages":["Plain message",{"runs":[{"text":"Run message"}]},7]}}
            """).Playability;
        status.ErrorScreenReason.Should().Be("Video unavailable");
        status.ErrorScreenSubreason.Should().Be("The uploader has not made this video available in your country");
        status.Texts.Should().Equal("Video unavailable", "The uploader has not made this video available in your country", "Plain message", "Run message");
    }

    [Fact]
    public void Missing_sections_are_null_not_errors()
    {
        var response = PlayerResponse.Parse("""{"playabilityStatus":"OK","videoDetails":[],"streamingData":7}""");
        response.Playability.Status.Should().BeNull();
        response.VideoDetails.Should().BeNull();
        response.StreamingData.Should().BeNull();
    }

    [Fact]
    public void Video_details_tolerate_odd_thumbnails_and_flags()
    {
        var details = PlayerResponse.Parse("""
            {"videoDetails":{"videoId":"abcdefghijk","lengthSeconds":"61","isLive":"true","isPrivate":null,
             "thumbnail":{"thumbnails":[{"url":"https://i.ytimg.com/vi/a/default.jpg","width":"120","height":90},{"width":5},null,"x"]}}}
            """).VideoDetails!.Value;
        details.LengthSeconds.Should().Be(61);
        details.IsLive.Should().BeTrue();
        details.IsPrivate.Should().BeFalse();
        details.Title.Should().BeNull();
        details.Thumbnails.Should().ContainSingle().Which.Width.Should().Be(120);
    }

    [Theory]
    [InlineData("""{"uploadDate":"2022-08-04T12:59:59-07:00","publishDate":"2022-08-03"}""", "2022-08-04")]
    [InlineData("""{"publishDate":"2012-05-21"}""", "2012-05-21")]
    [InlineData("""{"uploadDate":"yesterday"}""", null)]
    [InlineData("""{"uploadDate":"2022-13-40"}""", null)]
    [InlineData("""{"uploadDate":20220804}""", null)]
    [InlineData("{}", null)]
    public void The_upload_date_is_the_day_the_microformat_starts_with(string renderer, string? day)
    {
        var microformat = PlayerResponse.Parse("{\"microformat\":{\"playerMicroformatRenderer\":" + renderer + "}}").Microformat;

        microformat!.Value.UploadDate.Should().Be(day is null ? null : DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Mobile_and_vision_clients_send_no_microformat()
    {
        PlayerResponse.Parse("""{"videoDetails":{"videoId":"abcdefghijk"}}""").Microformat.Should().BeNull();
    }

    private static StreamingFormat Single(string formatJson) =>
        PlayerResponse.Parse("{\"streamingData\":{\"adaptiveFormats\":[" + formatJson + "]}}").StreamingData!.Value.AdaptiveFormats.Single();
}
