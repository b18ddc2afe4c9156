using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using GeneTherapy.Domain.Generators.Diagnostics;
using GeneTherapy.Domain.Generators.Model;

namespace GeneTherapy.Domain.Generators.Binding;

/// <summary>
/// Reads the entry keys of one document: the part of collecting entries that needs no other document but the record
/// declarations. It runs per file in the pipeline, so an edit to one file reads that file's keys again, not every
/// file's; the declaration step then only merges the keys (<see cref="EntryCollector"/>).
/// </summary>
internal static class EntryKeyReader
{
    /// <summary>The key field and catalog of every record the type declarations keep (the first of a name wins).</summary>
    public static EquatableArray<RecordKey> ReadRecordKeys(ImmutableArray<ParseResult> results, CancellationToken cancellationToken)
    {
        List<SeedDocument> documents = SeedBinder.DocumentsByPath(results);

        // The declaration step reports what is wrong with the declarations: this context's reports are dropped.
        var context = new BindingContext(false, cancellationToken);
        var symbols = new SymbolTable();
        TypeDeclarations.Declare(context, symbols, new FullNameRegistry(context), documents);
        return RecordKeys(symbols);
    }

    public static EquatableArray<RecordKey> RecordKeys(SymbolTable symbols)
        => symbols.Records.Select(r => new RecordKey(r.Name, r.Seed.Key?.Value, r.CatalogName)).ToEquatableArray();

    /// <summary>
    /// Each group's entries whose key is present and makes a usable catalog property; the others are reported here.
    /// A group whose record is unknown or has no key gets no entries: the declaration step reports it.
    /// </summary>
    public static FileKeys Read(SeedDocument document, EquatableArray<RecordKey> records, CancellationToken cancellationToken)
    {
        var context = new BindingContext(false, cancellationToken);
        var byName = new Dictionary<string, RecordKey>(StringComparer.Ordinal);
        foreach (RecordKey record in records)
        {
            byName[record.Name] = record;
        }

        var groups = new KeyGroup[document.EntryGroups.Count];
        for (int g = 0; g < groups.Length; g++)
        {
            SeedEntryGroup group = document.EntryGroups[g];
            var entries = new List<EntryKey>(group.Entries.Count);
            if (byName.TryGetValue(group.Record.Value, out RecordKey? record) && record.KeyField is string keyField)
            {
                for (int position = 0; position < group.Entries.Count; position++)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (Read(context, document, record, keyField, group.Entries[position], position) is EntryKey key)
                    {
                        entries.Add(key);
                    }
                }
            }

            groups[g] = new KeyGroup(g, group.Record.Value, entries.ToEquatableArray());
        }

        return new FileKeys(document.Path, new EquatableArray<KeyGroup>(groups), context.SortedDiagnostics());
    }

    /// <summary>The entry's value of <paramref name="keyField"/>, or null when the entry leaves it out.</summary>
    public static SeedNamedValue? FindKey(SeedEntry entry, string keyField)
    {
        foreach (SeedNamedValue value in entry.Values)
        {
            if (value.Name == keyField)
            {
                return value;
            }
        }

        return null;
    }

    private static EntryKey? Read(BindingContext context, SeedDocument document, RecordKey record, string keyField, SeedEntry entry, int position)
    {
        if (FindKey(entry, keyField) is not SeedNamedValue keyValue)
        {
            context.ReportError(document, DiagnosticDescriptors.MissingRequiredProperty, BindingContext.Start(entry.Location), $"An entry of '{record.Name}'", keyField);
            return null;
        }

        string? reason = entry.Deprecated?.Reason.Value;
        string? replacement = entry.Deprecated?.Replacement?.Value;
        if (keyValue.Value.Kind != SeedValueKind.String)
        {
            // Reported with the other values when the entry is bound.
            return new EntryKey(position, null, null, reason, replacement);
        }

        string key = keyValue.Value.Text;
        SeedLocation at = keyValue.Value.Location;
        IdentifierTextCheck.CheckText(context, document, "Entry key", key, at);
        return PropertyName(context, document, record, key, at) is string property ? new EntryKey(position, key, property, reason, replacement) : null;
    }

    /// <summary>The catalog property an entry's key becomes; null (and an error) when it cannot be one.</summary>
    private static string? PropertyName(BindingContext context, SeedDocument document, RecordKey record, string key, SeedLocation at)
    {
        string? property = Names.ToPascalIdentifier(key);
        if (property is null)
        {
            context.ReportError(document, DiagnosticDescriptors.InvalidIdentifier, at, key, $"an entry of '{record.Name}'", "the key needs at least one letter or digit");
            return null;
        }

        if (GeneratedNames.IsOneOf(property, GeneratedNames.CatalogMembers) || GeneratedNames.IsOneOf(property, GeneratedNames.ObjectMembers)
            || GeneratedNames.IsPrivate(property, GeneratedNames.CatalogPrivateMembers) || property == record.CatalogName)
        {
            context.ReportError(document, DiagnosticDescriptors.NameClash, at, key, property, $"the catalog '{record.CatalogName}'");
            return null;
        }

        return property;
    }
}
