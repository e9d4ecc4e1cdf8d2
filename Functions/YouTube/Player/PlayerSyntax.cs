using Acornima;
using Acornima.Ast;

namespace YouTubeDownloader.YouTube.Player;

/// <summary>
/// A player script parsed into its syntax tree, with the statements of the one function that wraps the whole player
/// (<c>(function(g){…})(_yt_player)</c>, or <c>.call(this)</c> on it): the functions of both challenges are defined there.
/// </summary>
internal sealed class PlayerSyntax
{
    private PlayerSyntax(string source, FunctionBody body)
    {
        Source = source;
        Body = body;
    }

    public string Source { get; }

    /// <summary>The body of the wrapping function.</summary>
    public FunctionBody Body { get; }

    public NodeList<Statement> Statements => Body.Body;

    /// <exception cref="PlayerChallengeException">Not JavaScript, or no wrapping function.</exception>
    public static PlayerSyntax Parse(PlayerScript script)
    {
        Script tree;
        try
        {
            tree = new Parser().ParseScript(script.Source);
        }
        catch (ParseErrorException e)
        {
            throw new PlayerChallengeException(script.Id, PlayerChallengeFailure.Unparsable, $"syntax error at line {e.LineNumber}", e);
        }

        // The largest immediately called function among the top-level statements: the player (what precedes it,
        // like "var _yt_player={};", is kept as it is).
        FunctionBody? wrapper = null;
        foreach (var statement in tree.Body)
        {
            if (WrappedBody(statement) is { } body && (wrapper is null || Length(body) > Length(wrapper)))
            {
                wrapper = body;
            }
        }

        return wrapper is null
            ? throw new PlayerChallengeException(script.Id, PlayerChallengeFailure.Unparsable, "no function wraps the player")
            : new PlayerSyntax(script.Source, wrapper);
    }

    /// <summary>The source text of <paramref name="node"/>.</summary>
    public string Text(Node node) => Source[node.Start..node.End];

    private static FunctionBody? WrappedBody(Statement statement) => statement switch
    {
        ExpressionStatement { Expression: CallExpression { Callee: FunctionExpression f } } => f.Body,
        ExpressionStatement { Expression: CallExpression { Callee: MemberExpression { Object: FunctionExpression f } } } => f.Body,
        _ => null,
    };

    private static int Length(Node node) => node.End - node.Start;
}
