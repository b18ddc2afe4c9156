using System.Collections.Generic;
using GeneTherapy.Domain.Generators.Diagnostics;
using GeneTherapy.Domain.Generators.Model;

namespace GeneTherapy.Domain.Generators.Parsing;

/// <summary>Reads a document's enums with their members, and the typed fields that enums (as properties) and records declare.</summary>
internal sealed class EnumReader
{
    private static readonly PropertyNames s_enum = new(SeedFormat.EnumProperties);
    private static readonly PropertyNames s_field = new(SeedFormat.FieldProperties);
    private static readonly PropertyNames s_member = new(SeedFormat.MemberProperties);

    private readonly ParseContext _context;

    public EnumReader(ParseContext context) => _context = context;

    public SeedEnum? ReadEnum(ref JsonCursor cursor, int index)
    {
        if (!_context.ExpectObject(ref cursor, $"enum #{index + 1}"))
        {
            return null;
        }

        var obj = new ObjectFields(_context, ref cursor, $"enum #{index + 1}", s_enum);
        LocatedString? name = obj.GetString("name", required: true);
        string what = name is null ? $"enum #{index + 1}" : $"enum '{name.Value}'";
        obj.What = what;
        LocatedString? summary = obj.GetString("summary");
        LocatedString? source = obj.GetString("source");
        LocatedString? canonical = obj.GetString("canonical");
        LocatedString? version = obj.GetString("version");
        EquatableArray<SeedField> properties = SeedParser.ReadArray(_context, obj, "properties", (ref JsonCursor c, int i) => ReadField(ref c, $"property #{i + 1} of {what}"));
        JsonSlot? membersSlot = obj.Get("members", SeedValueKind.Array, "an array", required: true);
        EquatableArray<SeedMember> members = membersSlot is JsonSlot array
            ? SeedParser.ReadItems(_context, array, (ref JsonCursor c, int i) => ReadMember(ref c, $"member #{i + 1} of {what}"))
            : EquatableArray<SeedMember>.Empty;

        return name is null || membersSlot is null
            ? null
            : new SeedEnum(name, summary?.Value, source, properties, members, canonical, version);
    }

    public SeedField? ReadField(ref JsonCursor cursor, string what)
    {
        if (!_context.ExpectObject(ref cursor, what))
        {
            return null;
        }

        var obj = new ObjectFields(_context, ref cursor, what, s_field);
        LocatedString? name = obj.GetString("name", required: true);
        LocatedString? type = obj.GetString("type", required: true);
        LocatedString? summary = obj.GetString("summary");
        return name is null || type is null ? null : new SeedField(name, type, summary?.Value);
    }

    private SeedMember? ReadMember(ref JsonCursor cursor, string what)
    {
        if (!_context.ExpectObject(ref cursor, what))
        {
            return null;
        }

        var obj = new ObjectFields(_context, ref cursor, what, s_member);
        LocatedString? name = obj.GetString("name", required: true);
        JsonSlot? valueSlot = obj.Get("value", SeedValueKind.Number, "an integer", required: true);
        int? value = valueSlot is JsonSlot number ? _context.ReadInt(number, "value") : null;
        LocatedString? code = obj.GetString("code", required: true);
        LocatedString? label = obj.GetString("label", required: true);
        LocatedString? summary = obj.GetString("summary");
        LocatedString? source = obj.GetString("source");
        EquatableArray<string> ontology = ReadOntology(obj);
        EquatableArray<SeedNamedValue> properties = EquatableArray<SeedNamedValue>.Empty;
        if (obj.Get("properties", SeedValueKind.Object, "an object") is JsonSlot propertiesSlot)
        {
            JsonCursor values = _context.Open(propertiesSlot.Start);
            properties = ValueReader.ReadNamedValues(_context, ref values);
        }

        bool deprecationOk = true;
        SeedDeprecation? deprecated = null;
        if (obj.Get("deprecated", SeedValueKind.Object, "an object with \"reason\" and optionally \"replacement\"") is JsonSlot deprecatedSlot)
        {
            JsonCursor deprecation = _context.Open(deprecatedSlot.Start);
            deprecated = ValueReader.ReadDeprecation(_context, ref deprecation, what);
            deprecationOk = deprecated is not null;
        }

        return name is null || value is null || code is null || label is null || !deprecationOk
            ? null
            : new SeedMember(name, value.Value, _context.At(valueSlot!.Value), code, label.Value, summary?.Value,
                ontology, source, properties, deprecated, obj.Location);
    }

    private EquatableArray<string> ReadOntology(ObjectFields member)
    {
        if (member.Get("ontology", SeedValueKind.Array, "an array of strings") is not JsonSlot array)
        {
            return EquatableArray<string>.Empty;
        }

        var ontology = new List<string>();
        JsonCursor cursor = _context.Open(array.Start);
        while (cursor.NextItem())
        {
            SeedValueKind kind = cursor.Kind;
            int start = cursor.TokenStart;
            if (kind == SeedValueKind.String)
            {
                ontology.Add(cursor.GetString());
                cursor.SkipValue();
            }
            else
            {
                _context.Report(DiagnosticDescriptors.WrongJsonType, _context.At(start, cursor.SkipValue()), "ontology", "a string", JsonCursor.Describe(kind));
            }
        }

        return ontology.ToEquatableArray();
    }
}
