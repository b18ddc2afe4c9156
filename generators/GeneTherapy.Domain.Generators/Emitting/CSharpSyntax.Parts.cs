using System.Text;
using GeneTherapy.Domain.Generators.Model;

namespace GeneTherapy.Domain.Generators.Emitting;

/// <summary>
/// The escaping rules of <see cref="CSharpSyntax"/> as parts of a line: <c>w.WriteLine($"case {LiteralOf(code)}: ...")</c>
/// appends the literal into the writer's buffer, where <c>{Literal(code)}</c> would build a string to be copied. Each
/// writes exactly what its string form returns (SourceWriterTests).
/// </summary>
internal static partial class CSharpSyntax
{
    /// <summary><see cref="Literal"/> of the text, appended in place.</summary>
    public static LiteralPart LiteralOf(string text) => new(text);

    /// <summary><see cref="DocInline"/> of the text, appended in place.</summary>
    public static DocInlinePart DocInlineOf(string text) => new(text);

    /// <summary><see cref="Value"/> of the value, appended in place.</summary>
    public static ValuePart ValueOf(ValueSpec value) => new(value);

    /// <summary><c>null</c>, or <see cref="Literal"/> of the text, appended in place.</summary>
    public static OptionalLiteralPart OptionalLiteralOf(string? text) => new(text);

    /// <summary><c>null</c>, or <see cref="SourceExpression"/> of the source, appended in place.</summary>
    public static SourceExpressionPart SourceExpressionOf(SourceRef? source) => new(source);

    /// <summary>A read-only <c>string</c> list of the texts as literals, appended in place.</summary>
    public static StringListPart StringListOf(EquatableArray<string> texts) => new(texts);

    public static void AppendLiteral(StringBuilder builder, string value)
    {
        if (IsPlain(value, '"', '\\', '\\'))
        {
            builder.Append('"').Append(value).Append('"');
        }
        else
        {
            AppendEscapedLiteral(builder, value);
        }
    }

    public static void AppendDocInline(StringBuilder builder, string text)
    {
        if (!IsPlain(text, '&', '<', '>'))
        {
            builder.Append(EscapedDocInline(text));
            return;
        }

        // string.Trim without the string: the same white space (char.IsWhiteSpace) off both ends.
        int start = 0;
        int end = text.Length;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        builder.Append(text, start, end - start);
    }

    /// <summary>
    /// The invariant digits of <paramref name="value"/> (<c>value.ToString(CultureInfo.InvariantCulture)</c>) without a
    /// string: ASCII '-' whatever the culture's negative sign (fi-FI's is U+2212).
    /// </summary>
    public static void AppendInt(StringBuilder builder, int value)
    {
        if (value < 0)
        {
            builder.Append('-');
        }

        // Negated into a uint so that int.MinValue has its magnitude too.
        uint magnitude = value < 0 ? unchecked((uint)-(long)value) : (uint)value;
        int digits = 1;
        for (uint rest = magnitude / 10; rest > 0; rest /= 10)
        {
            digits++;
        }

        builder.Append('0', digits);
        for (int i = builder.Length - 1; digits > 0; digits--, i--)
        {
            builder[i] = (char)('0' + (magnitude % 10));
            magnitude /= 10;
        }
    }

    public static void AppendIdentifier(StringBuilder builder, string name) => builder.Append(Identifier(name));

    public static void AppendGlobal(StringBuilder builder, string fullName)
    {
        if (AnyPartCouldBeKeyword(fullName))
        {
            builder.Append(Global(fullName));
        }
        else
        {
            builder.Append("global::").Append(fullName);
        }
    }

    public static void AppendSourceExpression(StringBuilder builder, SourceRef source)
    {
        // Global(ns + ".Sources") escapes a keyword part; the class name has none, so the namespace alone decides.
        if (AnyPartCouldBeKeyword(source.Namespace))
        {
            builder.Append(SourceExpression(source));
            return;
        }

        builder.Append("global::").Append(source.Namespace).Append('.').Append(GeneratedNames.SourcesClass).Append('.');
        AppendIdentifier(builder, source.PropertyName);
    }

    public static void AppendValue(StringBuilder builder, ValueSpec value)
    {
        switch (value.Kind)
        {
            case ValueKind.Null:
                builder.Append("null");
                break;
            case ValueKind.String:
                AppendLiteral(builder, value.Text);
                break;
            case ValueKind.Int:
            case ValueKind.Bool:
                builder.Append(value.Text);
                break;
            case ValueKind.Date:
                builder.Append("new global::System.DateTime(");
                AppendInt(builder, value.Date.Year);
                builder.Append(", ");
                AppendInt(builder, value.Date.Month);
                builder.Append(", ");
                AppendInt(builder, value.Date.Day);
                builder.Append(')');
                break;
            case ValueKind.Uri:
                AppendUri(builder, value.Text);
                break;
            case ValueKind.EnumMember:
                AppendGlobal(builder, value.Type.FullName);
                builder.Append('.');
                AppendIdentifier(builder, value.Text);
                break;
            case ValueKind.RecordEntry:
                AppendGlobal(builder, value.Type.CatalogFullName);
                builder.Append('.');
                AppendIdentifier(builder, value.Text);
                break;
            default:
                AppendList(builder, value);
                break;
        }
    }

