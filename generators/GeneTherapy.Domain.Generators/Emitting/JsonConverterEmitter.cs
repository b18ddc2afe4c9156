using System.Linq;
using GeneTherapy.Domain.Generators.Model;
using Microsoft.CodeAnalysis.Text;

namespace GeneTherapy.Domain.Generators.Emitting;

/// <summary>Emits an enum's JSON converter, from its own spec: it reads and writes the codes without allocating.</summary>
internal static class JsonConverterEmitter
{
    /// <summary>Codes longer than this many characters are read with an allocating fallback instead of a stack buffer.</summary>
    private const int MaxStackCodeLength = 256;

    private const string Json = "global::System.Text.Json";

    /// <summary>The array of encoded codes, in value order, of a converter whose enum's values are consecutive.</summary>
    private const string EncodedCodesField = "s_codes";

    public static SourceText Emit(EnumConverterSpec spec)
    {
        string type = CSharpSyntax.Global(spec.Namespace + "." + spec.Name);
        var w = new SourceWriter();
        using (CSharpSyntax.OpenNamespace(w, spec.Namespace))
        {
            w.WriteLine($"/// <summary>Reads and writes <see cref=\"{spec.Namespace}.{spec.Name}\"/> as its code, without allocating.</summary>");
            w.WriteLine(CSharpSyntax.GeneratedCodeAttribute);
            w.WriteLine($"public sealed class {GeneratedNames.JsonConverter(spec.Name)} : {Json}.Serialization.JsonConverter<{type}>");
            using (w.Braces())
            {
                bool dense = DenseLookup.Applies(spec.Members, static m => m.Value);
                WriteEncodedCodes(w, spec, dense);
                WriteOverrides(w, type);
                if (dense)
                {
                    WriteEncodedByIndex(w, spec, type);
                }
                else
                {
                    WriteEncodedBySwitch(w, spec, type);
                }

                WriteReadCode(w, spec, type);
            }
        }

        return w.ToSourceText();
    }

    private static void WriteOverrides(SourceWriter w, string type)
    {
        string read = $"(ref {Json}.Utf8JsonReader reader, global::System.Type typeToConvert, {Json}.JsonSerializerOptions options)";
        string write = $"({Json}.Utf8JsonWriter writer, {type} value, {Json}.JsonSerializerOptions options)";
        WriteOverride(w, $"public override {type} Read{read}", "ReadCode(ref reader);");
        WriteOverride(w, $"public override void Write{write}", "writer.WriteStringValue(Encoded(value));");
        WriteOverride(w, $"public override {type} ReadAsPropertyName{read}", "ReadCode(ref reader);");
        WriteOverride(w, $"public override void WriteAsPropertyName{write}", "writer.WritePropertyName(Encoded(value));");
    }

    private static void WriteOverride(SourceWriter w, string signature, string body)
    {
        w.WriteLine();
        w.WriteLine("/// <inheritdoc/>");
        w.WriteLine(signature);
        w.WriteLine("    => " + body);
    }

    /// <summary>
    /// Codes encoded once, as JsonStringEnumConverter does with names, so writing copies UTF-8 bytes: an array in value
    /// order when values are dense (<c>value - first</c> indexes it), else one field per member.
    /// </summary>
    private static void WriteEncodedCodes(SourceWriter w, EnumConverterSpec spec, bool dense)
    {
        if (dense)
        {
            w.WriteLine($"private static readonly {Json}.JsonEncodedText[] {EncodedCodesField} =");
            using (w.Braces("};"))
            {
                foreach (ConverterMemberSpec member in spec.Members)
                {
                    w.WriteLine($"{Json}.JsonEncodedText.Encode({CSharpSyntax.LiteralOf(member.Code)}),");
                }
            }

            return;
        }

        for (int i = 0; i < spec.Members.Count; i++)
        {
            w.WriteLine($"private static readonly {Json}.JsonEncodedText s_code{i} = {Json}.JsonEncodedText.Encode({CSharpSyntax.LiteralOf(spec.Members[i].Code)});");
        }
    }

    /// <summary>The encoded code of a value: one subtraction and a bounds check instead of a switch.</summary>
    private static void WriteEncodedByIndex(SourceWriter w, EnumConverterSpec spec, string type)
    {
        w.WriteLine();
        w.WriteLine($"private static {Json}.JsonEncodedText Encoded({type} value)");
        DenseLookup.WriteBody(w, EncodedCodesField, spec.Members[0].Value, spec.Name);
    }

    /// <summary>A switch from value to encoded code, for values with gaps.</summary>
    private static void WriteEncodedBySwitch(SourceWriter w, EnumConverterSpec spec, string type)
    {
        w.WriteLine();
        w.WriteLine($"private static {Json}.JsonEncodedText Encoded({type} value) => value switch");
        using (w.Braces("};"))
        {
            for (int i = 0; i < spec.Members.Count; i++)
            {
                w.WriteLine($"{type}.{CSharpSyntax.Identifier(spec.Members[i].Name)} => s_code{i},");
            }

            w.WriteLine($"_ => {CSharpSyntax.ThrowUndefinedValue(spec.Name)},");
        }
    }

    private static void WriteReadCode(SourceWriter w, EnumConverterSpec spec, string type)
    {
        string extensions = CSharpSyntax.Global(spec.Namespace + "." + GeneratedNames.Extensions(spec.Name));
        int longest = spec.Members.Count == 0 ? 1 : spec.Members.Max(m => m.Code.Length);

        // A valid code, however it is escaped in JSON, takes at most six bytes per UTF-16 character.
        int maxEscaped = longest * 6;
        w.WriteLine();
        w.WriteLine($"private static {type} ReadCode(ref {Json}.Utf8JsonReader reader)");
        using (w.Braces())
        {
            w.WriteLine($"if (reader.TokenType != {Json}.JsonTokenType.String && reader.TokenType != {Json}.JsonTokenType.PropertyName)");
            using (w.Braces())
            {
                w.WriteLine($"throw new {Json}.JsonException({CSharpSyntax.Literal("Expected a string code of " + spec.Name + ".")});");
            }

            w.WriteLine();
            if (maxEscaped <= MaxStackCodeLength * 6)
            {
                w.WriteLine("int length = reader.HasValueSequence ? checked((int)reader.ValueSequence.Length) : reader.ValueSpan.Length;");
                w.WriteLine($"if (length <= {maxEscaped})");
                using (w.Braces())
                {
                    w.WriteLine($"global::System.Span<char> buffer = stackalloc char[{maxEscaped}];");
                    w.WriteLine("int written = reader.CopyString(buffer);");
                    WriteReturnIfParsed(w, $"{extensions}.{GeneratedNames.TryParseCode}(buffer.Slice(0, written), out {type} value)");
                }
            }
            else
            {
                WriteReturnIfParsed(w, $"{extensions}.{GeneratedNames.TryParseCode}(reader.GetString(), out {type} value)");
            }

            w.WriteLine();
            w.WriteLine($"throw new {Json}.JsonException(\"'\" + reader.GetString() + {CSharpSyntax.Literal("' is not a code of " + spec.Name + ".")});");
        }
    }

    private static void WriteReturnIfParsed(SourceWriter w, string condition)
    {
        w.WriteLine($"if ({condition})");
        using (w.Braces())
        {
            w.WriteLine("return value;");
        }
    }
}
