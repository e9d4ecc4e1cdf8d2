using Jint;
using Jint.Native;
using Jint.Runtime;
using YouTubeDownloader.YouTube.Player;

namespace YouTubeDownloader.Benchmarks;

/// <summary>
/// The managed engine the challenges were measured with (Jint, with its statement, time, memory and recursion limits),
/// kept here for the <c>player-challenges</c> comparison; the app runs <see cref="V8ChallengeEngine"/>.
/// </summary>
internal sealed class JintChallengeEngine : IChallengeEngine
{
    public IChallengeRuntime Create(PlayerId player) => new Runtime(player, new Engine(options => options
        .TimeoutInterval(TimeSpan.FromSeconds(30))
        .MaxStatements(100_000_000)
        .LimitMemory(1_000_000_000)
        .LimitRecursion(2_000)));

    private sealed class Runtime(PlayerId player, Engine engine) : IChallengeRuntime
    {
        private JsValue n = JsValue.Undefined;
        private JsValue sig = JsValue.Undefined;

        public void Load(ChallengeProgram program)
        {
            try
            {
                engine.Execute(program.Text);
            }
            catch (Exception e) when (e is JavaScriptException or StatementsCountOverflowException or MemoryLimitExceededException or TimeoutException)
            {
                throw new PlayerChallengeException(player, PlayerChallengeFailure.ScriptFailed, e.GetType().Name, e);
            }

            var result = engine.GetValue(ChallengeProgram.ResultName);
            (n, sig) = (result.Get("n"), result.Get("sig"));
        }

        public string? Call(ChallengeKind kind, int candidate, string input)
        {
            try
            {
                var answer = engine.Invoke((kind == ChallengeKind.N ? n : sig).Get(candidate), input);
                return answer.IsString() ? answer.AsString() : null;
            }
            catch (JavaScriptException e)
            {
                throw new PlayerChallengeException(player, PlayerChallengeFailure.ScriptFailed, "the script threw", e);
            }
        }

        public void Dispose() => engine.Dispose();
    }
}
