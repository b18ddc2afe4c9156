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
    private readonly string _path;
    private readonly LineMap _map;
    private readonly List<DiagnosticInfo> _diagnostics = new();
    private readonly CancellationToken _cancellationToken;

    private SeedParser(string path, LineMap map, CancellationToken cancellationToken)
    {
        _path = path;
        _map = map;
        _cancellationToken = cancellationToken;
    }

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

        var parser = new SeedParser(path, map, cancellationToken);
        SeedDocument? document = parser.ReadDocument(root, kind);
        return new ParseResult(document, parser._diagnostics.ToEquatableArray());
    }

    private SeedDocument? ReadDocument(JsonNode root, SeedKind kind)
    {
        if (root.Kind != SeedValueKind.Object)
        {
            Report(DiagnosticDescriptors.WrongJsonType, At(root), "the seed file", "an object", root.Describe());
            return null;
        }

        var obj = new ObjectView(this, root, "the seed file", SeedFormat.DocumentProperties);
        JsonNode? format = obj.Get("seedFormat", SeedValueKind.Number, "a number", required: true);
        LocatedString? ns = obj.GetString("namespace", required: true);
        if (format is null)
        {
            return null;
        }

        if (format.Text != "1")
        {
            Report(DiagnosticDescriptors.UnsupportedSeedFormat, At(format), format.Text);
            return null;
        }

        if (ns is null)
        {
            return null;
        }

        var sources = ReadArray(obj, "sources", ReadSource);
        var enums = ReadArray(obj, "enums", ReadEnum);
        var records = ReadArray(obj, "records", ReadRecord);
        var groups = new List<SeedEntryGroup>();
        if (obj.Get("entries", SeedValueKind.Object, "an object mapping record names to arrays of entries") is JsonNode entries)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (JsonProperty group in entries.Properties)
            {
                _cancellationToken.ThrowIfCancellationRequested();
                if (!seen.Add(group.Name))
                {
                    Report(DiagnosticDescriptors.DuplicateJsonProperty, AtName(group), group.Name);
                    continue;
                }

                if (group.Value.Kind != SeedValueKind.Array)
                {
                    Report(DiagnosticDescriptors.WrongJsonType, At(group.Value), group.Name, "an array of entries", group.Value.Describe());
                    continue;
                }

                var list = new List<SeedEntry>();
                foreach (JsonNode item in group.Value.Items)
                {
                    _cancellationToken.ThrowIfCancellationRequested();
                    if (ReadEntry(item, group.Name) is SeedEntry entry)
                    {
                        list.Add(entry);
                    }
                }

                groups.Add(new SeedEntryGroup(new LocatedString(group.Name, AtName(group)), list.ToEquatableArray()));
            }
        }

        return new SeedDocument(_path, kind, ns, sources, enums, records, groups.ToEquatableArray());
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
            _cancellationToken.ThrowIfCancellationRequested();
            if (read(array.Items[i], i) is T item)
            {
                result.Add(item);
            }
        }

        return result.ToEquatableArray();
    }

    private SeedSource? ReadSource(JsonNode node, int index)
    {
        if (!ExpectObject(node, $"source #{index + 1}"))
        {
            return null;
        }

        var obj = new ObjectView(this, node, $"source #{index + 1}", SeedFormat.SourceProperties);
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
        if (!ExpectObject(node, $"enum #{index + 1}"))
        {
            return null;
        }

        var obj = new ObjectView(this, node, $"enum #{index + 1}", SeedFormat.EnumProperties);
        LocatedString? name = obj.GetString("name", required: true);
        string what = name is null ? $"enum #{index + 1}" : $"enum '{name.Value}'";
        obj.What = what;
        LocatedString? summary = obj.GetString("summary");
        LocatedString? source = obj.GetString("source");
        EquatableArray<SeedField> properties = ReadArray(obj, "properties", (n, i) => ReadField(n, i, $"property #{i + 1} of {what}"));
        JsonNode? membersNode = obj.Get("members", SeedValueKind.Array, "an array", required: true);
        var members = new List<SeedMember>();
        if (membersNode is not null)
        {
            for (int i = 0; i < membersNode.Items.Count; i++)
            {
                _cancellationToken.ThrowIfCancellationRequested();
                if (ReadMember(membersNode.Items[i], $"member #{i + 1} of {what}") is SeedMember member)
                {
                    members.Add(member);
                }
            }
        }

        return name is null || membersNode is null
            ? null
            : new SeedEnum(name, summary?.Value, source, properties, members.ToEquatableArray());
    }

    private SeedField? ReadField(JsonNode node, int index, string what)
    {
        if (!ExpectObject(node, what))
        {
            return null;
        }

        var obj = new ObjectView(this, node, what, SeedFormat.FieldProperties);
        LocatedString? name = obj.GetString("name", required: true);
        LocatedString? type = obj.GetString("type", required: true);
        LocatedString? summary = obj.GetString("summary");
        return name is null || type is null ? null : new SeedField(name, type, summary?.Value);
    }

    private SeedMember? ReadMember(JsonNode node, string what)
    {
        if (!ExpectObject(node, what))
        {
            return null;
        }

        var obj = new ObjectView(this, node, what, SeedFormat.MemberProperties);
        LocatedString? name = obj.GetString("name", required: true);
        JsonNode? valueNode = obj.Get("value", SeedValueKind.Number, "an integer", required: true);
        int? value = valueNode is null ? null : ReadInt(valueNode, "value");
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
                    Report(DiagnosticDescriptors.WrongJsonType, At(item), "ontology", "a string", item.Describe());
                }
            }
        }

        var properties = new List<SeedNamedValue>();
        if (obj.Get("properties", SeedValueKind.Object, "an object") is JsonNode propertiesNode)
        {
            properties.AddRange(ReadNamedValues(propertiesNode, reserved: null));
        }

        bool deprecationOk = true;
        SeedDeprecation? deprecated = null;
        if (obj.Get("deprecated", SeedValueKind.Object, "an object with \"reason\" and optionally \"replacement\"") is JsonNode deprecatedNode)
        {
            deprecated = ReadDeprecation(deprecatedNode, what);
            deprecationOk = deprecated is not null;
        }

        return name is null || value is null || code is null || label is null || !deprecationOk
            ? null
            : new SeedMember(name, value.Value, At(valueNode!), code, label.Value, summary?.Value,
                ontology.ToEquatableArray(), source, properties.ToEquatableArray(), deprecated, At(node));
    }

    private SeedDeprecation? ReadDeprecation(JsonNode node, string owner)
    {
        var obj = new ObjectView(this, node, $"\"deprecated\" of {owner}", SeedFormat.DeprecationProperties);
        LocatedString? reason = obj.GetString("reason", required: true);
        LocatedString? replacement = obj.GetString("replacement");
        if (reason is not null && reason.Value.Trim().Length == 0)
        {
            Report(DiagnosticDescriptors.WrongValueType, reason.Location, "reason", "string", "empty", "why the term is deprecated");
            return null;
        }

        return reason is null ? null : new SeedDeprecation(reason with { Value = reason.Value.Trim() }, replacement);
    }

    private SeedRecord? ReadRecord(JsonNode node, int index)
    {
        if (!ExpectObject(node, $"record #{index + 1}"))
        {
            return null;
        }

        var obj = new ObjectView(this, node, $"record #{index + 1}", SeedFormat.RecordProperties);
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

    private SeedEntry? ReadEntry(JsonNode node, string record)
    {
        if (node.Kind != SeedValueKind.Object)
        {
            Report(DiagnosticDescriptors.WrongJsonType, At(node), $"an entry of '{record}'", "an object", node.Describe());
            return null;
        }

        LocatedString? source = null;
        SeedDeprecation? deprecated = null;
        foreach (JsonProperty property in node.Properties)
        {
            if (property.Name == SeedFormat.EntrySource)
            {
                if (property.Value.Kind == SeedValueKind.String)
                {
                    source = new LocatedString(property.Value.Text, At(property.Value));
                }
                else
                {
                    Report(DiagnosticDescriptors.WrongJsonType, At(property.Value), SeedFormat.EntrySource, "a string", property.Value.Describe());
                }
            }
            else if (property.Name == SeedFormat.EntryDeprecated)
            {
                if (property.Value.Kind == SeedValueKind.Object)
                {
                    // A bad "deprecated" is reported here; the entry is still read so its other problems show too.
                    deprecated = ReadDeprecation(property.Value, $"an entry of '{record}'");
                }
                else
                {
                    Report(DiagnosticDescriptors.WrongJsonType, At(property.Value), SeedFormat.EntryDeprecated,
                        "an object with \"reason\" and optionally \"replacement\"", property.Value.Describe());
                }
            }
        }

        return new SeedEntry(ReadNamedValues(node, SeedFormat.EntryProperties), source, deprecated, At(node));
    }

    private EquatableArray<SeedNamedValue> ReadNamedValues(JsonNode obj, string[]? reserved)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var values = new List<SeedNamedValue>(obj.Properties.Count);
        foreach (JsonProperty property in obj.Properties)
        {
            if (!seen.Add(property.Name))
            {
                Report(DiagnosticDescriptors.DuplicateJsonProperty, AtName(property), property.Name);
                continue;
            }

            if (reserved is null || Array.IndexOf(reserved, property.Name) < 0)
            {
                values.Add(new SeedNamedValue(new LocatedString(property.Name, AtName(property)), ToSeedValue(property.Value)));
            }
        }

        return values.ToEquatableArray();
    }

    private SeedValue ToSeedValue(JsonNode node)
    {
        EquatableArray<SeedValue> items = EquatableArray<SeedValue>.Empty;
        if (node.Kind == SeedValueKind.Array)
        {
            var list = new SeedValue[node.Items.Count];
            for (int i = 0; i < list.Length; i++)
            {
                list[i] = ToSeedValue(node.Items[i]);
            }

            items = new EquatableArray<SeedValue>(list);
        }

        return new SeedValue(node.Kind, node.Text, items, At(node));
    }

    private int? ReadInt(JsonNode node, string name)
    {
        if (int.TryParse(node.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int value))
        {
            return value;
        }

        Report(DiagnosticDescriptors.WrongJsonType, At(node), name, "an integer from -2147483648 to 2147483647", node.Text);
        return null;
    }

    private bool ExpectObject(JsonNode node, string what)
    {
        if (node.Kind == SeedValueKind.Object)
        {
            return true;
        }

        Report(DiagnosticDescriptors.WrongJsonType, At(node), what, "an object", node.Describe());
        return false;
    }

    private SeedLocation At(JsonNode node) => _map.Locate(node.Start, node.End);

    private SeedLocation AtName(JsonProperty property) => _map.Locate(property.NameStart, property.NameEnd);

    /// <summary>Only the opening brace: a whole object would underline half the file.</summary>
    private SeedLocation AtStart(JsonNode node) => _map.Locate(node.Start, node.Start + 1);

    private void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, SeedLocation location, params object[] args)
        => _diagnostics.Add(DiagnosticInfo.Create(descriptor, location, args));

    /// <summary>The properties of one JSON object, checked against the names its place in the format allows.</summary>
    private sealed class ObjectView
    {
        private readonly SeedParser _parser;
        private readonly JsonNode _node;
        private readonly Dictionary<string, JsonProperty> _properties = new(StringComparer.Ordinal);

        public ObjectView(SeedParser parser, JsonNode node, string what, string[] known)
        {
            _parser = parser;
            _node = node;
            What = what;
            foreach (JsonProperty property in node.Properties)
            {
                if (_properties.ContainsKey(property.Name))
                {
                    parser.Report(DiagnosticDescriptors.DuplicateJsonProperty, parser.AtName(property), property.Name);
                }
                else if (Array.IndexOf(known, property.Name) < 0)
                {
                    string? nearest = NameMatcher.Nearest(property.Name, known);
                    parser.Report(DiagnosticDescriptors.UnknownProperty, parser.AtName(property), property.Name, what,
                        nearest is null ? string.Empty : $"; did you mean '{nearest}'?");
                }
                else
                {
                    _properties.Add(property.Name, property);
                }
            }
        }

        /// <summary>Used in messages; set once the object's name is known.</summary>
        public string What { get; set; }

        public bool Has(string name) => _properties.ContainsKey(name);

        public void ReportMissing(string name)
            => _parser.Report(DiagnosticDescriptors.MissingRequiredProperty, _parser.AtStart(_node), Capitalize(What), name);

        public JsonNode? Get(string name, SeedValueKind kind, string expected, bool required = false)
        {
            if (!_properties.TryGetValue(name, out JsonProperty? property))
            {
                if (required)
                {
                    ReportMissing(name);
                }

                return null;
            }

            if (property.Value.Kind != kind)
            {
                _parser.Report(DiagnosticDescriptors.WrongJsonType, _parser.At(property.Value), name, expected, property.Value.Describe());
                return null;
            }

            return property.Value;
        }

        public LocatedString? GetString(string name, bool required = false)
            => Get(name, SeedValueKind.String, "a string", required) is JsonNode node
                ? new LocatedString(node.Text, _parser.At(node))
                : null;

        private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);
    }
}
