using Acornima.Ast;

namespace YouTubeDownloader.YouTube.Player;

/// <summary>
/// The functions the player defines at its top level, by name: <c>function f(…){…}</c>, <c>f=function(…){…}</c> and
/// <c>var f=function(…){…}</c>, the three ways the minifier writes them.
/// </summary>
internal sealed class TopLevelFunctions
{
    private readonly Dictionary<string, IFunction> byName = new(StringComparer.Ordinal);

    public TopLevelFunctions(PlayerSyntax player)
    {
        foreach (var statement in player.Statements)
        {
            switch (statement)
            {
                case FunctionDeclaration { Id: { } id } declaration:
                    byName[id.Name] = declaration;
                    break;
                case ExpressionStatement { Expression: AssignmentExpression { Left: Identifier id, Right: FunctionExpression function } }:
                    byName[id.Name] = function;
                    break;
                case VariableDeclaration variables:
                    foreach (var declarator in variables.Declarations)
                    {
                        if (declarator is { Id: Identifier name, Init: FunctionExpression function })
                        {
                            byName[name.Name] = function;
                        }
                    }

                    break;
            }
        }
    }

    /// <summary>Every (name, function) pair.</summary>
    public IEnumerable<KeyValuePair<string, IFunction>> All => byName;

    /// <summary>Whether <paramref name="name"/> is a top-level function that takes <paramref name="arguments"/> arguments or more.</summary>
    public bool Takes(string name, int arguments) => byName.TryGetValue(name, out var function) && function.Params.Count >= arguments;

    /// <summary>The top-level function <paramref name="name"/> when it takes exactly <paramref name="parameters"/> parameters.</summary>
    public IFunction? Get(string name, int parameters) =>
        byName.TryGetValue(name, out var function) && function.Params.Count == parameters ? function : null;
}
