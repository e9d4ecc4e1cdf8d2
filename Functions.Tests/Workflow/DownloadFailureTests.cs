using Azure;
using Microsoft.DurableTask;
using YouTubeDownloader.Downloads;
using YouTubeDownloader.Workflow;

namespace YouTubeDownloader.Tests.Workflow;

public sealed class DownloadFailureTests
{
    [Fact]
    public void A_download_failure_keeps_its_code_and_reason()
    {
        var details = TaskFailureDetails.FromException(
            new TransientDownloadException(DownloadErrorCode.RateLimited, "Slow down: really"));

        DownloadFailure.From(details).Should().Be(new DownloadFailure(DownloadErrorCode.RateLimited, "Slow down: really"));
    }

    [Fact]
    public void A_storage_failure_is_a_storage_error() =>
        DownloadFailure.From(TaskFailureDetails.FromException(new RequestFailedException(503, "busy")))
            .Code.Should().Be(DownloadErrorCode.StorageError);

    [Fact]
    public void Anything_else_is_a_source_error_with_its_message() =>
        DownloadFailure.From(TaskFailureDetails.FromException(new InvalidDataException("bad box")))
            .Should().Be(new DownloadFailure(DownloadErrorCode.SourceError, "bad box"));
}
