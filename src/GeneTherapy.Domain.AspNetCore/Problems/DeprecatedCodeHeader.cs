using System;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace GeneTherapy.Domain.AspNetCore.Problems;

/// <summary>
/// The response header that says a request used a retired code: one item per parameter value, as an RFC 8941
/// structured-field list, <c>Deprecated-Code: "vector";code="retroviral";replacement="gamma-retroviral"</c> (the
/// replacement only when the seed names one). The request still succeeds: retired codes keep binding so that
/// stored links and old clients keep working.
/// </summary>
public static class DeprecatedCodeHeader
{
    /// <summary>The header's name.</summary>
    public const string Name = "Deprecated-Code";

    /// <summary>Adds an item for a retired code, unless the response already lists that parameter and code.</summary>
    /// <param name="response">The response (headers not yet sent).</param>
    /// <param name="parameter">The parameter's name on the wire.</param>
    /// <param name="term">The retired term.</param>
    public static void Append(HttpResponse response, string parameter, ICodeTerm term)
    {
        string item = Format(parameter, term);
        foreach (string? existing in response.Headers[Name])
        {
            if (string.Equals(existing, item, StringComparison.Ordinal))
            {
                return;
            }
        }

        response.Headers.Append(Name, item);
    }

    /// <summary>One list item: the parameter, the code and, when known, its replacement.</summary>
    /// <param name="parameter">The parameter's name on the wire.</param>
    /// <param name="term">The retired term.</param>
    /// <returns>The item, ASCII only.</returns>
    public static string Format(string parameter, ICodeTerm term)
    {
        var item = new StringBuilder();
        AppendString(item, parameter);
        item.Append(";code=");
        AppendString(item, term.Code);
        if (term.ReplacementCode is string replacement)
        {
            item.Append(";replacement=");
            AppendString(item, replacement);
        }

        return item.ToString();
    }

    // An sf-string holds printable ASCII only; anything else (a code in another script) is percent-encoded as UTF-8.
    private static void AppendString(StringBuilder item, string value)
    {
        item.Append('"');
        foreach (Rune rune in value.EnumerateRunes())
        {
            if (rune.Value is '"' or '\\')
            {
                item.Append('\\').Append((char)rune.Value);
            }
            else if (rune.Value is >= ' ' and <= '~' and not '%')
            {
                item.Append((char)rune.Value);
            }
            else
            {
                item.Append(Uri.EscapeDataString(rune.ToString()));
            }
        }

        item.Append('"');
    }
}
