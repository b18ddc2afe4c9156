using System.Collections.Generic;
using System.Linq;
using GeneTherapy.Domain.Generators.Model;
using Microsoft.CodeAnalysis.Text;

namespace GeneTherapy.Domain.Generators.Emitting;

/// <summary>Emits an enum and its extensions class (codes, labels, metadata, typed properties, parsing).</summary>
internal static class EnumEmitter
{
    public static IEnumerable<(string HintName, SourceText Source)> Emit(EnumSpec spec)
    {
        yield return (spec.HintName, EmitEnum(spec));
        yield return (GeneratedNames.HintName(spec.Namespace, GeneratedNames.Extensions(spec.Name)), EmitExtensions(spec));
    }

    private static SourceText EmitEnum(EnumSpec spec)
    {
        var w = new SourceWriter();
        using (CSharpSyntax.OpenNamespace(w, spec.Namespace))
        {
            CSharpSyntax.WriteSummary(w, spec.Summary, spec.Name + ".");
            CSharpSyntax.WriteSourceRemarks(w, spec.Source);
            w.WriteLine(CSharpSyntax.GeneratedCodeAttribute);
            w.WriteLine($"[global::System.Text.Json.Serialization.JsonConverter(typeof({Converter(spec)}))]");
            w.WriteLine("public enum " + CSharpSyntax.Identifier(spec.Name));
            using (w.Braces())
            {
                foreach (MemberSpec member in spec.Members)
                {
                    CSharpSyntax.WriteSummary(w, member.Label + (string.IsNullOrWhiteSpace(member.Summary) ? "." : ": " + member.Summary), member.Name);
                    w.WriteLine("/// <remarks>Code <c>" + CSharpSyntax.DocInline(member.Code) + "</c>" + SourceSuffix(member.Source) + "</remarks>");
                    if (member.Deprecation is DeprecationSpec deprecation)
                    {
                        w.WriteLine(CSharpSyntax.ObsoleteAttribute(deprecation, spec.Name, "code"));
                    }

                    w.WriteLine(CSharpSyntax.Identifier(member.Name) + " = " + CSharpSyntax.Int(member.Value) + ",");
                }
            }
        }

        return w.ToSourceText();
    }

    private static SourceText EmitExtensions(EnumSpec spec)
    {
        string type = CSharpSyntax.Global(spec.Namespace + "." + spec.Name);
        string info = CSharpSyntax.TermInfoType + "<" + type + ">";
        var w = new SourceWriter();
        using (CSharpSyntax.OpenNamespace(w, spec.Namespace))
        {
            w.WriteLine($"/// <summary>Codes, labels, metadata and typed properties of <see cref=\"{spec.Namespace}.{spec.Name}\"/>.</summary>");
            w.WriteLine(CSharpSyntax.GeneratedCodeAttribute);
            w.WriteLine($"public static partial class {GeneratedNames.Extensions(spec.Name)}");
            using (w.Braces())
            {
                for (int i = 0; i < spec.Members.Count; i++)
                {
                    w.WriteLine($"private static readonly {info} {GeneratedNames.TermInfoField(i)} = {NewTermInfo(spec, spec.Members[i])};");
                }

                WriteCachedPropertyValues(w, spec);
                w.WriteLine();
                w.WriteLine("/// <summary>Every member, in order of value.</summary>");
                w.WriteLine($"public static {CSharpSyntax.ReadOnlyList}<{type}> {GeneratedNames.Values} {{ get; }} = global::System.Array.AsReadOnly(new {type}[] {{ {string.Join(", ", spec.Members.Select(m => Member(spec, m)))} }});");

                WriteSwitch(w, spec, "string", GeneratedNames.ToCode, "The stable wire code of the value, as written in seed files and JSON.", (m, _) => CSharpSyntax.Literal(m.Code));
                WriteSwitch(w, spec, "string", GeneratedNames.GetLabel, "The display label of the value.", (m, _) => CSharpSyntax.Literal(m.Label));
                WriteSwitch(w, spec, info, GeneratedNames.GetInfo, "Everything the seed files say about the value: code, label, summary, ontology codes and source.", (_, i) => GeneratedNames.TermInfoField(i));

                for (int p = 0; p < spec.Properties.Count; p++)
                {
                    PropertySpec property = spec.Properties[p];
                    int index = p;
                    WriteSwitch(w, spec, CSharpSyntax.TypeName(property.Type), property.Name, property.Summary ?? $"The {property.Name} property of the value.",
                        (m, i) => CSharpSyntax.Allocates(m.PropertyValues[index]) ? CachedName(index, i) : CSharpSyntax.Value(m.PropertyValues[index]));
                }

                WriteParsers(w, spec, type);
            }
        }

        return w.ToSourceText();
    }

