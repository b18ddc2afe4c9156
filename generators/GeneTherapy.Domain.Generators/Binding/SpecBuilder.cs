using System;
using System.Collections.Generic;
using System.Linq;
using GeneTherapy.Domain.Generators.Collections;
using GeneTherapy.Domain.Generators.Model;

namespace GeneTherapy.Domain.Generators.Binding;

/// <summary>An enum once bound: what its spec needs.</summary>
internal sealed record BoundEnum(EnumShape Shape, SourceRef? Source, EquatableArray<MemberSpec> Members);

/// <summary>A catalog's entries from every document, in declaration order, with their documents and initialisation order.</summary>
/// <param name="InitializationOrder">Indexes into <paramref name="Entries"/>: an entry that refers to another of the catalog comes after it.</param>
internal sealed record AssembledCatalog(DeclaredRecord Record, IReadOnlyList<(FileEntry Entry, string Path)> Entries, IReadOnlyList<int> InitializationOrder);

/// <summary>Builds the output specs: those of declarations when they are declared, and all of them, for the emitted documents, at the end.</summary>
internal static class SpecBuilder
{
    /// <summary>The enum, converter and record specs, each with its declaring document.</summary>
    public static List<DeclaredOutput> DeclaredOutputs(IEnumerable<BoundEnum> enums, IEnumerable<RecordShape> records,
        IReadOnlyDictionary<SeedLocation, CodeSystemIdentity> codeSystems)
    {
        var outputs = new List<DeclaredOutput>();
        foreach (BoundEnum e in enums)
        {
            EnumDecl decl = e.Shape.Decl;
            CodeSystemIdentity codeSystem = codeSystems[decl.NameLocation.Location];
            outputs.Add(new DeclaredOutput(decl.Document.Path, new EnumSpec(decl.Namespace, decl.Name, GeneratedNames.HintName(decl.Namespace, decl.Name),
                decl.Seed.Summary, e.Source, e.Shape.Properties.Select(p => p.Spec).ToEquatableArray(), e.Members, codeSystem.Url, codeSystem.Version)));
            outputs.Add(new DeclaredOutput(decl.Document.Path, new EnumConverterSpec(decl.Namespace, decl.Name,
                GeneratedNames.HintName(decl.Namespace, GeneratedNames.JsonConverter(decl.Name)),
                e.Members.Select(m => new ConverterMemberSpec(m.Name, m.Code, m.Value)).ToEquatableArray())));
        }

        foreach (RecordShape r in records)
        {
            RecordDecl decl = r.Decl;
            outputs.Add(new DeclaredOutput(decl.Document.Path, new RecordSpec(decl.Namespace, decl.Name, GeneratedNames.HintName(decl.Namespace, decl.Name),
                decl.Seed.Summary, r.Source, r.Fields.Select(f => f.Spec).ToEquatableArray())));
        }

        return outputs;
    }

    /// <summary>The spec of every source its namespace's <c>Sources</c> class holds.</summary>
    public static Dictionary<SourceDecl, SourceSpec> SourceSpecs(SymbolTable symbols)
    {
        var specs = new Dictionary<SourceDecl, SourceSpec>();
        foreach (Dictionary<string, SourceDecl> ns in symbols.SourcesByNamespace.Values)
        {
            foreach (KeyValuePair<string, SourceDecl> s in ns)
            {
                SeedSource seed = s.Value.Seed;
                specs.Add(s.Value, new SourceSpec(seed.Id.Value, s.Key, seed.Title, seed.Publisher, seed.Url?.Value, seed.Doi, seed.Summary,
                    seed.Kind is null ? null : SourceKinds.MemberName(seed.Kind.Value)));
            }
        }

        return specs;
    }

    /// <summary>One output spec per generated type of the emitted documents, sorted by hint name.</summary>
    public static List<OutputSpec> Build(HashSet<string> emitted, DeclarationSummary declarations, IEnumerable<AssembledCatalog> catalogs, bool annotateTryGet)
    {
        var outputs = declarations.Outputs.Where(o => emitted.Contains(o.Path)).Select(o => o.Spec).ToList();
        foreach (AssembledCatalog catalog in catalogs)
        {
            if (emitted.Contains(catalog.Record.Path) && catalog.Record.HasKey)
            {
                AddCatalog(outputs, catalog, emitted, annotateTryGet);
            }
        }

        foreach (IGrouping<string, DeclaredSource> ns in declarations.Sources.Where(s => s.Spec is not null && emitted.Contains(s.Path)).GroupBy(s => s.Namespace))
        {
            EquatableArray<SourceSpec> sources = ns.OrderBy(s => s.Spec!.PropertyName, StringComparer.Ordinal).Select(s => s.Spec!).ToEquatableArray();
            outputs.Add(new SourcesSpec(ns.Key, GeneratedNames.SourcesClass, GeneratedNames.HintName(ns.Key, GeneratedNames.SourcesClass), sources, annotateTryGet));
        }

        outputs.Sort((a, b) => string.CompareOrdinal(a.HintName, b.HintName));
        return outputs;
    }

    private static void AddCatalog(List<OutputSpec> outputs, AssembledCatalog catalog, HashSet<string> emitted, bool annotateTryGet)
    {
        DeclaredRecord record = catalog.Record;
        var entries = new ChunkedList<CatalogParts.Placed>();
        var indexes = new int[catalog.Entries.Count];
        string? lastPath = null;
        bool lastEmitted = false;
        for (int i = 0; i < catalog.Entries.Count; i++)
        {
            (FileEntry entry, string path) = catalog.Entries[i];
            if (!ReferenceEquals(path, lastPath))
            {
                // A file's entries are consecutive: look its path up once, not once per entry.
                lastPath = path;
                lastEmitted = emitted.Contains(path);
            }

            indexes[i] = -1;
            if (entry.Spec is EntrySpec spec && lastEmitted)
            {
                indexes[i] = entries.Count;
                entries.Add(new CatalogParts.Placed(spec, path, !entry.OwnCatalogReferences.IsEmpty));
            }
        }

        EquatableArray<int> order = catalog.InitializationOrder
            .Select(i => indexes[i])
            .Where(i => i >= 0)
            .ToEquatableArray();
        if (CatalogParts.ShouldSplit(entries))
        {
            outputs.AddRange(CatalogParts.Split(record.Namespace, record.CatalogName, record.Name, entries, order, annotateTryGet));
            return;
        }

        outputs.Add(new CatalogSpec(record.Namespace, record.CatalogName, GeneratedNames.HintName(record.Namespace, record.CatalogName), record.Name,
            record.Summary, record.Fields, entries.Select(e => e.Spec).ToEquatableArray(), order, annotateTryGet));
    }
}
