using System.Reflection;
using YouTubeDownloader.Downloads;
using YouTubeDownloader.Media;
using YouTubeDownloader.Sources;
using YouTubeDownloader.Storage;

namespace YouTubeDownloader.Tests.Storage;

/// <summary>
/// The task's row carries every field of the task: a field added to the domain record or to the row without its mapping
/// fails here, not as a value silently lost on the next write.
/// </summary>
public sealed class DownloadTaskMappingTests
{
    // Table bookkeeping (the id travels as PartitionKey) and the one domain field that is computed on reading, never stored.
    private static readonly string[] RowOnly = ["PartitionKey", "RowKey", "Timestamp", "ETag"];
    private static readonly string[] NotStored = [nameof(DownloadTask.Id), nameof(DownloadTask.EntriesProgress)];

    // A task field stored as several columns of the row.
    private static readonly Dictionary<string, string[]> Columns = new()
    {
        [nameof(DownloadTask.LastError)] = [nameof(DownloadTaskEntity.LastErrorCode), nameof(DownloadTaskEntity.LastErrorMessage)],
    };

    [Fact]
    public void The_row_and_the_task_have_the_same_fields()
    {
        var row = Settable(typeof(DownloadTaskEntity)).Select(p => p.Name).Except(RowOnly);
        var task = Settable(typeof(DownloadTask)).Select(p => p.Name).Except(NotStored)
            .SelectMany(name => Columns.TryGetValue(name, out var columns) ? columns : [name]);

        row.Should().BeEquivalentTo(task);
    }

    [Fact]
    public void Every_field_survives_a_write_and_a_read()
    {
        var task = new DownloadTask
        {
            Id = Guid.NewGuid(),
            Url = "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
            VideoId = "dQw4w9WgXcQ",
            Quality = Quality.AtMost(720),
            DownloadType = DownloadType.Audio,
            CreatedAt = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero),
        };
        // Each field gets a value unlike the row's defaults, so a field the mapping drops comes back different.
        foreach (var property in Settable(typeof(DownloadTask)).Where(p => p.Name != nameof(DownloadTask.EntriesProgress)))
        {
            if (SampleOf(property) is { } sample)
            {
                property.SetValue(task, sample);
            }
        }

        Settable(typeof(DownloadTask)).Where(p => p.Name != nameof(DownloadTask.EntriesProgress))
            .Should().OnlyContain(p => !IsDefault(p, task), "every stored field is set to something a lost mapping would change");
        task.ToEntity().ToTask().Should().Be(task);
    }

    private static IEnumerable<PropertyInfo> Settable(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite);

    private static bool IsDefault(PropertyInfo property, DownloadTask task)
    {
        var value = property.GetValue(task);
        var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        return value is null || (type.IsValueType && value.Equals(Activator.CreateInstance(type))) || value is "";
    }

    /// <summary>A value for the field; null for the types the task above already sets (quality, download type).</summary>
    private static object? SampleOf(PropertyInfo property)
    {
        var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        return type switch
        {
            _ when type == typeof(string) => "sample " + property.Name,
            _ when type == typeof(bool) => true,
            _ when type == typeof(int) => 7,
            _ when type == typeof(long) => 9L,
            _ when type == typeof(double) => 1.5,
            _ when type == typeof(Guid) => Guid.NewGuid(),
            _ when type == typeof(DateTimeOffset) => new DateTimeOffset(2026, 1, 2, 3, 5, 6, TimeSpan.Zero),
            _ when type == typeof(DownloadStatus) => DownloadStatus.Completed,
            _ when type == typeof(DownloadErrorCode) => DownloadErrorCode.RateLimited,
            _ when type == typeof(AudioFormat) => AudioFormat.Opus,
            _ when type == typeof(TaskError) => new TaskError(DownloadErrorCode.SourceUnreachable, "sample " + property.Name),
            _ when type == typeof(Quality) || type == typeof(DownloadType) => null,
            _ when type == typeof(ValueList<Chapter>) => new ValueList<Chapter>([new Chapter(0, 12_500, "Intro ü"), new Chapter(12_500, 40_000, "B")]),
            _ when type == typeof(ValueList<SubtitleTrack>) => new ValueList<SubtitleTrack>([new SubtitleTrack("pt-BR", "Portuguese", true)]),
            _ => throw new InvalidOperationException($"No sample for {property.Name} ({type.Name}): add one."),
        };
    }
}
