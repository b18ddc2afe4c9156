using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace GeneTherapy.Domain.Generators.Binding;

/// <summary>
/// The character rules for text that is an identifier (a C# name, or a code, key or source id that programs store and
/// compare): no Unicode format character (category Cf) and Unicode normalization form C. A format character is
/// invisible and C# drops it when it compares identifiers, so <c>ab&lt;U+202E&gt;cd</c> and <c>abcd</c> would be one
/// name that looks like two (the "Trojan Source" pattern, CVE-2021-42574); a decomposed name looks exactly like its
/// composed twin but is a different string.
/// </summary>
internal static class UnicodeRules
{
    /// <summary>Names of the format characters seen in attacks and in text copied from word processors.</summary>
    private static readonly Dictionary<int, string> s_formatNames = new()
    {
        [0x00AD] = "SOFT HYPHEN",
        [0x061C] = "ARABIC LETTER MARK",
        [0x180E] = "MONGOLIAN VOWEL SEPARATOR",
        [0x200B] = "ZERO WIDTH SPACE",
        [0x200C] = "ZERO WIDTH NON-JOINER",
        [0x200D] = "ZERO WIDTH JOINER",
        [0x200E] = "LEFT-TO-RIGHT MARK",
        [0x200F] = "RIGHT-TO-LEFT MARK",
        [0x202A] = "LEFT-TO-RIGHT EMBEDDING",
        [0x202B] = "RIGHT-TO-LEFT EMBEDDING",
        [0x202C] = "POP DIRECTIONAL FORMATTING",
        [0x202D] = "LEFT-TO-RIGHT OVERRIDE",
        [0x202E] = "RIGHT-TO-LEFT OVERRIDE",
        [0x2060] = "WORD JOINER",
        [0x2061] = "FUNCTION APPLICATION",
        [0x2062] = "INVISIBLE TIMES",
        [0x2063] = "INVISIBLE SEPARATOR",
        [0x2064] = "INVISIBLE PLUS",
        [0x2066] = "LEFT-TO-RIGHT ISOLATE",
        [0x2067] = "RIGHT-TO-LEFT ISOLATE",
        [0x2068] = "FIRST STRONG ISOLATE",
        [0x2069] = "POP DIRECTIONAL ISOLATE",
        [0xFEFF] = "ZERO WIDTH NO-BREAK SPACE",
        [0xFFF9] = "INTERLINEAR ANNOTATION ANCHOR",
        [0xFFFA] = "INTERLINEAR ANNOTATION SEPARATOR",
        [0xFFFB] = "INTERLINEAR ANNOTATION TERMINATOR",
    };

    /// <summary>The code points of the format characters named here, for tests that must try every one.</summary>
    public static IEnumerable<int> NamedFormatCharacters => s_formatNames.Keys;

    /// <summary>Whether the code point at <paramref name="index"/> (a surrogate pair counts as one) is a format character.</summary>
    public static bool IsFormatCharacter(string text, int index)
        => CharUnicodeInfo.GetUnicodeCategory(text, index) == UnicodeCategory.Format;

    /// <summary>The first format character in <paramref name="text"/>, or null when it has none.</summary>
    public static int? FirstFormatCharacter(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            // No ASCII character is a format character: most seed text never reaches the Unicode tables.
            if (text[i] >= 0x80 && IsFormatCharacter(text, i))
            {
                return char.ConvertToUtf32(text, i);
            }
        }

