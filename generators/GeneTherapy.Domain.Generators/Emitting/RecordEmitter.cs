using System.Linq;
using System.Text;
using GeneTherapy.Domain.Generators.Model;
using Microsoft.CodeAnalysis.Text;

namespace GeneTherapy.Domain.Generators.Emitting;

/// <summary>Emits a sealed record with get-only properties and value equality in which lists compare by content.</summary>
internal static class RecordEmitter
{
    public static SourceText Emit(RecordSpec spec)
    {
        string name = CSharpSyntax.Identifier(spec.Name);
        string[] types = new string[spec.Fields.Count];
        for (int i = 0; i < types.Length; i++)
        {
            types[i] = CSharpSyntax.TypeName(spec.Fields[i].Type);
        }

        var w = new SourceWriter();
        using (CSharpSyntax.OpenNamespace(w, spec.Namespace))
        {
            CSharpSyntax.WriteSummary(w, spec.Summary, spec.Name + ".");
            CSharpSyntax.WriteSourceRemarks(w, spec.Source);
            w.WriteLine(CSharpSyntax.GeneratedCodeAttribute);
            w.WriteLine("public sealed partial record " + name);
            using (w.Braces())
            {
                WriteConstructor(w, spec, name, types);
                for (int i = 0; i < types.Length; i++)
                {
                    FieldSpec field = spec.Fields[i];
                    w.WriteLine();
                    CSharpSyntax.WriteSummary(w, field.Summary, field.Name + ".");
                    w.WriteLine($"public {types[i]} {CSharpSyntax.Identifier(field.Name)} {{ get; }}");
                }

                w.WriteLine();
                w.WriteLine("/// <summary>The document this value comes from, when known.</summary>");
                w.WriteLine($"public {CSharpSyntax.SourceType}? {GeneratedNames.SourceProperty} {{ get; }}");
                WriteEquality(w, spec, name, types);
            }
        }

        return w.ToSourceText();
    }

    private static void WriteConstructor(SourceWriter w, RecordSpec spec, string name, string[] types)
    {
        w.WriteLine($"/// <summary>Creates a <see cref=\"{spec.Namespace}.{spec.Name}\"/>.</summary>");
        foreach (FieldSpec field in spec.Fields)
        {
            w.WriteLine($"/// <param name=\"{field.ParameterName}\">{CSharpSyntax.DocInlineOf(field.Summary ?? field.Name + ".")}</param>");
        }

        w.WriteLine($"/// <param name=\"{GeneratedNames.SourceParameter}\">The document the value comes from, when known.</param>");
        w.WriteLine($"public {name}({new ParametersPart(spec.Fields, types)}{CSharpSyntax.SourceType}? {GeneratedNames.SourceParameter} = null)");
        using (w.Braces())
        {
            foreach (FieldSpec field in spec.Fields)
            {
                string parameter = CSharpSyntax.Identifier(field.ParameterName);
                bool nullableReference = !field.Type.IsValueType && !field.Type.IsOptional;
                w.WriteLine(nullableReference
                    ? $"{CSharpSyntax.Identifier(field.Name)} = {parameter} ?? throw new global::System.ArgumentNullException(nameof({parameter}));"
                    : $"{CSharpSyntax.Identifier(field.Name)} = {parameter};");
            }

            w.WriteLine($"{GeneratedNames.SourceProperty} = {GeneratedNames.SourceParameter};");
        }
    }

