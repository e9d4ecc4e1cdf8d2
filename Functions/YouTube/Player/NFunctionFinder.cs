using Acornima;
using Acornima.Ast;

namespace YouTubeDownloader.YouTube.Player;

/// <summary>
/// Finds the function that turns a URL's <c>n</c> into the value YouTube expects, by shape. The player keeps it in a
/// one-element array at its top level (<c>var X=[F]</c>, read back as <c>X[0](n)</c>), and it takes one parameter;
/// builds that inline its body instead end in <c>try{…}catch(e){return K[i]+n}</c>, the marker-plus-input answer it
/// gives on failure. Either shape makes a candidate; names and positions play no part.
/// </summary>
internal static class NFunctionFinder
{
    public static IReadOnlyList<string> Find(PlayerSyntax player, TopLevelFunctions functions)
    {
        var names = new List<string>();
        foreach (var statement in player.Statements)
        {
            if (statement is not VariableDeclaration variables)
            {
                continue;
            }

            foreach (var declarator in variables.Declarations)
            {
                if (declarator.Init is ArrayExpression { Elements: [Identifier element] }
                    && functions.Get(element.Name, 1) is not null)
                {
                    names.Add(element.Name);
                }
            }
        }

        foreach (var (name, function) in functions.All)
        {
            if (function.Params.Count == 1 && EndsWithMarkerCatch(function))
            {
                names.Add(name);
            }
        }

        return [.. names.Distinct(StringComparer.Ordinal)];
    }

    private static bool EndsWithMarkerCatch(IFunction function)
    {
        var body = ((FunctionBody)function.Body).Body;
        return body.Count >= 2
            && body[^2] is TryStatement { Handler.Body.Body: [ReturnStatement { Argument: BinaryExpression marker }] }
            && marker.Operator == Operator.Addition
            && marker.Left is MemberExpression { Computed: true, Object: Identifier, Property: Literal }
            && marker.Right is Identifier;
    }
}
