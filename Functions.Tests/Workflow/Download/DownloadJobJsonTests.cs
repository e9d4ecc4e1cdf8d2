using System.Text.Json;
using YouTubeDownloader.Downloads;
using YouTubeDownloader.Workflow.Download;

namespace YouTubeDownloader.Tests.Workflow.Download;

/// <summary>
/// A job travels as a durable message: its video id and quality are typed in code and plain strings in the JSON,
/// so messages written before they were typed (orchestrations still running) read the same.
/// </summary>
public sealed class DownloadJobJsonTests
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    [Fact]
    public void The_id_and_quality_are_strings_in_the_message()
    {
        var job = new DownloadJob(Guid.NewGuid(), VideoId.Parse("dQw4w9WgXcQ"), Quality.AtMost(720), DownloadType.Video);

        var json = JsonDocument.Parse(JsonSerializer.Serialize(job, Web)).RootElement;

        json.GetProperty("videoId").GetString().Should().Be("dQw4w9WgXcQ");
        json.GetProperty("quality").GetString().Should().Be("720p");
    }

    [Fact]
    public void A_message_written_with_strings_reads_as_the_same_job()
    {
        var id = Guid.NewGuid();
        var old = $$"""{"taskId":"{{id}}","videoId":"dQw4w9WgXcQ","quality":"audio","type":1,"run":2}""";

        var job = JsonSerializer.Deserialize<DownloadJob>(old, Web)!;

        job.Should().Be(new DownloadJob(id, VideoId.Parse("dQw4w9WgXcQ"), Quality.Audio, DownloadType.Audio, Run: 2));
    }

    [Theory]
    [InlineData("""{"taskId":"7d1d4f0e-0000-0000-0000-000000000000","videoId":"short","quality":"best","type":0}""")]
    [InlineData("""{"taskId":"7d1d4f0e-0000-0000-0000-000000000000","videoId":"dQw4w9WgXcQ","quality":"999p","type":0}""")]
    public void A_corrupt_id_or_quality_does_not_read(string json)
    {
        var read = () => JsonSerializer.Deserialize<DownloadJob>(json, Web);

        read.Should().Throw<Exception>();
    }
}
