using System.Collections.Generic;
using GeneTherapy.Domain.Generators.Diagnostics;
using GeneTherapy.Domain.Generators.Model;

namespace GeneTherapy.Domain.Generators.Parsing;

/// <summary>Reads a document's <c>"entries"</c>: per record name, an array of entries whose properties are its fields.</summary>
internal sealed class EntryReader
{
    private readonly ParseContext _context;

    // Entries do not nest, and most files hold many: one list of values and one of names serve them all.
    private readonly List<SeedNamedValue> _values = new();
    private readonly List<string> _names = new();

    public EntryReader(ParseContext context) => _context = context;

    public EquatableArray<SeedEntryGroup> ReadGroups(ObjectFields document)
        => document.TryReadContainer("entries", SeedValueKind.Object, "an object mapping record names to arrays of entries",
            (ref JsonCursor c) => ReadGroupsAt(ref c), out EquatableArray<SeedEntryGroup> groups)
            ? groups
            : EquatableArray<SeedEntryGroup>.Empty;

    /// <summary>The groups of the <c>"entries"</c> object at the cursor (on its '{'), which is left on its '}'.</summary>
    public EquatableArray<SeedEntryGroup> ReadGroupsAt(ref JsonCursor cursor)
    {
        var groups = new List<SeedEntryGroup>();
        var seen = new NameSet();
        while (cursor.NextProperty())
        {
            _context.CancellationToken.ThrowIfCancellationRequested();
            LocatedString record = ValueReader.ReadName(_context, ref cursor);
            cursor.Read();
            if (!seen.Add(record.Value))
            {
                _context.Report(DiagnosticDescriptors.DuplicateJsonProperty, record.Location, record.Value);
                cursor.SkipValue();
            }
            else if (cursor.Kind != SeedValueKind.Array)
            {
                SeedValueKind kind = cursor.Kind;
                int start = cursor.TokenStart;
                _context.Report(DiagnosticDescriptors.WrongJsonType, _context.At(start, cursor.SkipValue()), record.Value, "an array of entries", JsonCursor.Describe(kind));
            }
            else
            {
                groups.Add(new SeedEntryGroup(record, ReadEntries(ref cursor, record.Value)));
            }
        }

        return groups.ToEquatableArray();
    }

    private EquatableArray<SeedEntry> ReadEntries(ref JsonCursor cursor, string record)
    {
        var list = new List<SeedEntry>();
        while (cursor.NextItem())
        {
            _context.CancellationToken.ThrowIfCancellationRequested();
            if (ReadEntry(ref cursor, record) is SeedEntry entry)
            {
                list.Add(entry);
            }
        }

        return list.ToEquatableArray();
    }

    /// <summary>
    /// One entry, in one pass: "source" and "deprecated" are checked as they come (every time they come), the other
    /// properties become named values; repeated names are reported after those checks, as a second look would.
    /// </summary>
    private SeedEntry? ReadEntry(ref JsonCursor cursor, string record)
    {
        if (!_context.ExpectObject(ref cursor, $"an entry of '{record}'"))
        {
            return null;
        }

        int start = cursor.TokenStart;
        List<SeedNamedValue> values = _values;
        values.Clear();
        var names = new NameSet(_names);
        List<LocatedString>? repeated = null;
        LocatedString? source = null;
        SeedDeprecation? deprecated = null;
        while (cursor.NextProperty())
        {
            // The name as a string and a location: a LocatedString only for a repeat, which is reported.
            string name = ValueReader.ReadName(_context, ref cursor, out SeedLocation nameLocation);
            cursor.Read();
            bool isRepeat = !names.Add(name);
            if (isRepeat)
            {
                (repeated ??= new List<LocatedString>()).Add(new LocatedString(name, nameLocation));
            }

            if (name == SeedFormat.EntrySource)
            {
                source = ReadSource(ref cursor);
            }
            else if (name == SeedFormat.EntryDeprecated)
            {
                deprecated = ReadDeprecation(ref cursor, record);
            }
            else if (!isRepeat)
            {
                values.Add(new SeedNamedValue(name, nameLocation, ValueReader.ReadValue(_context, ref cursor)));
            }
            else
            {
                cursor.SkipValue();
            }
        }

        ReportRepeated(repeated);
        return new SeedEntry(new EquatableArray<SeedNamedValue>(values.ToArray()), source, deprecated, _context.At(start, cursor.TokenEnd));
    }

    /// <summary>GTD0020 at each repeated property name of an entry, after its other checks.</summary>
    private void ReportRepeated(List<LocatedString>? repeated)
    {
        foreach (LocatedString name in repeated ?? new List<LocatedString>())
        {
            _context.Report(DiagnosticDescriptors.DuplicateJsonProperty, name.Location, name.Value);
        }
    }

    private LocatedString? ReadSource(ref JsonCursor cursor)
    {
        SeedValueKind kind = cursor.Kind;
        int start = cursor.TokenStart;
        if (kind == SeedValueKind.String)
        {
            string text = cursor.GetString(_context.Strings);
            return new LocatedString(text, _context.At(start, cursor.SkipValue()));
        }

        _context.Report(DiagnosticDescriptors.WrongJsonType, _context.At(start, cursor.SkipValue()), SeedFormat.EntrySource, "a string", JsonCursor.Describe(kind));
        return null;
    }

    private SeedDeprecation? ReadDeprecation(ref JsonCursor cursor, string record)
    {
        if (cursor.Kind == SeedValueKind.Object)
        {
            // A bad "deprecated" is reported here; the entry is still read so its other problems show too.
            return ValueReader.ReadDeprecation(_context, ref cursor, $"an entry of '{record}'");
        }

        SeedValueKind kind = cursor.Kind;
        int start = cursor.TokenStart;
        _context.Report(DiagnosticDescriptors.WrongJsonType, _context.At(start, cursor.SkipValue()), SeedFormat.EntryDeprecated,
            "an object with \"reason\" and optionally \"replacement\"", JsonCursor.Describe(kind));
        return null;
    }
}
