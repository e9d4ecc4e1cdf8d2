using YouTubeDownloader.Storage;

namespace YouTubeDownloader.Tests.Storage;

public sealed class CreatedOnceTests
{
    [Fact]
    public async Task A_failed_creation_is_tried_again_and_a_successful_one_never()
    {
        var calls = 0;
        var once = new CreatedOnce(() => ++calls == 1 ? Task.FromException(new IOException("storage down")) : Task.CompletedTask);

        await once.Invoking(o => o.EnsureAsync()).Should().ThrowAsync<IOException>();
        await once.EnsureAsync();
        await once.EnsureAsync();

        calls.Should().Be(2, "the failure was not kept, the success was");
    }
}
