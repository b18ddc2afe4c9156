using System;
using Microsoft.CodeAnalysis.CSharp;

namespace GeneTherapy.Domain.Generators.Binding;

/// <summary>Rules for the C# names that seed files declare or that are derived from ids and keys.</summary>
internal static class Names
{
    /// <summary>
    /// Null when <paramref name="name"/> can name a member; otherwise why not. Format characters and decomposed
    /// characters are <see cref="UnicodeRules"/>' to report (GTD0027, GTD0028): these checks judge the name without them.
    /// </summary>
    public static string? CheckMemberName(string name)
    {
        name = UnicodeRules.Canonical(name);
        if (name.Length == 0)
        {
            return "a name cannot be empty";
        }

        if (name[0] == '@' || !SyntaxFacts.IsValidIdentifier(name))
        {
            return "use letters, digits and '_', starting with a letter or '_'";
        }

        if (name.Length >= 2 && name.StartsWith("__", StringComparison.Ordinal))
        {
            return "names starting with '__' are reserved for the compiler";
        }

        return null;
    }

    /// <summary>Null when <paramref name="name"/> can name a type; stricter than members.</summary>
    public static string? CheckTypeName(string name)
    {
        name = UnicodeRules.Canonical(name);
        if (CheckMemberName(name) is string problem)
        {
            return problem;
        }

        // CS8981 (and warnings-as-errors) for all-lowercase ASCII type names; it also keeps out
        // keywords and contextual keywords such as 'record', 'var' and 'dynamic'.
        bool allLower = true;
        foreach (char c in name)
        {
            if (!(c is >= 'a' and <= 'z' || c is >= '0' and <= '9' || c == '_'))
            {
                allLower = false;
                break;
            }
        }

        return allLower ? "a type name must contain an upper-case or non-ASCII letter (C# reserves lower-case names)" : null;
    }

    public static string? CheckNamespace(string name)
    {
        name = UnicodeRules.Canonical(name);
        if (name.Length == 0)
        {
            return "a namespace cannot be empty";
        }

        foreach (string part in name.Split('.'))
        {
            if (CheckMemberName(part) is string problem)
            {
                return $"part '{part}': {problem}";
            }

            if (SyntaxFacts.GetKeywordKind(part) != SyntaxKind.None || part == "global")
            {
                return $"part '{part}' is a C# keyword";
            }
        }

        return null;
    }

    /// <summary>
    /// A PascalCase identifier from an id or key such as "us-21-cfr-312": words split at anything that
    /// is not a letter or digit. Null when nothing usable is left.
    /// </summary>
    public static string? ToPascalIdentifier(string text)
    {
        // buffer[0] is kept for the '_' that a leading digit needs; the name is built from buffer[1].
        char[] buffer = new char[text.Length + 1];
        int end = 1;
        bool upperNext = true;
        foreach (char c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                buffer[end++] = upperNext ? char.ToUpperInvariant(c) : c;
                upperNext = false;
            }
            else
            {
                upperNext = true;
            }
        }

        if (end == 1)
        {
            return null;
        }

        int start = 1;
        if (char.IsDigit(buffer[1]))
        {
            buffer[0] = '_';
            start = 0;
        }

        string result = new(buffer, start, end - start);
        return SyntaxFacts.IsValidIdentifier(result) ? result : null;
    }

    /// <summary>The constructor parameter for a field: first letter lower-cased.</summary>
    public static string ToParameterName(string fieldName)
        => fieldName.Length == 0 ? fieldName : char.ToLowerInvariant(fieldName[0]) + fieldName.Substring(1);
}
