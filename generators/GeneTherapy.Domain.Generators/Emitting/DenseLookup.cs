using System;
using System.Collections.Generic;
using System.Globalization;

namespace GeneTherapy.Domain.Generators.Emitting;

/// <summary>
/// Value-to-something lookups that index an array instead of switching, for enums whose values are consecutive: the
/// extensions class's <c>ToCode</c>, <c>GetLabel</c> and <c>GetInfo</c> and the JSON converter's encoded codes. A switch
/// over such values compiles to a jump table, whose indirect branch the processor mispredicts when values vary; an
/// array read is one bounds check and one load, and inlined (0.24× of a hand-written switch, docs/benchmarks.md).
/// </summary>
internal static class DenseLookup
{
    /// <summary>Whether the members' values (ascending, as the binder sorts members) are consecutive, and there are members.</summary>
    public static bool Applies<TMember>(IReadOnlyList<TMember> members, Func<TMember, int> value)
    {
        for (int i = 1; i < members.Count; i++)
        {
            if ((long)value(members[i]) - value(members[i - 1]) != 1)
            {
                return false;
            }
        }

        return members.Count > 0;
    }

    /// <summary>
    /// Writes the body of a method whose parameter <c>value</c> is the enum: the element of <paramref name="array"/> at
    /// <c>value - first</c>; a value that is not a member of enum <paramref name="enumName"/> throws.
    /// </summary>
    public static void WriteBody(SourceWriter w, string array, int first, string enumName)
    {
        using (w.Braces())
        {
            w.WriteLine($"uint index = {IndexExpression(first)};");
            w.WriteLine($"if (index < (uint){array}.Length)");
            using (w.Braces())
            {
                w.WriteLine($"return {array}[index];");
            }

            w.WriteLine();
            w.WriteLine(CSharpSyntax.ThrowUndefinedValue(enumName) + ";");
        }
    }

    /// <summary>
    /// Writes the body of a code table's <c>IndexOf(value)</c>: <c>value - first</c> when it indexes
    /// <paramref name="array"/>, else -1.
    /// </summary>
    public static void WriteIndexBody(SourceWriter w, string array, int first)
    {
        using (w.Braces())
        {
            w.WriteLine($"uint index = {IndexExpression(first)};");
            w.WriteLine($"return index < (uint){array}.Length ? (int)index : -1;");
        }
    }

    /// <summary>
    /// <c>value - first</c> as an unsigned index, so one comparison with the array's length rejects values below the first
    /// member as well as above the last.
    /// </summary>
    private static string IndexExpression(int first) => first switch
    {
        0 => "unchecked((uint)value)",
        > 0 => "unchecked((uint)((int)value - " + first.ToString(CultureInfo.InvariantCulture) + "))",
        int.MinValue => "unchecked((uint)((long)value + 2147483648L))",
        _ => "unchecked((uint)((int)value + " + (-first).ToString(CultureInfo.InvariantCulture) + "))",
    };
}
