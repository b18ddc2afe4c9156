using System.Collections.Generic;
using System.Linq;
using GeneTherapy.Domain.Generators.Collections;
using GeneTherapy.Domain.Generators.Model;
using Microsoft.CodeAnalysis.Text;

namespace GeneTherapy.Domain.Generators.Emitting;

/// <summary>
/// Emits a catalog split across seed files (see <see cref="CatalogIndexSpec"/>): one part per file with that file's
/// entries as initialised properties, and an index part whose static constructor builds the entries that refer to
/// their own catalog, then <c>All</c> and the key index.
/// </summary>
internal static class CatalogPartsEmitter
{
    public static SourceText EmitIndex(CatalogIndexSpec spec)
    {
        string record = CSharpSyntax.Global(spec.Namespace + "." + spec.RecordName);
        string catalog = CSharpSyntax.Identifier(spec.Name);
        var keys = new ChunkedList<(string Key, string PropertyName)>(spec.Keys.Select(k => (k.Key, k.PropertyName)));
        var w = new SourceWriter();
        using (CSharpSyntax.OpenNamespace(w, spec.Namespace))
        {
            CatalogEmitter.WriteClassHeader(w, spec.Namespace, spec.Name, spec.RecordName);
            using (w.Braces())
            {
                // Runs after the initialisers of every part, so every entry it reads exists.
                w.WriteLine($"static {catalog}()");
                using (w.Braces())
                {
                    foreach (EntrySpec entry in spec.Constructed)
                    {
                        w.WriteLine($"{CSharpSyntax.Identifier(entry.PropertyName)} = {CatalogEmitter.ConstructionOf(entry)};");
                    }

                    CSharpSyntax.WriteLookupAssignments(w, record, keys);
                }

                foreach (EntrySpec entry in spec.Constructed)
                {
                    w.WriteLine();
                    CatalogEmitter.WriteEntry(w, spec.Name, record, entry, initialize: false);
                }

                CSharpSyntax.WriteLookup(w, record, CatalogEmitter.AllSummary, "key", "value", "entry", spec.AnnotateTryGet, keys, assignedByStaticConstructor: true);
                CatalogEmitter.WriteIsDeprecated(w, record, spec.AnnotateTryGet, spec.Keys.Select(k => (k.Key, k.Deprecation)));
            }
        }

        return w.ToSourceText();
    }

    public static SourceText EmitPart(CatalogPartSpec spec)
    {
        string record = CSharpSyntax.Global(spec.Namespace + "." + spec.RecordName);
        var w = new SourceWriter();
        using (CSharpSyntax.OpenNamespace(w, spec.Namespace))
        {
            w.WriteLine($"public static partial class {CSharpSyntax.Identifier(spec.Name)}");
            using (w.Braces())
            {
                foreach (EntrySpec entry in spec.Entries)
                {
                    CatalogEmitter.WriteEntry(w, spec.Name, record, entry, initialize: true);
                }
            }
        }

        return w.ToSourceText();
    }
}
