using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Threading;
using GeneTherapy.Domain.Generators.Diagnostics;
using GeneTherapy.Domain.Generators.Model;

namespace GeneTherapy.Domain.Generators.Parsing;

/// <summary>Reads one seed file into a <see cref="SeedDocument"/>, reporting shape problems where they are.</summary>
internal sealed class SeedParser
{
    private readonly ParseContext _context;

    private SeedParser(ParseContext context) => _context = context;

    public static ParseResult ParseDocument(string path, string text, SeedKind kind, CancellationToken cancellationToken)
    {
        // A byte order mark that survived decoding would be rejected by the reader; a space keeps every
        // offset after it where it was.
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = " " + text.Substring(1);
        }

        byte[] utf8 = Encoding.UTF8.GetBytes(text);
        var map = new LineMap(path, utf8);
        JsonNode? root = JsonTree.Read(utf8, out JsonSyntaxError? error);
        if (root is null)
        {
            JsonSyntaxError e = error!;
            SeedLocation where = e.ByteOffset is int offset ? map.Locate(offset, offset) : map.LocateLine(e.Line, e.BytePositionInLine);
            return new ParseResult(null, new[] { DiagnosticInfo.Create(DiagnosticDescriptors.MalformedJson, where, e.Message) }.ToEquatableArray());
        }