    private static void WriteEquality(SourceWriter w, RecordSpec spec, string name, string[] types)
    {
        w.WriteLine();
        w.WriteLine("/// <summary>Whether <paramref name=\"other\"/> has equal values; lists are equal when their items are.</summary>");
        w.WriteLine("/// <param name=\"other\">The value to compare with.</param>");
        w.WriteLine("/// <returns>Whether the two are equal.</returns>");
        w.WriteLine($"public bool Equals({name}? other)");
        using (w.Braces())
        {
            w.WriteLine("if (ReferenceEquals(this, other)) return true;");
            w.WriteLine("if (other is null) return false;");
            for (int i = 0; i < types.Length; i++)
            {
                string prefix = i == 0 ? "return " : "    && ";
                string member = CSharpSyntax.Identifier(spec.Fields[i].Name);
                if (spec.Fields[i].Type.IsList)
                {
                    w.WriteLine($"{prefix}{GeneratedNames.ListEquals}({member}, other.{member})");
                }
                else
                {
                    w.WriteLine($"{prefix}{Comparer}<{types[i]}>.Default.Equals({member}, other.{member})");
                }
            }

            w.WriteLine($"{(types.Length == 0 ? "return " : "    && ")}{Comparer}<{CSharpSyntax.SourceType}?>.Default.Equals({GeneratedNames.SourceProperty}, other.{GeneratedNames.SourceProperty});");
        }

        w.WriteLine();
        w.WriteLine("/// <summary>A hash code consistent with <see cref=\"Equals(" + spec.Namespace + "." + spec.Name + ")\"/>.</summary>");
        w.WriteLine("/// <returns>The hash code.</returns>");
        w.WriteLine("public override int GetHashCode()");
        using (w.Braces())
        {
            w.WriteLine("int hash = 17;");
            for (int i = 0; i < types.Length; i++)
            {
                WriteHash(w, spec.Fields[i], types[i]);
            }

            w.WriteLine("return hash;");
        }

        if (spec.Fields.Any(f => f.Type.IsList))
        {
            WriteListHelpers(w);
        }
    }

    private const string Comparer = "global::System.Collections.Generic.EqualityComparer";

    private static void WriteHash(SourceWriter w, FieldSpec field, string type)
    {
        string member = CSharpSyntax.Identifier(field.Name);
        if (field.Type.IsList)
        {
            w.WriteLine($"hash = unchecked((hash * 31) + {GeneratedNames.ListHash}({member}));");
        }
        else if (field.Type.IsValueType && !field.Type.IsOptional)
        {
            w.WriteLine($"hash = unchecked((hash * 31) + {Comparer}<{type}>.Default.GetHashCode({member}));");
        }
        else
        {
            w.WriteLine($"hash = unchecked((hash * 31) + ({member} is null ? 0 : {Comparer}<{type}>.Default.GetHashCode({member}!)));");
        }
    }

    /// <summary>The constructor's parameters, each followed by <c>", "</c> (the source parameter comes last).</summary>
    private readonly struct ParametersPart : SourceWriter.ILinePart
    {
        private readonly EquatableArray<FieldSpec> _fields;
        private readonly string[] _types;

        public ParametersPart(EquatableArray<FieldSpec> fields, string[] types)
        {
            _fields = fields;
            _types = types;
        }

        public void AppendTo(StringBuilder builder)
        {
            for (int i = 0; i < _types.Length; i++)
            {
                builder.Append(_types[i]).Append(' ');
                CSharpSyntax.AppendIdentifier(builder, _fields[i].ParameterName);
                builder.Append(", ");
            }
        }

        public override string ToString() => SourceWriter.Render(this);
    }

    private static void WriteListHelpers(SourceWriter w)
    {
        w.WriteLine();
        w.WriteLine($"private static bool {GeneratedNames.ListEquals}<T>({CSharpSyntax.ReadOnlyList}<T>? left, {CSharpSyntax.ReadOnlyList}<T>? right)");
        using (w.Braces())
        {
            w.WriteLine("if (ReferenceEquals(left, right)) return true;");
            w.WriteLine("if (left is null || right is null || left.Count != right.Count) return false;");
            w.WriteLine("for (int i = 0; i < left.Count; i++)");
            using (w.Braces())
            {
                w.WriteLine("if (!global::System.Collections.Generic.EqualityComparer<T>.Default.Equals(left[i], right[i])) return false;");
            }

            w.WriteLine("return true;");
        }

        w.WriteLine();
        w.WriteLine($"private static int {GeneratedNames.ListHash}<T>({CSharpSyntax.ReadOnlyList}<T>? list)");
        using (w.Braces())
        {
            w.WriteLine("if (list is null) return 0;");
            w.WriteLine("int hash = 19;");
            w.WriteLine("for (int i = 0; i < list.Count; i++)");
            using (w.Braces())
            {
                w.WriteLine("T item = list[i];");
                w.WriteLine("hash = unchecked((hash * 31) + (item is null ? 0 : global::System.Collections.Generic.EqualityComparer<T>.Default.GetHashCode(item)));");
            }

            w.WriteLine("return hash;");
        }
    }
}
