using System.Text;
using Acornima.Ast;

namespace YouTubeDownloader.YouTube.Player;

/// <summary>
/// The program an engine runs for one player: the player's own script, less the top-level statements that only act
/// (calls that start the player, touch the page, schedule work), plus a few stand-ins for the browser objects its
/// definitions read, plus entry points for every candidate <c>n</c> and <c>sig</c> function:
/// <c>_challenges.n[i](x)</c> and <c>_challenges.sig[i](x)</c>. Definitions (functions, variables, assignments)
/// stay, so each candidate has everything it needs, however the build spreads it.
/// </summary>
public sealed class ChallengeProgram
{
    /// <summary>The global the entry points hang on.</summary>
    public const string ResultName = "_challenges";

    // What the definitions read from the page at load time: enough to define, not to play.
    private const string Prelude =
        "var " + ResultName + "={n:[],sig:[]};" +
        "var document={};var navigator={userAgent:'',platform:'',language:'en'};" +
        "var location={href:'https://www.youtube.com/watch',protocol:'https:',host:'www.youtube.com',hostname:'www.youtube.com',origin:'https://www.youtube.com',pathname:'/watch',search:'',hash:''};" +
        "var XMLHttpRequest=function(){};XMLHttpRequest.prototype={};var self=this;\n";

    // A parameter name no minified player uses, so the entry point never shadows the function it calls.
    private const string Parameter = "challenge$";

    private ChallengeProgram(PlayerId player, string text, int nCount, int sigCount)
    {
        Player = player;
        Text = text;
        NCandidates = nCount;
        SigCandidates = sigCount;
    }

    public PlayerId Player { get; }

    public string Text { get; }

    public int NCandidates { get; }

    public int SigCandidates { get; }

    /// <summary>Parses <paramref name="script"/>, finds the candidates and builds the program.</summary>
    /// <exception cref="PlayerChallengeException">Unparsable, or no candidate for one of the two.</exception>
    public static ChallengeProgram Build(PlayerScript script)
    {
        var player = PlayerSyntax.Parse(script);
        var functions = new TopLevelFunctions(player);
        var n = NFunctionFinder.Find(player, functions);
        var sig = SigFunctionFinder.Find(player, functions);
        if (n.Count == 0 || sig.Count == 0)
        {
            var missing = n.Count == 0 ? (sig.Count == 0 ? "n and sig" : "n") : "sig";
            throw new PlayerChallengeException(script.Id, PlayerChallengeFailure.FunctionNotFound, $"no {missing} function of the known shapes");
        }

        var entries = new StringBuilder();
        foreach (var name in n)
        {
            entries.Append(';').Append(ResultName).Append($".n.push(function({Parameter}){{return {name}({Parameter})}})");
        }

        foreach (var call in sig)
        {
            entries.Append(';').Append(ResultName).Append($".sig.push(function({Parameter}){{return {call.Invocation(Parameter)}}})");
        }

        entries.Append(';');
        return new ChallengeProgram(script.Id, Assemble(player, entries.ToString()), n.Count, sig.Count);
    }

    private static string Assemble(PlayerSyntax player, string entries)
    {
        var source = player.Source;
        var text = new StringBuilder(source.Length + Prelude.Length + entries.Length);
        text.Append(Prelude);
        var position = 0;
        foreach (var statement in player.Statements)
        {
            if (IsActionOnly(statement))
            {
                text.Append(source, position, statement.Start - position);
                position = statement.End;
            }
        }

        // The entry points go last inside the wrapping function, where every definition is in scope.
        var close = player.Body.End - 1;
        text.Append(source, position, close - position).Append(entries).Append(source, close, source.Length - close);
        return text.ToString();
    }

    // A statement that defines nothing: an expression that is neither an assignment nor a directive ("use strict").
    private static bool IsActionOnly(Statement statement) =>
        statement is ExpressionStatement { Expression: not AssignmentExpression and not Literal };
}
