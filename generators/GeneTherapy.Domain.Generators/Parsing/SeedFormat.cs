namespace GeneTherapy.Domain.Generators.Parsing;

/// <summary>
/// The property names each object of seed format 1 may have. The parser warns (GTD0005) about any other,
/// and the JSON Schema under <c>seeds/schema/</c> lists exactly these; a test holds the two together.
/// </summary>
internal static class SeedFormat
{
    public const int Version = 1;

    public static readonly string[] DocumentProperties = { "$schema", "seedFormat", "namespace", "canonical", "version", "sources", "enums", "records", "entries" };

    public static readonly string[] SourceProperties = { "id", "title", "publisher", "url", "doi", "summary", "kind" };

    public static readonly string[] EnumProperties = { "name", "summary", "source", "canonical", "version", "properties", "members" };

    /// <summary>A typed property of an enum or a field of a record.</summary>
    public static readonly string[] FieldProperties = { "name", "type", "summary" };

    public static readonly string[] MemberProperties = { "name", "value", "code", "label", "summary", "ontology", "source", "properties", "deprecated" };

    public static readonly string[] RecordProperties = { "name", "catalog", "key", "summary", "source", "fields" };

    public static readonly string[] DeprecationProperties = { "reason", "replacement" };

    /// <summary>The entry property that cites a source; every other property of an entry is one of its record's fields.</summary>
    public const string EntrySource = "source";

    /// <summary>The entry property that retires the entry.</summary>
    public const string EntryDeprecated = "deprecated";

    /// <summary>The properties an entry has besides its record's fields; no field may take these names.</summary>
    public static readonly string[] EntryProperties = { EntrySource, EntryDeprecated };
}
