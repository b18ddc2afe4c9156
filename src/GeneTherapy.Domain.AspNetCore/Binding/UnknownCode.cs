using System.Collections.Generic;
using System.Linq;

namespace GeneTherapy.Domain.AspNetCore.Binding;

/// <summary>What to tell a client that sent a value that is not a code: one wording for minimal APIs and MVC.</summary>
internal static class UnknownCode
{
    /// <summary>The codes a client should send: every current code, in order of value (retired codes still bind but are not offered).</summary>
    public static IReadOnlyList<string> ValidCodes(ICodeTable table)
        => table.Terms.Where(t => !t.IsDeprecated).Select(t => t.Code).ToArray();

    /// <summary>
    /// One sentence: the value, the enum, and the codes to use instead. No quotes: JSON writers escape them as
    /// <c>\u0022</c>, which clients then show verbatim; the problem body carries the exact value on its own.
    /// </summary>
    public static string Describe(ICodeTable table, string? value)
        => $"{value} is not a code of {table.Name}; use one of: {string.Join(", ", ValidCodes(table))}.";
}
