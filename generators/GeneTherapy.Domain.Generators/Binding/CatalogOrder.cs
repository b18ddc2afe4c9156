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

    /// <summary>The entries in initialisation order; GTD0035 for an entry that refers back to itself through others.</summary>
    public static List<EntryDecl> OrderEntries(BindingContext context, RecordDecl record, IReadOnlyList<BoundEntry> entries)
    {
        if (!entries.Any(e => e.References.Any(target => target.Record == record)))
        {
            // No entry refers to another of its catalog (the usual case): declaration order is initialisation order.
            return entries.Select(e => e.Decl).ToList();
        }

        var references = entries.ToDictionary(e => e.Decl, e => e.References);
        List<EntryDecl> ordered = ReferenceGraph.DependencyOrder(
            entries.Select(e => e.Decl).ToList(),
            entry => references[entry].Where(target => target.Record == record),
            out List<EntryDecl> reentered);
        foreach (EntryDecl entry in reentered)
        {
            context.ReportError(entry.Document, DiagnosticDescriptors.EntryReferenceCycle, BindingContext.Start(entry.Seed.Location),
                entry.Key ?? string.Empty, record.Name);
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
