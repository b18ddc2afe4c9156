using System.Linq;
using GeneTherapy.Domain.Generators.Model;

namespace GeneTherapy.Domain.Generators.Emitting;

/// <summary>Emits the static catalog of a record's entries: one property per entry, <c>All</c> and <c>TryGet</c>.</summary>
internal static class CatalogEmitter
{
    public static string Emit(CatalogSpec spec)
    {
        string record = CSharp.Global(spec.Namespace + "." + spec.RecordName);
        var w = new SourceWriter();
        using (CSharp.OpenNamespace(w, spec.Namespace))
        {
            w.WriteLine($"/// <summary>The <see cref=\"{spec.Namespace}.{spec.RecordName}\"/> entries declared in seed files.</summary>");
            w.WriteLine(CSharp.GeneratedCodeAttribute);
            w.WriteLine($"public static partial class {CSharp.Identifier(spec.Name)}");
            using (w.Braces())
            {
                // Static initialisers run in text order, so entries that others refer to come first.
                foreach (int index in spec.InitializationOrder)
                {
                    EntrySpec entry = spec.Entries[index];
                    string arguments = string.Join(", ", entry.Values.Select(CSharp.Value)
                        .Concat(new[] { entry.Source is null ? "null" : CSharp.SourceExpression(entry.Source) }));
                    string origin = entry.Source is null ? string.Empty : " Source: " + CSharp.DocInline(entry.Source.Title) + ".";
                    w.WriteLine($"/// <summary>The entry with key <c>{CSharp.DocInline(entry.Key)}</c>.{origin}</summary>");
                    w.WriteLine($"public static {record} {CSharp.Identifier(entry.PropertyName)} {{ get; }} = new({arguments});");
                }

                w.WriteLine();
                w.WriteLine("/// <summary>Every entry, in the order the seed files declare them.</summary>");
                w.WriteLine($"public static {CSharp.ReadOnlyList}<{record}> All {{ get; }} = global::System.Array.AsReadOnly(new {record}[]");
                using (w.Braces("});"))
                {
                    foreach (EntrySpec entry in spec.Entries)
                    {
                        w.WriteLine(CSharp.Identifier(entry.PropertyName) + ",");
                    }
                }

                w.WriteLine();
                w.WriteLine("/// <summary>Finds the entry with key <paramref name=\"key\"/>, comparing ordinally.</summary>");
                w.WriteLine("/// <param name=\"key\">The key to look up.</param>");
                w.WriteLine("/// <param name=\"value\">The entry, or <c>null</c> when no entry has that key.</param>");
                w.WriteLine("/// <returns>Whether an entry has that key.</returns>");
                w.WriteLine("public static bool TryGet(string? key,");
                w.WriteDirective("#if NETCOREAPP3_0_OR_GREATER || NETSTANDARD2_1_OR_GREATER");
                w.WriteLine("    [global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)]");
                w.WriteDirective("#endif");
                w.WriteLine($"    out {record}? value)");
                using (w.Braces())
                {
                    w.WriteLine("switch (key)");
                    using (w.Braces())
                    {
                        foreach (EntrySpec entry in spec.Entries)
                        {
                            w.WriteLine($"case {CSharp.Literal(entry.Key)}: value = {CSharp.Identifier(entry.PropertyName)}; return true;");
                        }

                        w.WriteLine("default: value = null; return false;");
                    }
                }
            }
        }

        return w.ToString();
    }
}
