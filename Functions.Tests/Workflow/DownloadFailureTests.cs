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
    public void A_storage_failure_is_a_storage_error_whose_message_names_no_internals() =>
        DownloadFailure.From(TaskFailureDetails.FromException(new RequestFailedException(503, "busy at 10.0.0.4")))
            .Should().Be(new DownloadFailure(DownloadErrorCode.StorageError, Texts.StorageFailed));

    [Fact]
    public void Anything_else_is_an_internal_error_whose_message_names_no_internals() =>
        DownloadFailure.From(TaskFailureDetails.FromException(new InvalidDataException("bad box at 0x1F")))
            .Should().Be(new DownloadFailure(DownloadErrorCode.InternalError, Texts.InternalFailed));

    [Fact]
    public void A_download_failure_wrapped_by_the_host_keeps_its_code() =>
        DownloadFailure.From(TaskFailureDetails.FromException(
                new InvalidOperationException("Exception while executing function", new DownloadFailedException(DownloadErrorCode.Private, "Private video"))))
            .Should().Be(new DownloadFailure(DownloadErrorCode.Private, "Private video"));

    public static TheoryData<Exception, bool> Failures() => new()
    {
        { new DownloadFailedException(DownloadErrorCode.Private, "private"), true },
        { new DownloadFailedException(DownloadErrorCode.TooLong, "too long"), true },
        { new TaskNoLongerActiveException(Guid.Empty, DownloadStatus.Cancelled), true },
        { new InvalidOperationException("wrapped", new DownloadFailedException(DownloadErrorCode.DrmProtected, "drm")), true },
        { new TransientDownloadException(DownloadErrorCode.RateLimited, "later"), false },
        { new RequestFailedException(500, "storage"), false },
        { new IOException("the worker process exited"), false },
        { new InvalidOperationException("never seen before"), false },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public void Only_refusals_and_stops_are_permanent(Exception failure, bool permanent) =>
        DownloadFailure.IsPermanent(TaskFailureDetails.FromException(failure)).Should().Be(permanent);
}