        var context = new ParseContext(path, map, cancellationToken);
        SeedDocument? document = new SeedParser(context).ReadDocument(root, kind);
        return new ParseResult(document, context.Diagnostics);
    }

    private SeedDocument? ReadDocument(JsonNode root, SeedKind kind)
    {
        if (root.Kind != SeedValueKind.Object)
        {
            _context.Report(DiagnosticDescriptors.WrongJsonType, _context.At(root), "the seed file", "an object", root.Describe());
            return null;
        }

        var obj = new ObjectView(_context, root, "the seed file", SeedFormat.DocumentProperties);
        JsonNode? format = obj.Get("seedFormat", SeedValueKind.Number, "a number", required: true);
        LocatedString? ns = obj.GetString("namespace", required: true);
        if (format is null)
        {
            return null;
        }

        if (format.Text != "1")
        {
            _context.Report(DiagnosticDescriptors.UnsupportedSeedFormat, _context.At(format), format.Text);
            return null;
        }

        if (ns is null)
        {
            return null;
        }

        LocatedString? canonical = obj.GetString("canonical");
        LocatedString? version = obj.GetString("version");
        var sources = ReadArray(obj, "sources", ReadSource);
        var enums = ReadArray(obj, "enums", ReadEnum);
        var records = ReadArray(obj, "records", ReadRecord);
        EquatableArray<SeedEntryGroup> groups = new EntryReader(_context).ReadGroups(obj);
        return new SeedDocument(_context.Path, kind, ns, sources, enums, records, groups, canonical, version);
    }

    private EquatableArray<T> ReadArray<T>(ObjectView owner, string name, Func<JsonNode, int, T?> read)
        where T : class, IEquatable<T>
    {
        JsonNode? array = owner.Get(name, SeedValueKind.Array, "an array");
        if (array is null)
        {
            return EquatableArray<T>.Empty;
        }

        var result = new List<T>(array.Items.Count);
        for (int i = 0; i < array.Items.Count; i++)
        {
            _context.CancellationToken.ThrowIfCancellationRequested();
            if (read(array.Items[i], i) is T item)
            {
                result.Add(item);
            }
        }

        return result.ToEquatableArray();
    }

    private SeedSource? ReadSource(JsonNode node, int index)
    {
        if (!_context.ExpectObject(node, $"source #{index + 1}"))
        {
            return null;
        }

        var obj = new ObjectView(_context, node, $"source #{index + 1}", SeedFormat.SourceProperties);
        LocatedString? id = obj.GetString("id", required: true);
        LocatedString? title = obj.GetString("title", required: true);
        LocatedString? publisher = obj.GetString("publisher");
        LocatedString? url = obj.GetString("url");
        LocatedString? doi = obj.GetString("doi");
        LocatedString? summary = obj.GetString("summary");
        LocatedString? kind = obj.GetString("kind");
        return id is null || title is null
            ? null
            : new SeedSource(id, title.Value, publisher?.Value, url, doi?.Value, summary?.Value, kind);
    }

    private SeedEnum? ReadEnum(JsonNode node, int index)
    {
        if (!_context.ExpectObject(node, $"enum #{index + 1}"))
        {
            return null;
        }

        var obj = new ObjectView(_context, node, $"enum #{index + 1}", SeedFormat.EnumProperties);
        LocatedString? name = obj.GetString("name", required: true);
        string what = name is null ? $"enum #{index + 1}" : $"enum '{name.Value}'";
        obj.What = what;
        LocatedString? summary = obj.GetString("summary");
        LocatedString? source = obj.GetString("source");
        LocatedString? canonical = obj.GetString("canonical");
        LocatedString? version = obj.GetString("version");
        EquatableArray<SeedField> properties = ReadArray(obj, "properties", (n, i) => ReadField(n, i, $"property #{i + 1} of {what}"));
        JsonNode? membersNode = obj.Get("members", SeedValueKind.Array, "an array", required: true);
        var members = new List<SeedMember>();
        if (membersNode is not null)
        {
            for (int i = 0; i < membersNode.Items.Count; i++)
            {
                _context.CancellationToken.ThrowIfCancellationRequested();
                if (ReadMember(membersNode.Items[i], $"member #{i + 1} of {what}") is SeedMember member)
                {
                    members.Add(member);
                }
            }
        }

        return name is null || membersNode is null
            ? null
            : new SeedEnum(name, summary?.Value, source, properties, members.ToEquatableArray(), canonical, version);
    }

    private SeedField? ReadField(JsonNode node, int index, string what)
    {
        if (!_context.ExpectObject(node, what))
        {
            return null;
        }

        var obj = new ObjectView(_context, node, what, SeedFormat.FieldProperties);
        LocatedString? name = obj.GetString("name", required: true);
        LocatedString? type = obj.GetString("type", required: true);
        LocatedString? summary = obj.GetString("summary");
        return name is null || type is null ? null : new SeedField(name, type, summary?.Value);
    }

    private SeedMember? ReadMember(JsonNode node, string what)
    {
        if (!_context.ExpectObject(node, what))
        {
            return null;
        }

        var obj = new ObjectView(_context, node, what, SeedFormat.MemberProperties);
        LocatedString? name = obj.GetString("name", required: true);
        JsonNode? valueNode = obj.Get("value", SeedValueKind.Number, "an integer", required: true);
        int? value = valueNode is null ? null : _context.ReadInt(valueNode, "value");
        LocatedString? code = obj.GetString("code", required: true);
        LocatedString? label = obj.GetString("label", required: true);
        LocatedString? summary = obj.GetString("summary");
        LocatedString? source = obj.GetString("source");
        var ontology = new List<string>();
        if (obj.Get("ontology", SeedValueKind.Array, "an array of strings") is JsonNode ontologyNode)
        {
            foreach (JsonNode item in ontologyNode.Items)
            {
                if (item.Kind == SeedValueKind.String)
                {
                    ontology.Add(item.Text);
                }
                else
                {
                    _context.Report(DiagnosticDescriptors.WrongJsonType, _context.At(item), "ontology", "a string", item.Describe());
                }
            }
        }

        var properties = new List<SeedNamedValue>();
        if (obj.Get("properties", SeedValueKind.Object, "an object") is JsonNode propertiesNode)
        {
            properties.AddRange(ValueReader.ReadNamedValues(_context, propertiesNode, reserved: null));
        }

        bool deprecationOk = true;
        SeedDeprecation? deprecated = null;
        if (obj.Get("deprecated", SeedValueKind.Object, "an object with \"reason\" and optionally \"replacement\"") is JsonNode deprecatedNode)
        {
            deprecated = ValueReader.ReadDeprecation(_context, deprecatedNode, what);
            deprecationOk = deprecated is not null;
        }

        return name is null || value is null || code is null || label is null || !deprecationOk
            ? null
            : new SeedMember(name, value.Value, _context.At(valueNode!), code, label.Value, summary?.Value,
                ontology.ToEquatableArray(), source, properties.ToEquatableArray(), deprecated, _context.At(node));
    }

    private SeedRecord? ReadRecord(JsonNode node, int index)
    {
        if (!_context.ExpectObject(node, $"record #{index + 1}"))
        {
            return null;
        }

        var obj = new ObjectView(_context, node, $"record #{index + 1}", SeedFormat.RecordProperties);
        LocatedString? name = obj.GetString("name", required: true);
        string what = name is null ? $"record #{index + 1}" : $"record '{name.Value}'";
        obj.What = what;
        LocatedString? catalog = obj.GetString("catalog");
        LocatedString? key = obj.GetString("key");
        LocatedString? summary = obj.GetString("summary");
        LocatedString? source = obj.GetString("source");
        bool hasFields = obj.Has("fields");
        EquatableArray<SeedField> fields = ReadArray(obj, "fields", (n, i) => ReadField(n, i, $"field #{i + 1} of {what}"));
        if (!hasFields)
        {
            obj.ReportMissing("fields");
        }

        return name is null || !hasFields ? null : new SeedRecord(name, catalog, key, summary?.Value, source, fields);
    }
}