    /// <summary>
    /// The member's <c>TermInfo</c>, with named arguments: the runtime's constructor has several <c>string?</c> parameters
    /// in a row, and a positional call would compile unchanged if two of them were ever swapped.
    /// </summary>
    private static string NewTermInfo(EnumSpec spec, MemberSpec m)
    {
        string ontology = CSharpSyntax.ReadOnlyArray("string", m.Ontology.Select(CSharpSyntax.Literal));
        string source = m.Source is null ? "null" : CSharpSyntax.SourceExpression(m.Source);
        string summary = m.Summary is null ? "null" : CSharpSyntax.Literal(m.Summary);
        string deprecation = m.Deprecation is DeprecationSpec d
            ? ", deprecationReason: " + CSharpSyntax.Literal(d.Reason)
                + (d.ReplacementName is null ? string.Empty : ", replacedBy: " + Member(spec, d.ReplacementName) + ", replacementCode: " + CSharpSyntax.Literal(d.ReplacementCode!))
            : string.Empty;
        return $"new(value: {Member(spec, m)}, code: {CSharpSyntax.Literal(m.Code)}, label: {CSharpSyntax.Literal(m.Label)}, "
            + $"summary: {summary}, ontologyCodes: {ontology}, source: {source}{deprecation})";
    }

    private static void WriteCachedPropertyValues(SourceWriter w, EnumSpec spec)
    {
        for (int p = 0; p < spec.Properties.Count; p++)
        {
            for (int i = 0; i < spec.Members.Count; i++)
            {
                ValueSpec value = spec.Members[i].PropertyValues[p];
                if (CSharpSyntax.Allocates(value))
                {
                    w.WriteLine($"private static readonly {CSharpSyntax.TypeName(spec.Properties[p].Type)} {CachedName(p, i)} = {CSharpSyntax.Value(value)};");
                }
            }
        }
    }

    private static string CachedName(int property, int member) => GeneratedNames.PropertyValueField(property, member);

    private static void WriteSwitch(SourceWriter w, EnumSpec spec, string returnType, string name, string summary, System.Func<MemberSpec, int, string> value)
    {
        string type = CSharpSyntax.Global(spec.Namespace + "." + spec.Name);
        w.WriteLine();
        CSharpSyntax.WriteSummary(w, summary, name);
        w.WriteLine("/// <param name=\"value\">A defined member of the enum.</param>");
        w.WriteLine("/// <exception cref=\"global::System.ArgumentOutOfRangeException\"><paramref name=\"value\"/> is not a defined member.</exception>");
        w.WriteLine($"public static {returnType} {CSharpSyntax.Identifier(name)}(this {type} value) => value switch");
        using (w.Braces("};"))
        {
            for (int i = 0; i < spec.Members.Count; i++)
            {
                w.WriteLine($"{Member(spec, spec.Members[i])} => {value(spec.Members[i], i)},");
            }

            w.WriteLine($"_ => throw new global::System.ArgumentOutOfRangeException(nameof(value), value, {CSharpSyntax.Literal("Not a defined " + spec.Name + " value.")}),");
        }
    }

