using System;
using System.Collections.Generic;
using System.Linq;
using GeneTherapy.Domain.Generators.Diagnostics;
using GeneTherapy.Domain.Generators.Model;
using GeneTherapy.Domain.Generators.Parsing;

namespace GeneTherapy.Domain.Generators.Binding;

/// <summary>
/// Finds enum members by code and catalog entries by key, each through an index built once, and reports
/// GTD0015 or GTD0016 when there is none.
/// </summary>
internal sealed class TermLookup
{
    /// <summary>How many codes a GTD0015 message lists before it stops.</summary>
    private const int ListedCodes = 12;

    private readonly BindingContext _context;
    private readonly IReadOnlyDictionary<RecordDecl, EntryIndex> _catalogs;
    private readonly Dictionary<EnumDecl, Dictionary<string, SeedMember>> _codes = new();

    public TermLookup(BindingContext context, SymbolTable symbols, IReadOnlyDictionary<RecordDecl, EntryIndex> catalogs)
    {
        _context = context;
        _catalogs = catalogs;
        foreach (EnumDecl e in symbols.Enums)
        {
            // The first member with a code wins; a second one is GTD0009.
            var codes = new Dictionary<string, SeedMember>(StringComparer.Ordinal);
            foreach (SeedMember member in e.Seed.Members)
            {
                if (!codes.ContainsKey(member.Code.Value))
                {
                    codes.Add(member.Code.Value, member);
                }
            }

            _codes.Add(e, codes);
        }
    }

    public EntryIndex Catalog(RecordDecl record) => _catalogs[record];

    /// <summary>The member of <paramref name="e"/> with <paramref name="code"/>, or null after GTD0015 in <paramref name="from"/>.</summary>
    public SeedMember? FindMember(EnumDecl e, LocatedString code, SeedDocument from) => FindMember(e, code.Value, code.Location, from);

    /// <summary>The member of <paramref name="e"/> with <paramref name="code"/>, or null after GTD0015 at <paramref name="at"/>.</summary>
    public SeedMember? FindMember(EnumDecl e, string code, SeedLocation at, SeedDocument from)
    {
        if (_codes[e].TryGetValue(code, out SeedMember? member))
        {
            return member;
        }

        string codes = string.Join(", ", e.Seed.Members.Take(ListedCodes).Select(m => "\"" + m.Code.Value + "\""));
        string listed = e.Seed.Members.Count > ListedCodes ? codes + ", …" : codes.Length == 0 ? "(the enum has no members)" : codes;
        _context.ReportUnresolved(from, DiagnosticDescriptors.UnknownCode, at, code, e.Name, listed);
        return null;
    }

    /// <summary>The entry of <paramref name="record"/> with <paramref name="key"/>, or null after GTD0016 in <paramref name="from"/>.</summary>
    public EntryDecl? FindEntry(RecordDecl record, LocatedString key, SeedDocument from)
    {
        EntryIndex catalog = _catalogs[record];
        if (catalog.ByKey.TryGetValue(key.Value, out EntryDecl? entry))
        {
            return entry;
        }

        string hint = record.Seed.Key is null
            ? $" ('{record.Name}' declares no key)"
            : Suggestions.DidYouMean(key.Value, catalog.ByKey.Keys.OrderBy(k => k, StringComparer.Ordinal));
        _context.ReportUnresolved(from, DiagnosticDescriptors.UnknownKey, key.Location, key.Value, record.Name, hint);
        return null;
    }
}
