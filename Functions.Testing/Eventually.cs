namespace YouTubeDownloader.Testing;

/// <summary>
/// The one wait loop of the tests, host tests and benchmarks: polls a read until its value satisfies a condition, and
/// fails with a description of what was last seen when the time is up. Tests wait for a state, never for a time.
/// </summary>
public static class Eventually
{
    private static readonly TimeSpan DefaultInterval = TimeSpan.FromMilliseconds(100);

    /// <summary>Reads until <paramref name="done"/> holds for the value read; returns that value.</summary>
    /// <param name="describe">What the failure says, from the value last read (built only when it fails).</param>
    public static async Task<T> GetAsync<T>(
        Func<Task<T>> read, Func<T, bool> done, TimeSpan timeout, Func<T, Task<string>> describe, TimeSpan? interval = null)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var value = await read();
            if (done(value))
            {
                return value;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Not reached within {timeout}: {await describe(value)}");
            }

            await Task.Delay(interval ?? DefaultInterval);
        }
    }

    /// <summary>Waits until <paramref name="condition"/> holds.</summary>
    public static Task UntilAsync(Func<Task<bool>> condition, TimeSpan timeout, Func<string> what, TimeSpan? interval = null) =>
        GetAsync(condition, held => held, timeout, _ => Task.FromResult(what()), interval);
}
