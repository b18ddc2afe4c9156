using System;
using System.Collections.Generic;
using System.Linq;
using GeneTherapy.Domain.Generators.Collections;
using GeneTherapy.Domain.Generators.Diagnostics;
using GeneTherapy.Domain.Generators.Model;

namespace GeneTherapy.Domain.Generators.Binding;

/// <summary>The entries of one record's catalog, from every document, with indexes by key and by property name.</summary>
internal sealed class EntryIndex
{
    public EntryIndex(int capacity = 0)
    {
        Entries = new List<EntryDecl>(capacity);
        ByKey = new KeyIndex<EntryDecl>(capacity);
        ByProperty = new KeyIndex<EntryDecl>(capacity);
    }

    public List<EntryDecl> Entries { get; }

    public KeyIndex<EntryDecl> ByKey { get; }

    public KeyIndex<EntryDecl> ByProperty { get; }
}

/// <summary>An entry the collector kept, with where it sits in its document: the group and the position in that group.</summary>
internal readonly record struct AcceptedEntry(int Group, int Position, EntryDecl Decl);

/// <summary>
/// Gathers every document's entries under their record, from the keys each document's <see cref="EntryKeyReader"/>
/// read: reports unknown records and records without a key, and keeps keys and property names unique per catalog.
/// </summary>
internal sealed class EntryCollector
{
    private readonly BindingContext _context;
    private readonly SymbolTable _symbols;
    private readonly Dictionary<RecordDecl, EntryIndex> _catalogs = new();
    private readonly Dictionary<string, List<AcceptedEntry>> _byPath = new(StringComparer.Ordinal);
    private readonly List<EntryPlace> _duplicates = new();

    public EntryCollector(BindingContext context, SymbolTable symbols)
    {
        _context = context;
        _symbols = symbols;
    }

    /// <summary>Per document path, the entries kept, in document order: what the per-file step binds.</summary>
    public IReadOnlyDictionary<string, List<AcceptedEntry>> EntriesByPath => _byPath;

    /// <summary>The entries left out because an earlier entry of the catalog has their key or property name.</summary>
    public IReadOnlyList<EntryPlace> Duplicates => _duplicates;

    /// <summary>Reads every document's keys, then collects them: the steps the pipeline runs apart, run together.</summary>
    public Dictionary<RecordDecl, EntryIndex> Collect(IReadOnlyList<SeedDocument> documents)
    {
        EquatableArray<RecordKey> records = EntryKeyReader.RecordKeys(_symbols);
        return Collect(documents, documents.Select(d => EntryKeyReader.Read(d, records, _context.CancellationToken)).ToList());
    }

    /// <summary>An index for every record, empty when it has no entries.</summary>
    /// <param name="documents">By path.</param>
    /// <param name="keys">The keys of each of <paramref name="documents"/>, in any order; their diagnostics are reported here.</param>
    public Dictionary<RecordDecl, EntryIndex> Collect(IReadOnlyList<SeedDocument> documents, IReadOnlyList<FileKeys> keys)
    {
        var byPath = new Dictionary<string, FileKeys>(StringComparer.Ordinal);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (FileKeys file in keys)
        {
            byPath[file.Path] = file;
            foreach (KeyGroup group in file.Groups)
            {
                counts[group.Record] = (counts.TryGetValue(group.Record, out int n) ? n : 0) + group.Entries.Count;
            }
        }

        // Sized once from the keys read: a large catalog's indexes are not grown (and copied) entry by entry.
        foreach (RecordDecl record in _symbols.Records)
        {
            _catalogs.Add(record, new EntryIndex(counts.TryGetValue(record.Name, out int n) ? n : 0));
        }

        foreach (SeedDocument document in documents)
        {
            if (!byPath.TryGetValue(document.Path, out FileKeys? file))
            {
                continue;
            }

            _context.AddReported(file.Diagnostics);
            if (file.Diagnostics.Any(d => d.IsError))
            {
                _context.Fail(document.Path);
            }

            foreach (KeyGroup group in file.Groups)
            {
                CollectGroup(document, group);
            }
        }

        return _catalogs;
    }

    private void CollectGroup(SeedDocument document, KeyGroup keys)
    {
        SeedEntryGroup group = document.EntryGroups[keys.Group];
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
            accepted = new List<AcceptedEntry>(keys.Entries.Count);
            _byPath.Add(document.Path, accepted);
        }

        EntryIndex catalog = _catalogs[record];
        foreach (EntryKey key in keys.Entries)
        {
            _context.CancellationToken.ThrowIfCancellationRequested();
            SeedEntry entry = group.Entries[key.Position];
            EntryDecl? collected = key is { Key: string k, PropertyName: string property }
                ? Index(catalog, record, keyName.Value, document, entry, k, property)
                : new EntryDecl(record, entry, document, key: null, propertyName: null);
            if (collected is null)
            {
                _duplicates.Add(new EntryPlace(document.Path, keys.Group, key.Position));
                continue;
            }

            catalog.Entries.Add(collected);
            accepted.Add(new AcceptedEntry(keys.Group, key.Position, collected));
        }
    }

    /// <summary>The entry, added to the catalog's indexes; null (and GTD0010) when an earlier entry has its key or property name.</summary>
    private EntryDecl? Index(EntryIndex catalog, RecordDecl record, string keyField, SeedDocument document, SeedEntry entry, string key, string property)
    {
        if (catalog.ByKey.TryGetValue(key, out EntryDecl? first))
        {
            _context.ReportError(document, DiagnosticDescriptors.DuplicateKey, KeyLocation(entry, keyField), "Key", key, record.Name, BindingContext.Describe(first.Seed.Location));
            return null;
        }

        if (catalog.ByProperty.TryGetValue(property, out EntryDecl? clash))
        {
            _context.ReportError(document, DiagnosticDescriptors.DuplicateKey, KeyLocation(entry, keyField), "Property name", property, record.Name, BindingContext.Describe(clash.Seed.Location));
            return null;
        }

        var decl = new EntryDecl(record, entry, document, key, property);
        catalog.ByKey.Add(key, decl);
        catalog.ByProperty.Add(property, decl);
        return decl;
    }

    private static SeedLocation KeyLocation(SeedEntry entry, string keyField) => EntryKeyReader.FindKey(entry, keyField)!.Value.Value.Location;
}
