using System;
using System.Collections.Generic;
using System.Linq;
using GeneTherapy.Domain.Generators.Model;

namespace GeneTherapy.Domain.Generators.Binding;

/// <summary>An enum once bound: what its spec needs.</summary>
internal sealed record BoundEnum(EnumShape Shape, SourceRef? Source, EquatableArray<MemberSpec> Members);

/// <summary>A record once bound: its shape, its entries as declared and their initialisation order.</summary>
internal sealed record BoundRecord(RecordShape Shape, IReadOnlyList<BoundEntry> Entries, IReadOnlyList<EntryDecl> InitializationOrder);

/// <summary>Builds one output spec per generated type of the emitted documents, sorted by hint name.</summary>
internal static class SpecBuilder
{
    public static List<OutputSpec> Build(HashSet<string> emitted, IEnumerable<BoundEnum> enums, IEnumerable<BoundRecord> records, SymbolTable symbols,
        IReadOnlyDictionary<SeedLocation, CodeSystemIdentity> codeSystems, bool annotateTryGet)
    {
        var outputs = new List<OutputSpec>();
        foreach (BoundEnum e in enums.Where(e => emitted.Contains(e.Shape.Decl.Document.Path)))
        {
            AddEnum(outputs, e, codeSystems[e.Shape.Decl.NameLocation.Location]);
        }

        foreach (BoundRecord r in records.Where(r => emitted.Contains(r.Shape.Decl.Document.Path)))
        {
            AddRecord(outputs, r, emitted, annotateTryGet);
        }

        foreach (KeyValuePair<string, Dictionary<string, SourceDecl>> ns in symbols.SourcesByNamespace)
        {
            EquatableArray<SourceSpec> sources = ns.Value
                .Where(s => emitted.Contains(s.Value.Document.Path))
                .OrderBy(s => s.Key, StringComparer.Ordinal)
                .Select(s => new SourceSpec(s.Value.Seed.Id.Value, s.Key, s.Value.Seed.Title, s.Value.Seed.Publisher, s.Value.Seed.Url?.Value, s.Value.Seed.Doi, s.Value.Seed.Summary,
                    s.Value.Seed.Kind is null ? null : SourceKinds.MemberName(s.Value.Seed.Kind.Value)))
                .ToEquatableArray();
            if (!sources.IsEmpty)
            {
                outputs.Add(new SourcesSpec(ns.Key, GeneratedNames.SourcesClass, GeneratedNames.HintName(ns.Key, GeneratedNames.SourcesClass), sources, annotateTryGet));
            }
        }

        outputs.Sort((a, b) => string.CompareOrdinal(a.HintName, b.HintName));
        return outputs;
    }

    private static void AddEnum(List<OutputSpec> outputs, BoundEnum e, CodeSystemIdentity codeSystem)
    {
        EnumDecl decl = e.Shape.Decl;
        outputs.Add(new EnumSpec(decl.Namespace, decl.Name, GeneratedNames.HintName(decl.Namespace, decl.Name), decl.Seed.Summary, e.Source,
            e.Shape.Properties.Select(p => p.Spec).ToEquatableArray(), e.Members, codeSystem.Url, codeSystem.Version));
        outputs.Add(new EnumConverterSpec(decl.Namespace, decl.Name, GeneratedNames.HintName(decl.Namespace, GeneratedNames.JsonConverter(decl.Name)),
            e.Members.Select(m => new ConverterMemberSpec(m.Name, m.Code, m.Value)).ToEquatableArray()));
    }

    private static void AddRecord(List<OutputSpec> outputs, BoundRecord r, HashSet<string> emitted, bool annotateTryGet)
    {
        RecordDecl decl = r.Shape.Decl;
        EquatableArray<FieldSpec> fields = r.Shape.Fields.Select(f => f.Spec).ToEquatableArray();
        outputs.Add(new RecordSpec(decl.Namespace, decl.Name, GeneratedNames.HintName(decl.Namespace, decl.Name), decl.Seed.Summary, r.Shape.Source, fields));
        if (r.Shape.KeyField is null)
        {
            return;
        }

        var entries = new List<CatalogParts.Placed>();
        var indexes = new Dictionary<EntryDecl, int>();
        foreach (BoundEntry entry in r.Entries)
        {
            if (emitted.Contains(entry.Decl.Document.Path) && entry.Values is EquatableArray<ValueSpec> values
                && entry.Decl is { Key: string key, PropertyName: string property })
            {
                indexes.Add(entry.Decl, entries.Count);
                bool refersToOwnCatalog = entry.References.Any(target => target.Record == decl);
                entries.Add(new CatalogParts.Placed(new EntrySpec(property, key, entry.Source, values, entry.Deprecation), entry.Decl.Document.Path, refersToOwnCatalog));
            }
        }

        EquatableArray<int> order = r.InitializationOrder
            .Select(e => indexes.TryGetValue(e, out int index) ? index : -1)
            .Where(i => i >= 0)
            .ToEquatableArray();
        if (CatalogParts.ShouldSplit(entries))
        {
            outputs.AddRange(CatalogParts.Split(decl.Namespace, decl.CatalogName, decl.Name, entries, order, annotateTryGet));
            return;
        }

        outputs.Add(new CatalogSpec(decl.Namespace, decl.CatalogName, GeneratedNames.HintName(decl.Namespace, decl.CatalogName), decl.Name,
            decl.Seed.Summary, fields, entries.Select(e => e.Spec).ToEquatableArray(), order, annotateTryGet));
    }
}
