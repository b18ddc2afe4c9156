using System;
using System.Collections.Generic;
using GeneTherapy.Domain.Generators.Diagnostics;
using GeneTherapy.Domain.Generators.Model;

namespace GeneTherapy.Domain.Generators.Parsing;

/// <summary>Reads a document's <c>"entries"</c>: per record name, an array of entries whose properties are its fields.</summary>
internal sealed class EntryReader
{
    private readonly ParseContext _context;

    public EntryReader(ParseContext context) => _context = context;

    public EquatableArray<SeedEntryGroup> ReadGroups(ObjectView document)
    {
        if (document.Get("entries", SeedValueKind.Object, "an object mapping record names to arrays of entries") is not JsonNode entries)
        {
            return EquatableArray<SeedEntryGroup>.Empty;
        }

        var groups = new List<SeedEntryGroup>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (JsonProperty group in entries.Properties)
        {
            _context.CancellationToken.ThrowIfCancellationRequested();
            if (!seen.Add(group.Name))
            {
                _context.Report(DiagnosticDescriptors.DuplicateJsonProperty, _context.AtName(group), group.Name);
                continue;
            }

            if (group.Value.Kind != SeedValueKind.Array)
            {
                _context.Report(DiagnosticDescriptors.WrongJsonType, _context.At(group.Value), group.Name, "an array of entries", group.Value.Describe());
                continue;
            }

            var list = new List<SeedEntry>();
            foreach (JsonNode item in group.Value.Items)
            {
                _context.CancellationToken.ThrowIfCancellationRequested();
                if (ReadEntry(item, group.Name) is SeedEntry entry)
                {
                    list.Add(entry);
                }
            }

            groups.Add(new SeedEntryGroup(_context.Name(group), list.ToEquatableArray()));
        }

        return groups.ToEquatableArray();
    }

    private SeedEntry? ReadEntry(JsonNode node, string record)
    {
        if (node.Kind != SeedValueKind.Object)
        {
            _context.Report(DiagnosticDescriptors.WrongJsonType, _context.At(node), $"an entry of '{record}'", "an object", node.Describe());
            return null;
        }

        LocatedString? source = null;
        SeedDeprecation? deprecated = null;
        foreach (JsonProperty property in node.Properties)
        {
            if (property.Name == SeedFormat.EntrySource)
            {
                source = ReadSource(property.Value);
            }
            else if (property.Name == SeedFormat.EntryDeprecated)
            {
                deprecated = ReadDeprecation(property.Value, record);
            }
        }

        return new SeedEntry(ValueReader.ReadNamedValues(_context, node, SeedFormat.EntryProperties), source, deprecated, _context.At(node));
    }

    private LocatedString? ReadSource(JsonNode value)
    {
        if (value.Kind == SeedValueKind.String)
        {
            return new LocatedString(value.Text, _context.At(value));
        }

        _context.Report(DiagnosticDescriptors.WrongJsonType, _context.At(value), SeedFormat.EntrySource, "a string", value.Describe());
        return null;
    }

    private SeedDeprecation? ReadDeprecation(JsonNode value, string record)
    {
        if (value.Kind == SeedValueKind.Object)
        {
            // A bad "deprecated" is reported here; the entry is still read so its other problems show too.
            return ValueReader.ReadDeprecation(_context, value, $"an entry of '{record}'");
        }

        _context.Report(DiagnosticDescriptors.WrongJsonType, _context.At(value), SeedFormat.EntryDeprecated,
            "an object with \"reason\" and optionally \"replacement\"", value.Describe());
        return null;
    }
}
