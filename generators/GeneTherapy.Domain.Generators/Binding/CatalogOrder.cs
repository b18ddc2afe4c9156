using System.Collections.Generic;
using System.Linq;
using GeneTherapy.Domain.Generators.Diagnostics;
using GeneTherapy.Domain.Generators.Model;

namespace GeneTherapy.Domain.Generators.Binding;

/// <summary>
/// Catalogs initialise in static constructors, in text order. Two catalogs whose entries refer to each other would see
/// each other half built, so references between record types must not loop (GTD0021); within a catalog, entries come
/// after the entries they refer to, and a loop among them is GTD0035.
/// </summary>
internal static class CatalogOrder
{
    public static void CheckRecordCycles(BindingContext context, SymbolTable symbols, IReadOnlyList<RecordShape> shapes)
    {
        var byDecl = shapes.ToDictionary(s => s.Decl);
        List<Cycle<RecordShape>> cycles = ReferenceGraph.FindCycles(shapes, shape => RecordSuccessors(symbols, byDecl, shape));
        foreach (Cycle<RecordShape> cycle in cycles)
        {
            string names = string.Join(" -> ", cycle.Path.Select(r => r.Decl.Name));
            context.ReportError(cycle.From.Decl.Document, DiagnosticDescriptors.RecordReferenceCycle, cycle.From.Fields[cycle.Edge].Target.WrittenType.Location,
                names);
        }
    }

    /// <summary>
    /// Indexes into <paramref name="entries"/> (declaration order) in initialisation order; GTD0035 for an entry that
    /// refers back to itself through others.
    /// </summary>
    public static List<int> OrderEntries(BindingContext context, DeclaredRecord record, IReadOnlyList<(FileEntry Entry, string Path)> entries)
    {
        List<int> declared = Enumerable.Range(0, entries.Count).ToList();
        if (!entries.Any(e => !e.Entry.OwnCatalogReferences.IsEmpty))
        {
            // No entry refers to another of its catalog (the usual case): declaration order is initialisation order.
            return declared;
        }

        var byKey = new Dictionary<string, int>(System.StringComparer.Ordinal);
        for (int i = 0; i < entries.Count; i++)
        {
            if (entries[i].Entry.Key is string key)
            {
                byKey[key] = i;
            }
        }

        List<int> ordered = ReferenceGraph.DependencyOrder(declared, i => entries[i].Entry.OwnCatalogReferences.Select(key => byKey[key]), out List<int> reentered);
        foreach (int i in reentered)
        {
            (FileEntry entry, string path) = entries[i];
            context.ReportError(path, DiagnosticDescriptors.EntryReferenceCycle, entry.Start!.Value, entry.Key ?? string.Empty, record.Name);
        }

        return ordered;
    }

    private static IEnumerable<(int Edge, RecordShape Target)> RecordSuccessors(SymbolTable symbols, Dictionary<RecordDecl, RecordShape> shapes, RecordShape shape)
    {
        for (int i = 0; i < shape.Fields.Count; i++)
        {
            TypeRef type = shape.Fields[i].Spec.Type;
            if (type.Kind == SeedTypeKind.Record && symbols.ByFullName(type.FullName) is RecordDecl target && target != shape.Decl)
            {
                yield return (i, shapes[target]);
            }
        }
    }
}
