using System.Linq;
using GeneTherapy.Domain.Generators.Model;
using Microsoft.CodeAnalysis.Text;

namespace GeneTherapy.Domain.Generators.Emitting;

/// <summary>Emits a sealed record with get-only properties and value equality in which lists compare by content.</summary>
internal static class RecordEmitter
{
    public static SourceText Emit(RecordSpec spec)
    {
        string name = CSharpSyntax.Identifier(spec.Name);
        var w = new SourceWriter();
        using (CSharpSyntax.OpenNamespace(w, spec.Namespace))
        {
            CSharpSyntax.WriteSummary(w, spec.Summary, spec.Name + ".");
            CSharpSyntax.WriteSourceRemarks(w, spec.Source);
            w.WriteLine(CSharpSyntax.GeneratedCodeAttribute);
            w.WriteLine("public sealed partial record " + name);
            using (w.Braces())
            {
                WriteConstructor(w, spec, name);
                foreach (FieldSpec field in spec.Fields)
                {
                    w.WriteLine();
                    CSharpSyntax.WriteSummary(w, field.Summary, field.Name + ".");
                    w.WriteLine($"public {CSharpSyntax.TypeName(field.Type)} {CSharpSyntax.Identifier(field.Name)} {{ get; }}");
                }

                w.WriteLine();
                w.WriteLine("/// <summary>The document this value comes from, when known.</summary>");
                w.WriteLine($"public {CSharpSyntax.SourceType}? {GeneratedNames.SourceProperty} {{ get; }}");
                WriteEquality(w, spec, name);
            }
        }

        return w.ToSourceText();
    }

    private static void WriteConstructor(SourceWriter w, RecordSpec spec, string name)
    {
        w.WriteLine($"/// <summary>Creates a <see cref=\"{spec.Namespace}.{spec.Name}\"/>.</summary>");
        foreach (FieldSpec field in spec.Fields)
        {
            w.WriteLine($"/// <param name=\"{field.ParameterName}\">{CSharpSyntax.DocInline(field.Summary ?? field.Name + ".")}</param>");
        }

        w.WriteLine($"/// <param name=\"{GeneratedNames.SourceParameter}\">The document the value comes from, when known.</param>");
        string parameters = string.Join(", ", spec.Fields.Select(f => CSharpSyntax.TypeName(f.Type) + " " + CSharpSyntax.Identifier(f.ParameterName)));
        w.WriteLine($"public {name}({parameters}{(spec.Fields.IsEmpty ? string.Empty : ", ")}{CSharpSyntax.SourceType}? {GeneratedNames.SourceParameter} = null)");
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

    private static void WriteEquality(SourceWriter w, RecordSpec spec, string name)
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
            string[] comparisons = spec.Fields.Select(Compare)
                .Concat(new[] { $"global::System.Collections.Generic.EqualityComparer<{CSharpSyntax.SourceType}?>.Default.Equals({GeneratedNames.SourceProperty}, other.{GeneratedNames.SourceProperty})" })
                .ToArray();
            for (int i = 0; i < comparisons.Length; i++)
            {
                string prefix = i == 0 ? "return " : "    && ";
                w.WriteLine(prefix + comparisons[i] + (i == comparisons.Length - 1 ? ";" : string.Empty));
            }
        }

        w.WriteLine();
        w.WriteLine("/// <summary>A hash code consistent with <see cref=\"Equals(" + spec.Namespace + "." + spec.Name + ")\"/>.</summary>");
        w.WriteLine("/// <returns>The hash code.</returns>");
        w.WriteLine("public override int GetHashCode()");
        using (w.Braces())
        {
            w.WriteLine("int hash = 17;");
            foreach (FieldSpec field in spec.Fields)
            {
                w.WriteLine($"hash = unchecked((hash * 31) + {Hash(field)});");
            }

            w.WriteLine("return hash;");
        }

        if (spec.Fields.Any(f => f.Type.IsList))
        {
            WriteListHelpers(w);
        }
    }

    private static string Compare(FieldSpec field)
    {
        string member = CSharpSyntax.Identifier(field.Name);
        return field.Type.IsList
            ? $"{GeneratedNames.ListEquals}({member}, other.{member})"
            : $"global::System.Collections.Generic.EqualityComparer<{CSharpSyntax.TypeName(field.Type)}>.Default.Equals({member}, other.{member})";
    }

    private static string Hash(FieldSpec field)
    {
        string member = CSharpSyntax.Identifier(field.Name);
        string comparer = $"global::System.Collections.Generic.EqualityComparer<{CSharpSyntax.TypeName(field.Type)}>.Default";
        if (field.Type.IsList)
        {
            return $"{GeneratedNames.ListHash}({member})";
        }

        return field.Type.IsValueType && !field.Type.IsOptional
            ? $"{comparer}.GetHashCode({member})"
            : $"({member} is null ? 0 : {comparer}.GetHashCode({member}!))";
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
