using System.Collections.Generic;
using System.Linq;
using GeneTherapy.Domain.Generators.Model;
using Microsoft.CodeAnalysis.Text;

namespace GeneTherapy.Domain.Generators.Emitting;

/// <summary>Emits an enum and its extensions class (codes, labels, metadata, typed properties, parsing).</summary>
internal static partial class EnumEmitter
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
                    WriteMemberRemarks(w, member);
                    if (member.Deprecation is DeprecationSpec deprecation)
                    {
                        w.WriteLine(CSharpSyntax.ObsoleteAttribute(deprecation, spec.Name, "code"));
                    }

                    w.WriteLine($"{CSharpSyntax.Identifier(member.Name)} = {member.Value},");
                }
            }
        }

        return w.ToSourceText();
    }

    private static SourceText EmitExtensions(EnumSpec spec)
    {
        string type = CSharpSyntax.Global(spec.Namespace + "." + spec.Name);
        string info = CSharpSyntax.TermInfoType + "<" + type + ">";
        string[] members = MemberExpressions(spec, type);
        var w = new SourceWriter();
        using (CSharpSyntax.OpenNamespace(w, spec.Namespace))
        {
            w.WriteLine($"/// <summary>Codes, labels, metadata and typed properties of <see cref=\"{spec.Namespace}.{spec.Name}\"/>.</summary>");
            w.WriteLine(CSharpSyntax.GeneratedCodeAttribute);
            w.WriteLine($"public static partial class {GeneratedNames.Extensions(spec.Name)}");
            using (w.Braces())
            {
                bool dense = DenseLookup.Applies(spec.Members, static m => m.Value);
                WriteTerms(w, spec, type, info, members);
                if (dense)
                {
                    WriteStrings(w, GeneratedNames.CodesField, spec, static m => m.Code);
                    WriteStrings(w, GeneratedNames.LabelsField, spec, static m => m.Label);
                }

                WriteCachedPropertyValues(w, spec);
                w.WriteLine();
                w.WriteLine("/// <summary>Every member, in order of value.</summary>");
                w.WriteLine($"public static {CSharpSyntax.ReadOnlyList}<{type}> {GeneratedNames.Values} {{ get; }} = global::System.Array.AsReadOnly(new {type}[] {{ {string.Join(", ", members)} }});");

                var arms = new SwitchArms(spec, type, members);
                arms.WriteLookup(w, "string", GeneratedNames.ToCode, "The stable wire code of the value, as written in seed files and JSON.", SwitchArm.Code,
                    dense ? GeneratedNames.CodesField : null);
                arms.WriteLookup(w, "string", GeneratedNames.GetLabel, "The display label of the value.", SwitchArm.Label, dense ? GeneratedNames.LabelsField : null);
                arms.WriteLookup(w, info, GeneratedNames.GetInfo, "Everything the seed files say about the value: code, label, summary, ontology codes and source.", SwitchArm.Info,
                    dense ? GeneratedNames.TermsField : null);

                for (int p = 0; p < spec.Properties.Count; p++)
                {
                    PropertySpec property = spec.Properties[p];
                    arms.WriteSwitch(w, CSharpSyntax.TypeName(property.Type), property.Name, property.Summary ?? "The " + property.Name + " property of the value.",
                        SwitchArm.Property, p);
                }

                WriteParsers(w, spec, type, members);
            }
        }

        return w.ToSourceText();
    }

    /// <summary>Every member's <c>TermInfo</c>, in value order: <c>GetInfo</c> and the code table read them.</summary>
    private static void WriteTerms(SourceWriter w, EnumSpec spec, string type, string info, string[] members)
    {
        w.WriteLine($"private static readonly {info}[] {GeneratedNames.TermsField} =");
        using (w.Braces("};"))
        {
            for (int i = 0; i < spec.Members.Count; i++)
            {
                w.WriteLine($"{new TermInfoPart(type, members[i], spec.Members[i])},");
            }
        }
    }

    /// <summary>A private array of one string per member, in value order, for an enum whose values are dense.</summary>
    private static void WriteStrings(SourceWriter w, string field, EnumSpec spec, System.Func<MemberSpec, string> text)
    {
        w.WriteLine($"private static readonly string[] {field} =");
        using (w.Braces("};"))
        {
            foreach (MemberSpec member in spec.Members)
            {
                w.WriteLine($"{CSharpSyntax.LiteralOf(text(member))},");
            }
        }
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
                    w.WriteLine($"private static readonly {CSharpSyntax.TypeName(spec.Properties[p].Type)} {CachedName(p, i)} = {CSharpSyntax.ValueOf(value)};");
                }
            }
        }
    }

    private static string CachedName(int property, int member) => GeneratedNames.PropertyValueField(property, member);

    private static void WriteParsers(SourceWriter w, EnumSpec spec, string type, string[] members)
    {
        var cases = new List<(string Code, string Member)>(members.Length);
        for (int i = 0; i < members.Length; i++)
        {
            cases.Add((spec.Members[i].Code, members[i]));
        }

        WriteStringParser(w, spec, type, cases);

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
    /// <c>TryParseCode(string)</c>: the reference check of <see cref="CodeSlotTable"/>, then the span lookup, as fast as a
    /// string switch (docs/benchmarks.md) and one dispatch per enum; above <see cref="CSharpSyntax.SwitchLimit"/> codes the
    /// dictionary that catalogs use too.
    /// </summary>
    private static void WriteStringParser(SourceWriter w, EnumSpec spec, string type, List<(string Code, string Member)> cases)
    {
        if (cases.Count > CSharpSyntax.SwitchLimit)
        {
            WriteParseDocs(w, ignoreCase: false);
            w.WriteLine($"public static bool {GeneratedNames.TryParseCode}(string? code, out {type} value)");
            CSharpSyntax.WriteStringLookupBody(w, "code", "value", "default", type, cases);
            return;
        }

        CodeSlotTable table = CodeSlotTable.Plan(cases.ConvertAll(c => c.Code));
        WriteSlots(w, table, spec);
        WriteParseDocs(w, ignoreCase: false);
        w.WriteLine(AggressiveInlining);
        w.WriteLine($"public static bool {GeneratedNames.TryParseCode}(string? code, out {type} value)");
        using (w.Braces())
        {
            w.WriteLine("if (code is null)");
            using (w.Braces())
            {
                w.WriteLine("value = default;");
                w.WriteLine("return false;");
            }

            w.WriteLine();
            w.WriteLine("if (code.Length != 0)");
            using (w.Braces())
            {
                w.WriteLine($"int slot = {table.SlotExpression("code")};");
                w.WriteLine($"if ((object)code == (object?){GeneratedNames.CodeSlotsField}[slot])");
                using (w.Braces())
                {
                    w.WriteLine($"value = ({type}){GeneratedNames.SlotValuesField}[slot];");
                    w.WriteLine("return true;");
                }
            }

            w.WriteLine();
            w.WriteLine($"return {GeneratedNames.TryParseCode}(global::System.MemoryExtensions.AsSpan(code), out value);");
        }
    }

    /// <summary>The two arrays of <see cref="CodeSlotTable"/>: the code literal in each slot, and its member's value.</summary>
    private static void WriteSlots(SourceWriter w, CodeSlotTable table, EnumSpec spec)
    {
        w.WriteLine();
        w.WriteLine($"private static readonly string?[] {GeneratedNames.CodeSlotsField} = {{ {new SlotItemsPart(table, spec, codes: true)} }};");
        w.WriteLine($"private static readonly int[] {GeneratedNames.SlotValuesField} = {{ {new SlotItemsPart(table, spec, codes: false)} }};");
    }

    /// <summary>The items of one slot array, appended in place: a code literal or <c>null</c>, or a value or <c>0</c>, per slot.</summary>
    private readonly struct SlotItemsPart : SourceWriter.ILinePart
    {
        private readonly CodeSlotTable _table;
        private readonly EnumSpec _spec;
        private readonly bool _codes;

        public SlotItemsPart(CodeSlotTable table, EnumSpec spec, bool codes)
        {
            _table = table;
            _spec = spec;
            _codes = codes;
        }

        public void AppendTo(System.Text.StringBuilder builder)
        {
            for (int slot = 0; slot < _table.Size; slot++)
            {
                if (slot > 0)
                {
                    builder.Append(", ");
                }

                int index = _table.Slots[slot];
                if (index < 0)
                {
                    builder.Append(_codes ? "null" : "0");
                }
                else if (_codes)
                {
                    CSharpSyntax.AppendLiteral(builder, _spec.Members[index].Code);
                }
                else
                {
                    CSharpSyntax.AppendInt(builder, _spec.Members[index].Value);
                }
            }
        }

        public override string ToString() => SourceWriter.Render(this);
    }

    /// <summary>
    /// On <c>TryParseCode(string)</c>: its reference check is a few instructions, and inlined into the caller it adds no
    /// call in front of the span lookup. As a call of its own, copied codes measured 0.92x FrozenDictionary; inlined,
    /// 0.63x (docs/benchmarks.md).
    /// </summary>
    private const string AggressiveInlining = "[global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]";

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

    /// <summary>Each member as C# (<c>global::Ns.Type.Member</c>), in the spec's order: written in every switch, so built once.</summary>
    private static string[] MemberExpressions(EnumSpec spec, string type)
    {
        string[] members = new string[spec.Members.Count];
        for (int i = 0; i < members.Length; i++)
        {
            members[i] = type + "." + CSharpSyntax.Identifier(spec.Members[i].Name);
        }

        return members;
    }

    private static string Converter(EnumSpec spec) => CSharpSyntax.Global(spec.Namespace + "." + GeneratedNames.JsonConverter(spec.Name));

    private static void WriteMemberRemarks(SourceWriter w, MemberSpec member)
    {
        if (member.Source is not SourceRef source)
        {
            w.WriteLine($"/// <remarks>Code <c>{CSharpSyntax.DocInlineOf(member.Code)}</c>.</remarks>");
        }
        else
        {
            w.WriteLine($"/// <remarks>Code <c>{CSharpSyntax.DocInlineOf(member.Code)}</c>. Source: {CSharpSyntax.DocInlineOf(source.Title)} "
                + $"(<see cref=\"{source.Namespace}.{GeneratedNames.SourcesClass}.{source.PropertyName}\"/>).</remarks>");
        }
    }
}