        return null;
    }

    private static bool IsAscii(string text)
    {
        foreach (char c in text)
        {
            if (c >= 0x80)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A code point as messages name it: <c>U+202E RIGHT-TO-LEFT OVERRIDE</c>, or <c>U+E0041 (format character)</c>.</summary>
    public static string Describe(int codePoint)
        => CodePoint(codePoint) + " " + (s_formatNames.TryGetValue(codePoint, out string? name) ? name : "(format character)");

    /// <summary>
    /// The NFC form of <paramref name="text"/> when that differs from it; null when the text is already NFC, or holds a
    /// lone surrogate (no normal form exists: the name is rejected for that by the C# name rules, and a code or key keeps it).
    /// </summary>
    public static string? ComposedIfNotNormalized(string text)
    {
        if (IsAscii(text))
        {
            return null; // ASCII text is in every normalization form
        }

        try
        {
            return text.IsNormalized(NormalizationForm.FormC) ? null : text.Normalize(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>
    /// A name as C# compares identifiers (format characters removed), composed to NFC: what the name becomes once the
    /// author follows GTD0027 and GTD0028, so that the C# name rules (GTD0006) judge only what those leave.
    /// </summary>
    /// <remarks>
    /// Duplicate checks compare names ordinally. That is C#'s comparison for every name that passes: C# removes only
    /// format characters before comparing identifiers (it does not normalize), and no accepted name has one. A file with
    /// a rejected name generates nothing, so a rejected name never collides in generated code.
    /// </remarks>
    public static string Canonical(string name)
    {
        var builder = new StringBuilder(name.Length);
        for (int i = 0; i < name.Length; i++)
        {
            bool pair = char.IsSurrogatePair(name, i);
            if (!IsFormatCharacter(name, i))
            {
                builder.Append(name, i, pair ? 2 : 1);
            }

            if (pair)
            {
                i++;
            }
        }

        string visible = builder.ToString();
        return ComposedIfNotNormalized(visible) ?? visible;
    }

    /// <summary>
    /// <paramref name="text"/> for a diagnostic message: every format, control or separator character written as
    /// <c>\uXXXX</c>, so that the message shows what the file holds instead of being reordered or hidden by it.
    /// </summary>
    public static string Visible(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            UnicodeCategory category = CharUnicodeInfo.GetUnicodeCategory(text, i);
            if (category is UnicodeCategory.Format or UnicodeCategory.Control or UnicodeCategory.LineSeparator
                or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Surrogate)
            {
                int codePoint = char.IsSurrogate(text, i) && !char.IsSurrogatePair(text, i) ? text[i] : char.ConvertToUtf32(text, i);
                builder.Append(codePoint > 0xFFFF ? "\\U" + codePoint.ToString("X8", CultureInfo.InvariantCulture) : "\\u" + codePoint.ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(text[i]);
                continue;
            }

            if (char.IsSurrogatePair(text, i))
            {
                i++;
            }
        }

        return builder.ToString();
    }

    /// <summary>The code points of <paramref name="text"/>, <c>U+0065 U+0301</c>, at most 16 of them.</summary>
    public static string CodePoints(string text)
    {
        var points = new List<string>();
        for (int i = 0; i < text.Length && points.Count <= 16; i++)
        {
            bool pair = char.IsSurrogatePair(text, i);
            points.Add(points.Count == 16 ? "…" : CodePoint(pair ? char.ConvertToUtf32(text, i) : text[i]));
            if (pair)
            {
                i++;
            }
        }

        return string.Join(" ", points);
    }

    /// <summary>
    /// Where <paramref name="text"/> and its composed form <paramref name="composed"/> differ, as code points:
    /// <c>("U+0065 U+0301", "U+00E9")</c> for "pre\u0301cis" and "précis".
    /// </summary>
    public static (string Written, string Composed) Difference(string text, string composed)
    {
        int prefix = 0;
        while (prefix < text.Length && prefix < composed.Length && text[prefix] == composed[prefix])
        {
            prefix++;
        }

        int suffix = 0;
        while (suffix < text.Length - prefix && suffix < composed.Length - prefix
            && text[text.Length - 1 - suffix] == composed[composed.Length - 1 - suffix])
        {
            suffix++;
        }

        return (CodePoints(text.Substring(prefix, text.Length - prefix - suffix)),
            CodePoints(composed.Substring(prefix, composed.Length - prefix - suffix)));
    }

    private static string CodePoint(int codePoint) => "U+" + codePoint.ToString("X4", CultureInfo.InvariantCulture);
}
