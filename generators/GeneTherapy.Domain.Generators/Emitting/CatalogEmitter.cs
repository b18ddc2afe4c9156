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

                CSharp.WriteLookup(w, record, "Every entry, in the order the seed files declare them.", "key", "value", "entry", spec.AnnotateTryGet,
                    spec.Entries.Select(e => (e.Key, e.PropertyName)));
            }
        }

        return w.ToString();
    }
}
