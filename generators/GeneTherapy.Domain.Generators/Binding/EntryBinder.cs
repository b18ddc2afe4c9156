using System;
using System.Collections.Generic;
using System.Linq;
using GeneTherapy.Domain.Generators.Diagnostics;
using GeneTherapy.Domain.Generators.Model;
using GeneTherapy.Domain.Generators.Parsing;

namespace GeneTherapy.Domain.Generators.Binding;

/// <summary>A catalog entry once its values are bound.</summary>
/// <param name="Values">In field order; null when the entry has an error (or its record does), so it is not emitted.</param>
/// <param name="References">The entries its values refer to, of any catalog, for the initialisation order.</param>
internal sealed record BoundEntry(EntryDecl Decl, EquatableArray<ValueSpec>? Values, SourceRef? Source, DeprecationSpec? Deprecation, IReadOnlyList<EntryDecl> References);

/// <summary>Binds an entry's values to its record's fields, and its source and deprecation.</summary>
internal sealed class EntryBinder
{
    private readonly BindingContext _context;
    private readonly SourceResolver _sources;
    private readonly ValueBinder _values;
    private readonly DeprecationBinder _deprecations;
    private readonly List<EntryDecl> _references = new();
    private int[] _slots = Array.Empty<int>();
    private ValueOrigin? _origin;

    public EntryBinder(BindingContext context, SourceResolver sources, ValueBinder values, DeprecationBinder deprecations)
    {
        _context = context;
        _sources = sources;
        _values = values;
        _deprecations = deprecations;
    }

    public BoundEntry Bind(RecordShape record, EntryDecl entry)
    {
        bool ok = entry.Key is not null;
        DeprecationSpec? deprecation = null;
        if (entry.Seed.Deprecated is SeedDeprecation deprecated)
        {
            deprecation = _deprecations.BindEntry(entry, deprecated);
            ok &= deprecation is not null;
        }

        // One list for every entry, copied out only when the entry refers to others (most entries refer to none).
        List<EntryDecl> references = _references;
        references.Clear();
        ok &= BindValues(record, entry, Origin(entry), out ValueSpec[] values);
        SourceRef? source = _sources.Resolve(entry.Seed.Source, entry.Document);
        ok &= entry.Seed.Source is null || source is not null;
        IReadOnlyList<EntryDecl> referenced = references.Count == 0 ? Array.Empty<EntryDecl>() : references.ToArray();
        return new BoundEntry(entry, ok ? new EquatableArray<ValueSpec>(values) : null, source ?? record.Source, deprecation, referenced);
    }

    /// <summary>Where the entry's values are written: one instance while consecutive entries share document and deprecation.</summary>
    private ValueOrigin Origin(EntryDecl entry)
    {
        bool deprecated = entry.Seed.Deprecated is not null;
        if (_origin is null || !ReferenceEquals(_origin.Document, entry.Document) || _origin.InsideDeprecated != deprecated)
        {
            _origin = new ValueOrigin(entry.Document, deprecated, _references);
        }

        return _origin;
    }

    /// <param name="values">One per field, in field order; incomplete when the result is false.</param>
    private bool BindValues(RecordShape record, EntryDecl entry, ValueOrigin origin, out ValueSpec[] values)
    {
        EquatableArray<SeedNamedValue> given = entry.Seed.Values;
        int[] slots = GivenSlots(record, entry, given);
        values = new ValueSpec[record.Fields.Count];
        bool ok = record.AllResolved;
        for (int i = 0; i < values.Length; i++)
        {
            (FieldSpec field, ValueTarget target) = record.Fields[i];
            ValueSpec? spec;
            if (slots[i] >= 0)
            {
                spec = _values.Bind(target, given[slots[i]].Value, origin);
            }
            else if ((spec = ValueBinder.Missing(field.Type)) is null)
            {
                _context.ReportError(entry.Document, DiagnosticDescriptors.MissingRequiredProperty, BindingContext.Start(entry.Seed.Location),
                    $"An entry of '{record.Decl.Name}'", field.Name);
            }

            ok &= spec is not null;
            values[i] = spec!;
        }

        return ok;
    }

    /// <summary>
    /// For each field, the index of the entry's value for it (the last, when a name is given twice), or -1; reports
    /// names the record does not declare. One array for every entry: binding runs once per entry.
    /// </summary>
    private int[] GivenSlots(RecordShape record, EntryDecl entry, EquatableArray<SeedNamedValue> given)
    {
        if (_slots.Length < record.Fields.Count)
        {
            _slots = new int[record.Fields.Count];
        }

        int[] slots = _slots;
        slots.AsSpan(0, record.Fields.Count).Fill(-1);
        for (int j = 0; j < given.Count; j++)
        {
            if (record.FieldSlots.TryGetValue(given[j].Name, out int slot))
            {
                if (slot >= 0)
                {
                    slots[slot] = j;
                }
            }
            else
            {
                _context.Report(UnknownProperties.Check(given[j].LocatedName, record.FieldSlots.Keys, $"record '{record.Decl.Name}'",
                    record.Decl.Seed.Fields.Select(f => f.Name.Value).Concat(SeedFormat.EntryProperties)));
            }
        }

        return slots;
    }
}