    private static void WriteParsers(SourceWriter w, EnumSpec spec, string type)
    {
        var cases = spec.Members.Select(m => (m.Code, Member(spec, m))).ToList();
        WriteStringParser(w, type, cases);

        WriteParseDocs(w, ignoreCase: true);
        w.WriteLine($"public static bool {GeneratedNames.TryParseCode}(string? code, bool ignoreCase, out {type} value)");
        w.WriteLine("    => ignoreCase ? TryParseCode(global::System.MemoryExtensions.AsSpan(code), true, out value) : TryParseCode(code, out value);");

        WriteParseDocs(w, ignoreCase: false);
        w.WriteLine($"public static bool {GeneratedNames.TryParseCode}(global::System.ReadOnlySpan<char> code, out {type} value)");
        using (w.Braces())
        {
            CodeDispatchWriter.WriteOrdinal(w, cases);
        }

        WriteParseDocs(w, ignoreCase: true);
        w.WriteLine($"public static bool {GeneratedNames.TryParseCode}(global::System.ReadOnlySpan<char> code, bool ignoreCase, out {type} value)");
        using (w.Braces())
        {
            w.WriteLine("if (!ignoreCase)");
            using (w.Braces())
            {
                w.WriteLine($"return {GeneratedNames.TryParseCode}(code, out value);");
            }

            w.WriteLine();
            CodeDispatchWriter.WriteIgnoreCase(w, cases);
        }
    }

    /// <summary>
    /// <c>TryParseCode(string)</c>: the span lookup, as fast as a string switch (docs/benchmarks.md) and one dispatch per
    /// enum; above <see cref="CSharpSyntax.SwitchLimit"/> codes the dictionary that catalogs use too.
    /// </summary>
    private static void WriteStringParser(SourceWriter w, string type, List<(string Code, string Member)> cases)
    {
        WriteParseDocs(w, ignoreCase: false);
        w.WriteLine($"public static bool {GeneratedNames.TryParseCode}(string? code, out {type} value)");
        if (cases.Count <= CSharpSyntax.SwitchLimit)
        {
            using (w.Braces())
            {
                w.WriteLine("if (code is null)");
                using (w.Braces())
                {
                    w.WriteLine("value = default;");
                    w.WriteLine("return false;");
                }

                w.WriteLine();
                w.WriteLine($"return {GeneratedNames.TryParseCode}(global::System.MemoryExtensions.AsSpan(code), out value);");
            }
        }
        else
        {
            CSharpSyntax.WriteStringLookupBody(w, "code", "value", "default", type, cases);
        }
    }

    private static void WriteParseDocs(SourceWriter w, bool ignoreCase)
    {
        w.WriteLine();
        w.WriteLine("/// <summary>Finds the member whose code is <paramref name=\"code\"/>, comparing ordinally" + (ignoreCase ? ", optionally ignoring case." : ".") + "</summary>");
        w.WriteLine("/// <param name=\"code\">The code to look up.</param>");
        if (ignoreCase)
        {
            w.WriteLine("/// <param name=\"ignoreCase\">Whether to compare with <see cref=\"global::System.StringComparison.OrdinalIgnoreCase\"/>.</param>");
        }

        w.WriteLine("/// <param name=\"value\">The member, or <c>default</c> when no code matches.</param>");
        w.WriteLine("/// <returns>Whether a member has that code.</returns>");
    }

    private static string Member(EnumSpec spec, MemberSpec member) => Member(spec, member.Name);

    private static string Member(EnumSpec spec, string memberName)
        => CSharpSyntax.Global(spec.Namespace + "." + spec.Name) + "." + CSharpSyntax.Identifier(memberName);

    private static string Converter(EnumSpec spec) => CSharpSyntax.Global(spec.Namespace + "." + GeneratedNames.JsonConverter(spec.Name));

    private static string SourceSuffix(SourceRef? source) => source is null
        ? "."
        : ". Source: " + CSharpSyntax.DocInline(source.Title) + $" (<see cref=\"{source.Namespace}.{GeneratedNames.SourcesClass}.{source.PropertyName}\"/>).";
}
