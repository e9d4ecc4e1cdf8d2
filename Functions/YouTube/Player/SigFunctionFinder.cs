using Acornima.Ast;

namespace YouTubeDownloader.YouTube.Player;

/// <summary>
/// Finds the call that deciphers a <c>signatureCipher</c>'s <c>s</c>, by what the player does with it: it URL-decodes
/// the value, hands it to a top-level function (after constant arguments, if any: <c>F(1,decodeURIComponent(s))</c>),
/// keeps the answer in a variable and URL-encodes that variable back into the media URL. Every such call is a
/// candidate, named by its callee and constant arguments; names and positions play no part.
/// </summary>
internal static class SigFunctionFinder
{
    public static IReadOnlyList<SigCall> Find(PlayerSyntax player, TopLevelFunctions functions)
    {
        var found = new List<SigCall>();
        foreach (var statement in player.Statements)
        {
            // Only the few statements that mention both calls are walked (the script has thousands).
            var text = player.Source.AsSpan(statement.Start, statement.End - statement.Start);
            if (!text.Contains("decodeURIComponent", StringComparison.Ordinal) || !text.Contains("encodeURIComponent", StringComparison.Ordinal))
            {
                continue;
            }

            var walker = new DecodeEncodeWalker(player, functions);
            walker.Visit(statement);
            found.AddRange(walker.Calls.Where(c => walker.Encoded.Contains(c.Variable)).Select(c => c.Call));
        }

        return [.. found.Distinct()];
    }

    private sealed class DecodeEncodeWalker(PlayerSyntax player, TopLevelFunctions functions) : Acornima.AstVisitor
    {
        public List<(string Variable, SigCall Call)> Calls { get; } = [];

        public HashSet<string> Encoded { get; } = new(StringComparer.Ordinal);

        protected override object? VisitAssignmentExpression(AssignmentExpression node)
        {
            if (node.Left is Identifier target && Deciphering(node.Right) is { } call)
            {
                Calls.Add((target.Name, call));
            }

            return base.VisitAssignmentExpression(node);
        }

        protected override object? VisitVariableDeclarator(VariableDeclarator node)
        {
            if (node.Id is Identifier target && node.Init is { } init && Deciphering(init) is { } call)
            {
                Calls.Add((target.Name, call));
            }

            return base.VisitVariableDeclarator(node);
        }

        protected override object? VisitCallExpression(CallExpression node)
        {
            if (node is { Callee: Identifier { Name: "encodeURIComponent" }, Arguments: [Identifier encoded] })
            {
                Encoded.Add(encoded.Name);
            }

            return base.VisitCallExpression(node);
        }

        // F(literal…, decodeURIComponent(x)) with F a top-level function taking at least that many parameters.
        private SigCall? Deciphering(Expression expression)
        {
            if (expression is not CallExpression { Callee: Identifier callee } call
                || call.Arguments.Count == 0
                || call.Arguments[^1] is not CallExpression { Callee: Identifier { Name: "decodeURIComponent" }, Arguments.Count: 1 })
            {
                return null;
            }

            var leading = new List<string>();
            for (var i = 0; i < call.Arguments.Count - 1; i++)
            {
                if (call.Arguments[i] is not Literal literal)
                {
                    return null;
                }

                leading.Add(player.Text(literal));
            }

            return functions.Takes(callee.Name, call.Arguments.Count) ? new SigCall(callee.Name, string.Join(",", leading)) : null;
        }
    }
}
