using System.Collections.Generic;
using GeneTherapy.Domain.Generators.Model;

namespace GeneTherapy.Domain.Generators.Baseline;

/// <summary>Reduces one parsed seed file to the terms a baseline guards: enum members, catalogs and entry keys.</summary>
internal static class SeedTermsReader
{
    public static SeedTerms ReadTerms(ParseResult result)
    {
        SeedDocument? document = result.Document;
        bool complete = document is not null && !HasError(result.Diagnostics);
        if (document is null)
        {
            string path = result.Diagnostics.IsEmpty ? string.Empty : result.Diagnostics[0].Location.Path;
            return new SeedTerms(path, false, true, default, default, default, default);
        }

        if (document.Kind != SeedKind.Own)
        {
            // A package's reference seeds are guarded by that package's baseline: nothing of theirs is compared here.
            return new SeedTerms(document.Path, true, false, default, default, default, default);
        }

        string ns = document.Namespace.Value;
        return new SeedTerms(
            document.Path,
            complete,
            true,
            new EquatableArray<string>(new[] { ns }),
            ReadMembers(ns, document).ToEquatableArray(),
            ReadCatalogs(ns, document).ToEquatableArray(),
            ReadKeys(document));
    }

    private static bool HasError(EquatableArray<DiagnosticInfo> diagnostics)
    {
        foreach (DiagnosticInfo diagnostic in diagnostics)
        {
            if (diagnostic.IsError)
            {
                return true;
            }
        }

        return false;
    }

    private static List<CurrentMember> ReadMembers(string ns, SeedDocument document)
    {
        var members = new List<CurrentMember>();
        foreach (SeedEnum seedEnum in document.Enums)
        {
            string name = ns + "." + seedEnum.Name.Value;
            foreach (SeedMember member in seedEnum.Members)
            {
                members.Add(new CurrentMember(name, member.Name, member.Value, member.ValueLocation, member.Code, member.Deprecated is not null));
            }
        }

        return members;
    }

    private static List<CatalogDeclaration> ReadCatalogs(string ns, SeedDocument document)
    {
        var catalogs = new List<CatalogDeclaration>();
        foreach (SeedRecord record in document.Records)
        {
            if (record.Key is not null)
            {
                // The binder's default catalog name (SeedBinder, "{name}Catalog"): keep the two in step.
                string catalog = record.Catalog?.Value ?? record.Name.Value + "Catalog";
                catalogs.Add(new CatalogDeclaration(record.Name.Value, ns + "." + catalog, record.Key.Value));
            }
        }

        return catalogs;
    }

    /// <summary>
    /// Every string value of every entry, under its property name: which property is the key is known only once
    /// the record (possibly declared in another file) is, so the comparer picks the key field's values. Counted first
    /// so the array is made once at its size: a catalog of 10,000 entries has tens of thousands, and a growing list
    /// allocated twice what it kept (6% of a 10,000-entry run).
    /// </summary>
    private static EquatableArray<CurrentKey> ReadKeys(SeedDocument document)
    {
        int count = 0;
        foreach (SeedEntryGroup group in document.EntryGroups)
        {
            foreach (SeedEntry entry in group.Entries)
            {
                foreach (SeedNamedValue value in entry.Values)
                {
                    count += value.Value.Kind == SeedValueKind.String ? 1 : 0;
                }
            }
        }

        var keys = new CurrentKey[count];
        int next = 0;
        foreach (SeedEntryGroup group in document.EntryGroups)
        {
            foreach (SeedEntry entry in group.Entries)
            {
                foreach (SeedNamedValue value in entry.Values)
                {
                    if (value.Value.Kind == SeedValueKind.String)
                    {
                        keys[next++] = new CurrentKey(group.Record.Value, value.Name, new LocatedString(value.Value.Text, value.Value.Location));
                    }
                }
            }
        }

        return new EquatableArray<CurrentKey>(keys);
    }
}