    /// <summary>
    /// A <see cref="System.Uri"/> built from an absolute URI, which the binder has checked: the one-argument constructor
    /// takes its text as <see cref="System.UriKind.Absolute"/> and says so in fewer characters.
    /// </summary>
    public static void AppendUri(StringBuilder builder, string absoluteUri)
    {
        builder.Append("new global::System.Uri(");
        AppendLiteral(builder, absoluteUri);
        builder.Append(')');
    }

    /// <summary>A list value: its items as <see cref="AppendValue"/> writes them, in a read-only array.</summary>
    private static void AppendList(StringBuilder builder, ValueSpec value)
    {
        // The element type is written in place: a list value is one per entry of a catalog, and a TypeRef copy and
        // its name per value were 0.8 MB of a 10,000-entry run.
        TypeRef type = value.Type;
        if (OpenReadOnlyArray(builder, BuiltInTypeName(type.Kind), type.FullName, value.Items.Count))
        {
            for (int i = 0; i < value.Items.Count; i++)
            {
                if (i > 0)
                {
                    builder.Append(", ");
                }

                AppendValue(builder, value.Items[i]);
            }

            CloseReadOnlyArray(builder);
        }
    }

    /// <summary>
    /// Starts a read-only list of <paramref name="count"/> elements and returns whether the caller appends them
    /// (separated by <c>", "</c>) and then <see cref="CloseReadOnlyArray"/>. Empty lists are written whole, and wrapped
    /// too: a bare empty array reports <c>IsReadOnly == false</c>, unlike every non-empty list.
    /// </summary>
    /// <remarks>The element type is <paramref name="builtInType"/>, or the global name of <paramref name="fullName"/>.</remarks>
    private static bool OpenReadOnlyArray(StringBuilder builder, string? builtInType, string fullName, int count)
    {
        builder.Append(count == 0 ? "global::System.Array.AsReadOnly(global::System.Array.Empty<" : "global::System.Array.AsReadOnly(new ");
        if (builtInType is not null)
        {
            builder.Append(builtInType);
        }
        else
        {
            AppendGlobal(builder, fullName);
        }

        builder.Append(count == 0 ? ">())" : "[] { ");
        return count > 0;
    }

    private static void CloseReadOnlyArray(StringBuilder builder) => builder.Append(" })");

    public readonly struct OptionalLiteralPart : SourceWriter.ILinePart
    {
        public OptionalLiteralPart(string? text) => Text = text;

        public string? Text { get; }

        public void AppendTo(StringBuilder builder)
        {
            if (Text is null)
            {
                builder.Append("null");
            }
            else
            {
                AppendLiteral(builder, Text);
            }
        }

        public override string ToString() => SourceWriter.Render(this);
    }

    public readonly struct SourceExpressionPart : SourceWriter.ILinePart
    {
        public SourceExpressionPart(SourceRef? source) => Source = source;

        public SourceRef? Source { get; }

        public void AppendTo(StringBuilder builder)
        {
            if (Source is null)
            {
                builder.Append("null");
            }
            else
            {
                AppendSourceExpression(builder, Source);
            }
        }

        public override string ToString() => SourceWriter.Render(this);
    }

    public readonly struct StringListPart : SourceWriter.ILinePart
    {
        public StringListPart(EquatableArray<string> texts) => Texts = texts;

        public EquatableArray<string> Texts { get; }

        public void AppendTo(StringBuilder builder)
        {
            if (OpenReadOnlyArray(builder, "string", string.Empty, Texts.Count))
            {
                for (int i = 0; i < Texts.Count; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(", ");
                    }

                    AppendLiteral(builder, Texts[i]);
                }

                CloseReadOnlyArray(builder);
            }
        }

        public override string ToString() => SourceWriter.Render(this);
    }

    public readonly struct LiteralPart : SourceWriter.ILinePart
    {
        public LiteralPart(string text) => Text = text;

        public string Text { get; }

        public void AppendTo(StringBuilder builder) => AppendLiteral(builder, Text);

        public override string ToString() => SourceWriter.Render(this);
    }

    public readonly struct DocInlinePart : SourceWriter.ILinePart
    {
        public DocInlinePart(string text) => Text = text;

        public string Text { get; }

        public void AppendTo(StringBuilder builder) => AppendDocInline(builder, Text);

        public override string ToString() => SourceWriter.Render(this);
    }

    public readonly struct ValuePart : SourceWriter.ILinePart
    {
        public ValuePart(ValueSpec value) => Value = value;

        public ValueSpec Value { get; }

        public void AppendTo(StringBuilder builder) => AppendValue(builder, Value);

        public override string ToString() => SourceWriter.Render(this);
    }
}
