using Azure;
using Microsoft.DurableTask;
using YouTubeDownloader.Downloads;
using YouTubeDownloader.Workflow;

namespace YouTubeDownloader.Tests.Workflow;

public sealed class DownloadFailureTests
{
    [Fact]
    public void A_download_failure_keeps_its_code_and_the_catalogue_text_not_its_detail() =>
        DownloadFailure.From(Details(new DownloadFailedException(DownloadErrorCode.RateLimited, "Slow down: really")))
            .Should().Be(new DownloadFailure(DownloadErrorCode.RateLimited, Texts.Of(DownloadErrorCode.RateLimited)));

    [Fact]
    public void A_text_chosen_at_the_throw_site_crosses_with_the_code() =>
        DownloadFailure.From(Details(new DownloadFailedException(DownloadErrorCode.QualityUnavailable, "no 137", text: Texts.ItagNotOffered(137))))
            .Should().Be(new DownloadFailure(DownloadErrorCode.QualityUnavailable, Texts.ItagNotOffered(137)));

    [Fact]
    public void The_code_is_read_from_the_properties_never_from_the_message() =>
        DownloadFailure.From(TaskFailureDetails.FromException(new InvalidOperationException("private: This video is private.")))
            .Should().Be(new DownloadFailure(DownloadErrorCode.InternalError, Texts.InternalFailed));

    [Fact]
    public void A_storage_failure_is_a_storage_error_whose_message_names_no_internals() =>
        DownloadFailure.From(Details(new RequestFailedException(503, "busy at 10.0.0.4")))
            .Should().Be(new DownloadFailure(DownloadErrorCode.StorageError, Texts.StorageFailed));

    [Fact]
    public void Anything_else_is_an_internal_error_whose_message_names_no_internals() =>
        DownloadFailure.From(Details(new InvalidDataException("bad box at 0x1F")))
            .Should().Be(new DownloadFailure(DownloadErrorCode.InternalError, Texts.InternalFailed));

    [Fact]
    public void A_download_failure_wrapped_by_the_host_keeps_its_code() =>
        DownloadFailure.From(Details(
                new InvalidOperationException("Exception while executing function", new DownloadFailedException(DownloadErrorCode.Private, "Private video"))))
            .Should().Be(new DownloadFailure(DownloadErrorCode.Private, Texts.Of(DownloadErrorCode.Private)));

    public static TheoryData<Exception, bool> Failures() => new()
    {
        { new DownloadFailedException(DownloadErrorCode.Private, "private"), false },
        { new DownloadFailedException(DownloadErrorCode.TooLong, "too long"), false },
        { new TaskNoLongerActiveException(Guid.Empty, DownloadStatus.Cancelled), false },
        { new InvalidOperationException("wrapped", new DownloadFailedException(DownloadErrorCode.DrmProtected, "drm")), false },
        { new DownloadFailedException(DownloadErrorCode.RateLimited, "later, and retried inside the activity already"), false },
        { new RequestFailedException(500, "storage"), true },
        { new IOException("the worker process exited"), true },
        { new InvalidOperationException("never seen before"), true },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public void Only_failures_without_a_code_get_another_activity(Exception failure, bool again) =>
        DownloadFailure.IsWorthAnotherActivity(Details(failure)).Should().Be(again);

    [Theory]
    [InlineData(DownloadErrorCode.RateLimited, true)]
    [InlineData(DownloadErrorCode.BotCheck, true)]
    [InlineData(DownloadErrorCode.SourceError, true)]
    [InlineData(DownloadErrorCode.SourceUnreachable, true)]
    [InlineData(DownloadErrorCode.Private, false)]
    [InlineData(DownloadErrorCode.StreamForbidden, false)]
    [InlineData(DownloadErrorCode.QualityUnavailable, false)]
    public void The_code_alone_says_whether_another_attempt_may_help(DownloadErrorCode code, bool retryable) =>
        code.IsRetryable().Should().Be(retryable);

    [Fact]
    public void Every_code_has_a_text_of_its_own() =>
        Enum.GetValues<DownloadErrorCode>().Select(Texts.Of).Should().OnlyHaveUniqueItems().And.NotContain(t => string.IsNullOrWhiteSpace(t));

    /// <summary>The details as the durable worker builds them, with the app's properties provider.</summary>
    private static TaskFailureDetails Details(Exception e) => new(
        e.GetType().FullName!, e.Message, null, e.InnerException is { } inner ? Details(inner) : null, new FailureProperties().GetExceptionProperties(e));
}
