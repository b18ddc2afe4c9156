using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace GeneTherapy.Domain.Generators.Emitting;

/// <summary>
/// Writes the statements that map a <c>ReadOnlySpan&lt;char&gt; code</c> to a member: a <c>switch</c> on the length,
/// then, where several codes share a length, a <c>switch</c> on the character at the position that tells most of them
/// apart (chosen from the code set, as <c>FrozenDictionary</c> analyses its keys), then one comparison with a constant
/// string. The comparison is a <c>MemoryExtensions</c> call with a constant <c>StringComparison</c>, which compiles on
/// every target (netstandard2.0 with System.Memory, C# 9) and which the .NET 8+ JIT unrolls into a few vector compares,
/// ignoring case too when the constant is ASCII (and falling back to the full comparison for non-ASCII input).
/// </summary>
internal static class CodeDispatchWriter
{
    private const string Memory = "global::System.MemoryExtensions";

    /// <summary>The ordinal lookup: length, distinguishing character, then <c>SequenceEqual</c>.</summary>
    public static void WriteOrdinal(SourceWriter w, IReadOnlyList<(string Code, string Member)> cases) => Write(w, cases, ignoreCase: false);

    /// <summary>
    /// The case-insensitive lookup: length, then <c>Equals(..., OrdinalIgnoreCase)</c> for each code of that length.
    /// No character dispatch: which characters match a code's character ignoring case is the runtime's rule
    /// (OrdinalIgnoreCase), and the comparison itself is the one place that applies it.
    /// </summary>
    public static void WriteIgnoreCase(SourceWriter w, IReadOnlyList<(string Code, string Member)> cases) => Write(w, cases, ignoreCase: true);

    private static void Write(SourceWriter w, IReadOnlyList<(string Code, string Member)> cases, bool ignoreCase)
    {
        w.WriteLine("switch (code.Length)");
        using (w.Braces())
        {
            foreach (IGrouping<int, (string Code, string Member)> bucket in cases.GroupBy(c => c.Code.Length).OrderBy(g => g.Key))
            {
                w.WriteLine($"case {bucket.Key}:");
                w.Indent();
                var codes = bucket.ToList();
                if (!ignoreCase && codes.Count > 1)
                {
                    WriteCharacterSwitch(w, codes);
                }
                else
                {
                    WriteComparisons(w, codes, ignoreCase);
                }

                w.WriteLine("break;");
                w.Unindent();
            }
        }

        w.WriteLine();
        w.WriteLine("value = default;");
        w.WriteLine("return false;");
    }

    private static void WriteCharacterSwitch(SourceWriter w, List<(string Code, string Member)> codes)
    {
        int position = DistinguishingPosition(codes.Select(c => c.Code).ToList());
        w.WriteLine($"switch (code[{position}])");
        using (w.Braces())
        {
            foreach (IGrouping<char, (string Code, string Member)> group in codes.GroupBy(c => c.Code[position]).OrderBy(g => g.Key))
            {
                w.WriteLine($"case {CharLiteral(group.Key)}:");
                w.Indent();
                WriteComparisons(w, group, ignoreCase: false);
                w.WriteLine("break;");
                w.Unindent();
            }
        }
    }

    /// <summary>One comparison per code: <c>SequenceEqual</c>, or <c>Equals(..., OrdinalIgnoreCase)</c> when ignoring case.</summary>
    private static void WriteComparisons(SourceWriter w, IEnumerable<(string Code, string Member)> codes, bool ignoreCase)
    {
        foreach ((string code, string member) in codes)
        {
            if (ignoreCase)
            {
                w.WriteLine($"if ({Memory}.Equals(code, {Memory}.AsSpan({CSharpSyntax.LiteralOf(code)}), global::System.StringComparison.OrdinalIgnoreCase)) {{ value = {member}; return true; }}");
            }
            else
            {
                w.WriteLine($"if ({Memory}.SequenceEqual(code, {Memory}.AsSpan({CSharpSyntax.LiteralOf(code)}))) {{ value = {member}; return true; }}");
            }
        }
    }

    /// <summary>
    /// The position (in codes of one length) where the most codes have a character of their own; the first such
    /// position on a tie, so the output is stable.
    /// </summary>
    public static int DistinguishingPosition(IReadOnlyList<string> codes)
    {
        int best = 0;
        int bestDistinct = 0;
        for (int i = 0; i < codes[0].Length; i++)
        {
            int distinct = codes.Select(c => c[i]).Distinct().Count();
            if (distinct > bestDistinct)
            {
                best = i;
                bestDistinct = distinct;
            }
        }

        return best;
    }

    /// <summary>A C# character literal: printable ASCII as itself (quote and backslash escaped), anything else as <c>\uXXXX</c>.</summary>
    public static string CharLiteral(char c) => c switch
    {
        '\'' => @"'\''",
        '\\' => @"'\\'",
        >= ' ' and <= '~' => "'" + c + "'",
        _ => @"'\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) + "'",
    };
}
