namespace YouTubeDownloader.Storage;

/// <summary>One completed file under its stream choice (<see cref="Delivery.StreamChoice"/>), the PartitionKey.</summary>
public sealed class StreamChoiceIndexEntity : CompletedTaskEntry;
