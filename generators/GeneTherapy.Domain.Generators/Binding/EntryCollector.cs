using System;
using System.Collections.Generic;
using GeneTherapy.Domain.Generators.Diagnostics;
using GeneTherapy.Domain.Generators.Model;

namespace GeneTherapy.Domain.Generators.Binding;

/// <summary>The entries of one record's catalog, from every document, with indexes by key and by property name.</summary>
internal sealed class EntryIndex
{
    public List<EntryDecl> Entries { get; } = new();

    public Dictionary<string, EntryDecl> ByKey { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, EntryDecl> ByProperty { get; } = new(StringComparer.Ordinal);
}

/// <summary>An entry the collector kept, with where it sits in its document: the group and the position in that group.</summary>
internal readonly record struct AcceptedEntry(int Group, int Position, EntryDecl Decl);

/// <summary>Gathers every document's entries under their record: keys present, unique, and usable as property names.</summary>
internal sealed class EntryCollector
{
    private readonly BindingContext _context;
    private readonly SymbolTable _symbols;
    private readonly Dictionary<RecordDecl, EntryIndex> _catalogs = new();
    private readonly Dictionary<string, List<AcceptedEntry>> _byPath = new(StringComparer.Ordinal);

    /// <summary>Per document path, the entries kept, in document order: what the per-file step binds.</summary>
    public IReadOnlyDictionary<string, List<AcceptedEntry>> EntriesByPath => _byPath;

    public EntryCollector(BindingContext context, SymbolTable symbols)
    {
        _context = context;
        _symbols = symbols;
    }

    /// <summary>An index for every record, empty when it has no entries.</summary>
    public Dictionary<RecordDecl, EntryIndex> Collect(IReadOnlyList<SeedDocument> documents)
    {
        foreach (RecordDecl record in _symbols.Records)
        {
            _catalogs.Add(record, new EntryIndex());
        }

        foreach (SeedDocument document in documents)
        {
            for (int group = 0; group < document.EntryGroups.Count; group++)
            {
                CollectGroup(document, group);
            }
        }

        return _catalogs;
    }

    private void CollectGroup(SeedDocument document, int groupIndex)
    {
        SeedEntryGroup group = document.EntryGroups[groupIndex];
        if (!_symbols.TypesByName.TryGetValue(group.Record.Value, out TypeDecl? decl) || decl is not RecordDecl record)
        {
            _context.ReportUnresolved(document, DiagnosticDescriptors.UnknownRecord, group.Record.Location, group.Record.Value);
            return;
        }

        _context.Depend(document, record.Document);
        if (record.Seed.Key is not LocatedString keyName)
        {
            _context.ReportError(record.Document, DiagnosticDescriptors.EntriesNeedKey, record.NameLocation.Location, record.Name);
            return;
        }

        if (!_byPath.TryGetValue(document.Path, out List<AcceptedEntry>? accepted))
        {
            accepted = new List<AcceptedEntry>();
            _byPath.Add(document.Path, accepted);
        }

        for (int position = 0; position < group.Entries.Count; position++)
        {
            _context.CancellationToken.ThrowIfCancellationRequested();
            if (Collect(record, keyName.Value, document, group.Entries[position]) is EntryDecl collected)
            {
                _catalogs[record].Entries.Add(collected);
                accepted.Add(new AcceptedEntry(groupIndex, position, collected));
            }
        }
    }

    private EntryDecl? Collect(RecordDecl record, string keyName, SeedDocument document, SeedEntry entry)
    {
        SeedNamedValue? keyValue = Find(entry, keyName);
        if (keyValue is null)
        {
            _context.ReportError(document, DiagnosticDescriptors.MissingRequiredProperty, BindingContext.Start(entry.Location), $"An entry of '{record.Name}'", keyName);
            return null;
        }

        if (keyValue.Value.Kind != SeedValueKind.String)
        {
            // Reported with the other values when the entry is bound.
            return new EntryDecl(record, entry, document, key: null, propertyName: null);
        }

        string key = keyValue.Value.Text;
        SeedLocation at = keyValue.Value.Location;
        EntryIndex catalog = _catalogs[record];
        if (catalog.ByKey.TryGetValue(key, out EntryDecl? first))
        {
            _context.ReportError(document, DiagnosticDescriptors.DuplicateKey, at, "Key", key, record.Name, BindingContext.Describe(first.Seed.Location));
            return null;
        }

        if (PropertyName(record, document, key, at) is not string property)
        {
            return null;
        }

        if (catalog.ByProperty.TryGetValue(property, out EntryDecl? clash))
        {
            _context.ReportError(document, DiagnosticDescriptors.DuplicateKey, at, "Property name", property, record.Name, BindingContext.Describe(clash.Seed.Location));
            return null;
        }

        var decl = new EntryDecl(record, entry, document, key, property);
        catalog.ByKey.Add(key, decl);
        catalog.ByProperty.Add(property, decl);
        return decl;
    }

    /// <summary>The catalog property an entry's key becomes; null (and an error) when it cannot be one.</summary>
    private string? PropertyName(RecordDecl record, SeedDocument document, string key, SeedLocation at)
    {
        string? property = Names.ToPascalIdentifier(key);
        if (property is null)
        {
            _context.ReportError(document, DiagnosticDescriptors.InvalidIdentifier, at, key, $"an entry of '{record.Name}'", "the key needs at least one letter or digit");
            return null;
        }

        if (GeneratedNames.IsOneOf(property, GeneratedNames.CatalogMembers) || GeneratedNames.IsOneOf(property, GeneratedNames.ObjectMembers)
            || GeneratedNames.IsPrivate(property, GeneratedNames.CatalogPrivateMembers) || property == record.CatalogName)
        {
            _context.ReportError(document, DiagnosticDescriptors.NameClash, at, key, property, $"the catalog '{record.CatalogName}'");
            return null;
        }

        return property;
    }

    private static SeedNamedValue? Find(SeedEntry entry, string name)
    {
        foreach (SeedNamedValue value in entry.Values)
        {
            if (value.Name.Value == name)
            {
                return value;
            }
        }

        return null;
    }
}
