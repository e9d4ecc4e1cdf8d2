using Microsoft.ClearScript;
using Microsoft.ClearScript.V8;
using Microsoft.Extensions.Options;

namespace YouTubeDownloader.YouTube.Player;

/// <summary>
/// The engine of the challenges: V8 through ClearScript. Chosen over Jint (a managed interpreter) by measurement
/// (Benchmarks <c>player-challenges</c>, docs/player-challenges.md): loading a real 2.6 MB player takes V8 about 0.45 s,
/// Jint about 2 s (it parses the program again into its own tree and interprets every definition), and an n answer
/// 0.25 ms against 4 ms. The sandbox: an isolate of its own per player with no host object, no module loader and no
/// file access (ClearScript exposes nothing it is not given), a heap limit that throws rather than ends the process,
/// a stack limit that bounds recursion, and a wall-time limit that interrupts the script. V8 counts no statements: the
/// time limit is the bound on them.
/// </summary>
public sealed class V8ChallengeEngine(IOptions<ChallengeEngineLimits> limits) : IChallengeEngine
{
    public IChallengeRuntime Create(PlayerId player)
    {
        var settings = limits.Value;
        var engine = new V8ScriptEngine(V8ScriptEngineFlags.None)
        {
            MaxRuntimeHeapSize = (UIntPtr)((ulong)settings.MaxHeapMegabytes * 1024 * 1024),
            RuntimeHeapSizeSampleInterval = TimeSpan.FromMilliseconds(20),
            RuntimeHeapSizeViolationPolicy = V8RuntimeViolationPolicy.Exception,
            MaxRuntimeStackUsage = (UIntPtr)((ulong)settings.MaxStackKilobytes * 1024),
        };
        return new Runtime(player, engine, settings);
    }

    private sealed class Runtime(PlayerId player, V8ScriptEngine engine, ChallengeEngineLimits limits) : IChallengeRuntime
    {
        private readonly TimeSpan callTimeout = TimeSpan.FromMilliseconds(limits.CallTimeoutMilliseconds);
        private ScriptObject[] n = [];
        private ScriptObject[] sig = [];

        public void Load(ChallengeProgram program)
        {
            Run(TimeSpan.FromMilliseconds(limits.LoadTimeoutMilliseconds), () => engine.Execute("player.js", program.Text));
            var result = (ScriptObject)engine.Global.GetProperty(ChallengeProgram.ResultName);
            n = Functions((ScriptObject)result.GetProperty("n"));
            sig = Functions((ScriptObject)result.GetProperty("sig"));
        }

        public string? Call(ChallengeKind kind, int candidate, string input)
        {
            var function = (kind == ChallengeKind.N ? n : sig)[candidate];
            object? answer = null;
            Run(callTimeout, () => answer = function.InvokeAsFunction(input));
            return answer as string;
        }

        private void Run(TimeSpan timeout, Action action)
        {
            using var deadline = new CancellationTokenSource(timeout);
            using var interrupt = deadline.Token.Register(engine.Interrupt);
            try
            {
                action();
            }
            catch (ScriptInterruptedException e)
            {
                throw new PlayerChallengeException(player, PlayerChallengeFailure.LimitExceeded, $"time limit of {timeout.TotalMilliseconds} ms", e);
            }
            catch (ScriptEngineException e) when (IsLimit(e))
            {
                throw new PlayerChallengeException(player, PlayerChallengeFailure.LimitExceeded, "memory or stack limit", e);
            }
            catch (ScriptEngineException e)
            {
                throw new PlayerChallengeException(player, PlayerChallengeFailure.ScriptFailed, "the script threw", e);
            }
        }

        public void Dispose() => engine.Dispose();

        private static ScriptObject[] Functions(ScriptObject array)
        {
            var count = Convert.ToInt32(array.GetProperty("length"), System.Globalization.CultureInfo.InvariantCulture);
            return [.. Enumerable.Range(0, count).Select(i => (ScriptObject)array.GetProperty(i))];
        }

        // V8's own stack guard answers a RangeError; ClearScript's heap and stack monitors say "exceeded".
        private static bool IsLimit(ScriptEngineException e) =>
            e.Message.Contains("exceeded", StringComparison.OrdinalIgnoreCase)
            || e.Message.Contains("Maximum call stack size", StringComparison.Ordinal);
    }
}
