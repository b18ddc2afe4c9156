using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace GeneTherapy.Domain.Generators.Emitting;

/// <summary>
/// How free text (labels, summaries, titles, string values, reasons, URLs) is written into generated code. The text
/// reaches run time unchanged, but generated files never hold a character a reader cannot see: see
/// <see cref="IsInvisible"/>, the one rule both string literals and doc comments follow.
/// </summary>
internal static partial class CSharpSyntax
{
    /// <summary>
    /// A regular string literal. Written here rather than with SymbolDisplay.FormatLiteral so the rules are ours and
    /// fixed (FormatLiteral leaves format characters such as U+202E raw): quotes and backslashes are escaped, and every
    /// invisible character and lone surrogate becomes a <c>\u</c> (or <c>\U</c>) escape, so a literal can neither
    /// break out of its line nor display differently from what it holds.
    /// </summary>
    public static string Literal(string value)
        => IsPlain(value, '"', '\\', '\\') ? "\"" + value + "\"" : EscapedLiteral(value);

    /// <summary>
    /// Whether escaping would copy the text unchanged: no character is invisible (see <see cref="IsInvisible"/>) or one
    /// of the three given ASCII characters. Most seed text is plain, and skipping the character-by-character builder
    /// halves the emit time; only non-ASCII characters need the Unicode category lookup.
    /// </summary>
    private static bool IsPlain(string text, char special1, char special2, char special3)
    {
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c < '\u0080')
            {
                if (c is < ' ' or '\u007F' || c == special1 || c == special2 || c == special3)
                {
                    return false;
                }
            }
            else if (IsInvisible(text, i))
            {
                return false;
            }
            else if (char.IsHighSurrogate(c))
            {
                i++; // A valid pair (a lone surrogate is invisible): its low half is judged with it.
            }
        }

        return true;
    }

    /// <summary><see cref="Literal"/> character by character; the same result for every text.</summary>
    internal static string EscapedLiteral(string value)
    {
        var builder = new StringBuilder(value.Length + 2);
        AppendEscapedLiteral(builder, value);
        return builder.ToString();
    }

    private static void AppendEscapedLiteral(StringBuilder builder, string value)
    {
        builder.Append('"');
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            bool pair = char.IsSurrogatePair(value, i);
            if (c == '"')
            {
                builder.Append("\\\"");
            }
            else if (c == '\\')
            {
                builder.Append("\\\\");
            }
            else if (IsInvisible(value, i))
            {
                builder.Append(pair ? "\\U" + Hex(char.ConvertToUtf32(c, value[i + 1]), "X8") : "\\u" + Hex(c, "X4"));
            }
            else
            {
                builder.Append(c);
                if (pair)
                {
                    builder.Append(value[i + 1]);
                }
            }

            if (pair)
            {
                i++;
            }
        }

        builder.Append('"');
    }

    /// <summary>
    /// Doc comment lines: split at every character C# treats as a line break (CR, LF, CRLF as one, U+0085, U+2028,
    /// U+2029), XML-escaped, trailing white space trimmed. An invisible character becomes a character reference
    /// (<c>&amp;#x202E;</c>); the two XML cannot hold at all become visible stand-ins: a control character a space,
    /// a lone surrogate U+FFFD.
    /// </summary>
    public static IEnumerable<string> DocLines(string text)
        => IsPlain(text, '&', '<', '>') ? new[] { text.TrimEnd() } : EscapedDocLines(text);

    /// <summary><see cref="DocLines"/> character by character; the same lines for every text.</summary>
    internal static IEnumerable<string> EscapedDocLines(string text)
    {
        var line = new StringBuilder();
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c is '\r' or '\n' or '\u0085' or '\u2028' or '\u2029')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                yield return line.ToString().TrimEnd();
                line.Clear();
                continue;
            }

            AppendDocCharacter(line, text, ref i);
        }

        yield return line.ToString().TrimEnd();
    }

    /// <summary>Doc text on one line, for short phrases inside a summary: its lines joined with single spaces.</summary>
    public static string DocInline(string text) => IsPlain(text, '&', '<', '>') ? text.Trim() : EscapedDocInline(text);

    /// <summary><see cref="DocInline"/> through <see cref="DocLines"/>; the same result for every text.</summary>
    internal static string EscapedDocInline(string text) => string.Join(" ", EscapedDocLines(text)).Trim();

    private static void AppendDocCharacter(StringBuilder line, string text, ref int i)
    {
        char c = text[i];
        bool pair = char.IsSurrogatePair(text, i);
        if (c == '&')
        {
            line.Append("&amp;");
        }
        else if (c == '<')
        {
            line.Append("&lt;");
        }
        else if (c == '>')
        {
            line.Append("&gt;");
        }
        else if (char.IsControl(c))
        {
            line.Append(' ');
        }
        else if (char.IsSurrogate(c) && !pair)
        {
            line.Append('\uFFFD');
        }
        else if (IsInvisible(text, i))
        {
            line.Append("&#x").Append(Hex(pair ? char.ConvertToUtf32(c, text[i + 1]) : c, "X4")).Append(';');
        }
        else
        {
            line.Append(c);
            if (pair)
            {
                line.Append(text[i + 1]);
            }
        }

        if (pair)
        {
            i++;
        }
    }

    /// <summary>
    /// The rule: a character is invisible when it is a control character (Cc), a format character (Cf: bidi
    /// embeddings, overrides, isolates and marks, zero-width characters, U+FEFF, the soft hyphen, tag characters),
    /// a line or paragraph separator (Zl, Zp), a space other than U+0020 (Zs: no-break, em, ideographic spaces), a
    /// lone surrogate, or one of the characters defined as blank glyphs (U+034F COMBINING GRAPHEME JOINER, the Hangul
    /// fillers U+115F, U+1160, U+3164, U+FFA0). A surrogate pair is judged as the one character it encodes.
    /// </summary>
    internal static bool IsInvisible(string text, int index)
    {
        char c = text[index];
        switch (CharUnicodeInfo.GetUnicodeCategory(text, index))
        {
            case UnicodeCategory.Control:
            case UnicodeCategory.Format:
            case UnicodeCategory.LineSeparator:
            case UnicodeCategory.ParagraphSeparator:
            case UnicodeCategory.Surrogate:
                return true;
            case UnicodeCategory.SpaceSeparator:
                return c != ' ';
            default:
                return c is '\u034F' or '\u115F' or '\u1160' or '\u3164' or '\uFFA0';
        }
    }

    private static string Hex(int value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
}
