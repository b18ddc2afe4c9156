using System.Linq;
using GeneTherapy.Domain.Generators.Model;
using Microsoft.CodeAnalysis.Text;

namespace GeneTherapy.Domain.Generators.Emitting;

/// <summary>
/// Emits an enum's code table: a singleton nested in its extensions class (no new top-level name that could clash
/// with a seed's), deriving from <c>GeneTherapy.Domain.CodeTable&lt;TEnum&gt;</c> and registering itself with
/// <c>CodeTables</c> from a module initializer; and, when the target lacks it, the module initializer attribute.
/// </summary>
internal static class CodeTableEmitter
{
    public const string ModuleInitializerPolyfillHintName = "System.Runtime.CompilerServices.ModuleInitializerAttribute.g.cs";

    public static CodeTableSpec CreateSpec(EnumSpec spec) => new(
        spec.Namespace,
        spec.Name,
        GeneratedNames.HintName(spec.Namespace, GeneratedNames.Extensions(spec.Name) + "." + GeneratedNames.CodeTable),
        spec.Summary,
        spec.Source,
        spec.Members.Count == 0 ? 0 : spec.Members.Max(m => m.Code.Length),
        new EquatableArray<string>(spec.Members.Select(m => m.Name).ToArray()),
        spec.CodeSystemUrl,
        spec.CodeSystemVersion,
        DenseLookup.Applies(spec.Members, static m => m.Value) ? spec.Members[0].Value : null);

    public static SourceText Emit(CodeTableSpec spec)
    {
        string type = CSharpSyntax.Global(spec.Namespace + "." + spec.Name);
        var w = new SourceWriter();
        using (CSharpSyntax.OpenNamespace(w, spec.Namespace))
        {
            w.WriteLine($"public static partial class {GeneratedNames.Extensions(spec.Name)}");
            using (w.Braces())
            {
                w.WriteLine($"/// <summary>The code table of <see cref=\"{spec.Namespace}.{spec.Name}\"/>: its codes, labels and deprecations for code that holds only its type (<see cref=\"global::GeneTherapy.Domain.CodeTables\"/> finds it).</summary>");
                w.WriteLine(CSharpSyntax.GeneratedCodeAttribute);
                w.WriteLine($"public sealed class {GeneratedNames.CodeTable} : global::GeneTherapy.Domain.CodeTable<{type}>");
                using (w.Braces())
                {
                    WriteConstructionAndRegistration(w, spec, type);
                    WriteOverrides(w, spec, type);
                }
            }
        }

        return w.ToSourceText();
    }

    private static void WriteConstructionAndRegistration(SourceWriter w, CodeTableSpec spec, string type)
    {
        string extensions = CSharpSyntax.Global(spec.Namespace + "." + GeneratedNames.Extensions(spec.Name));
        w.WriteLine($"private {GeneratedNames.CodeTable}()");
        string codeSystem = (spec.CodeSystemUrl is null ? string.Empty : ", codeSystemUrl: " + CSharpSyntax.Literal(spec.CodeSystemUrl))
            + (spec.CodeSystemVersion is null ? string.Empty : ", codeSystemVersion: " + CSharpSyntax.Literal(spec.CodeSystemVersion));
        w.WriteLine($"    : base(name: {CSharpSyntax.LiteralOf(spec.Name)}, summary: {CSharpSyntax.OptionalLiteralOf(spec.Summary)}, source: {CSharpSyntax.SourceExpressionOf(spec.Source)}, maxCodeLength: {spec.MaxCodeLength}, "
            + $"terms: global::System.Array.AsReadOnly({GeneratedNames.TermsField}), values: {extensions}.{GeneratedNames.Values}{codeSystem})");
        using (w.Braces())
        {
        }

        w.WriteLine();
        w.WriteLine("/// <summary>The one instance, registered with <see cref=\"global::GeneTherapy.Domain.CodeTables\"/> when the assembly's module initializer runs.</summary>");
        w.WriteLine($"public static {GeneratedNames.CodeTable} Instance {{ get; }} = new {GeneratedNames.CodeTable}();");
        w.WriteLine();
        w.WriteLine("/// <summary>Registers <see cref=\"Instance\"/>; a module initializer, so registration needs no reflection.</summary>");
        w.WriteLine("[global::System.Runtime.CompilerServices.ModuleInitializer]");
        w.WriteLine("internal static void Register() => global::GeneTherapy.Domain.CodeTables.Register(Instance);");
    }

    private static void WriteOverrides(SourceWriter w, CodeTableSpec spec, string type)
    {
        string extensions = CSharpSyntax.Global(spec.Namespace + "." + GeneratedNames.Extensions(spec.Name));
        w.WriteLine();
        w.WriteLine("/// <inheritdoc/>");
        w.WriteLine($"public override bool {GeneratedNames.TryParseCode}(string? code, out {type} value) => {extensions}.{GeneratedNames.TryParseCode}(code, out value);");
        w.WriteLine();
        w.WriteLine("/// <inheritdoc/>");
        w.WriteLine($"public override bool {GeneratedNames.TryParseCode}(global::System.ReadOnlySpan<char> code, bool ignoreCase, out {type} value) => {extensions}.{GeneratedNames.TryParseCode}(code, ignoreCase, out value);");
        w.WriteLine();
        w.WriteLine("/// <inheritdoc/>");
        if (spec.FirstValue is int first)
        {
            w.WriteLine($"protected override int IndexOf({type} value)");
            DenseLookup.WriteIndexBody(w, GeneratedNames.TermsField, first);
        }
        else
        {
            WriteIndexSwitch(w, spec, type);
        }

        w.WriteLine();
        w.WriteLine("/// <inheritdoc/>");
        w.WriteLine($"protected override {type} FromInt32(int value) => ({type})value;");
    }

    private static void WriteIndexSwitch(SourceWriter w, CodeTableSpec spec, string type)
    {
        w.WriteLine($"protected override int IndexOf({type} value) => value switch");
        using (w.Braces("};"))
        {
            for (int i = 0; i < spec.MemberNames.Count; i++)
            {
                w.WriteLine($"{type}.{CSharpSyntax.Identifier(spec.MemberNames[i])} => {i},");
            }

            w.WriteLine("_ => -1,");
        }
    }

    /// <summary>
    /// The attribute for targets without it (netstandard2.0): internal, so it never clashes with another assembly's
    /// copy, and the C# compiler recognizes it by its full name.
    /// </summary>
    public static string EmitModuleInitializerPolyfill()
    {
        var w = new SourceWriter();
        using (CSharpSyntax.OpenNamespace(w, "System.Runtime.CompilerServices"))
        {
            w.WriteLine("/// <summary>Marks a method the runtime calls when the module loads (added by GeneTherapy.Domain for code tables; .NET 5+ has its own).</summary>");
            w.WriteLine(CSharpSyntax.GeneratedCodeAttribute);
            w.WriteLine("[global::System.AttributeUsage(global::System.AttributeTargets.Method, Inherited = false)]");
            w.WriteLine("internal sealed class ModuleInitializerAttribute : global::System.Attribute");
            using (w.Braces())
            {
            }
        }

        return w.ToString();
    }
}
