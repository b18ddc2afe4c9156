namespace GeneTherapy.Domain.Generators.Model;

// The Seed* layer mirrors a seed file as written, with the location of every value the binder may
// need to point at. Nothing here is checked beyond JSON shape: names, references and types are the
// binder's job, because they can span files.

/// <summary>How a seed file takes part in generation.</summary>
internal enum SeedKind
{
    /// <summary>The file's types are generated into this compilation.</summary>
    Own = 0,

    /// <summary>The file is validated and can be referenced, but its types live in a referenced assembly.</summary>
    Reference = 1,
}

/// <summary>A string from a seed file and where it was written.</summary>
internal sealed record LocatedString(string Value, SeedLocation Location);

/// <summary>A JSON value kept raw until the binder knows which type it should have.</summary>
internal enum SeedValueKind
{
    String,
    Number,
    True,
    False,
    Null,
    Array,
    Object,
}

// Values and named values are structs: an entry holds them inline in its array instead of as two objects each (a
// 10,000-entry corpus has 60,000 of them).
internal readonly record struct SeedValue(SeedValueKind Kind, string Text, EquatableArray<SeedValue> Items, SeedLocation Location);

/// <summary>
/// A property of an entry or a member: its name and where the name is written, then its value. The name is a string and
/// a location rather than a <see cref="LocatedString"/>, which would be an object per property of every entry (2.4 MB of
/// a 10,000-entry run); <see cref="LocatedName"/> makes one for a diagnostic.
/// </summary>
internal readonly record struct SeedNamedValue(string Name, SeedLocation NameLocation, SeedValue Value)
{
    public LocatedString LocatedName => new(Name, NameLocation);
}

/// <param name="Canonical">The canonical base URL of the file's FHIR code systems (<c>{base}/CodeSystem/{enum}</c>), when given.</param>
/// <param name="Version">The version of the file's code systems, when given.</param>
internal sealed record SeedDocument(
    string Path,
    SeedKind Kind,
    LocatedString Namespace,
    EquatableArray<SeedSource> Sources,
    EquatableArray<SeedEnum> Enums,
    EquatableArray<SeedRecord> Records,
    EquatableArray<SeedEntryGroup> EntryGroups,
    LocatedString? Canonical = null,
    LocatedString? Version = null);

internal sealed record SeedSource(
    LocatedString Id,
    string Title,
    string? Publisher,
    LocatedString? Url,
    string? Doi,
    string? Summary,
    LocatedString? Kind = null);

internal sealed record SeedField(LocatedString Name, LocatedString Type, string? Summary);

/// <param name="Canonical">The full canonical URL of the enum's code system, overriding the document's base, when given.</param>
/// <param name="Version">The version of the enum's code system, overriding the document's, when given.</param>
internal sealed record SeedEnum(
    LocatedString Name,
    string? Summary,
    LocatedString? Source,
    EquatableArray<SeedField> Properties,
    EquatableArray<SeedMember> Members,
    LocatedString? Canonical = null,
    LocatedString? Version = null);

internal sealed record SeedMember(
    LocatedString Name,
    int Value,
    SeedLocation ValueLocation,
    LocatedString Code,
    string Label,
    string? Summary,
    EquatableArray<string> Ontology,
    LocatedString? Source,
    EquatableArray<SeedNamedValue> Properties,
    SeedDeprecation? Deprecated,
    SeedLocation Location);

internal sealed record SeedRecord(
    LocatedString Name,
    LocatedString? Catalog,
    LocatedString? Key,
    string? Summary,
    LocatedString? Source,
    EquatableArray<SeedField> Fields);

internal sealed record SeedEntryGroup(LocatedString Record, EquatableArray<SeedEntry> Entries);

internal sealed record SeedEntry(EquatableArray<SeedNamedValue> Values, LocatedString? Source, SeedDeprecation? Deprecated, SeedLocation Location);

/// <summary>A member or entry retired in the seed files: why (trimmed), and (optionally) the code or key that replaces it.</summary>
internal sealed record SeedDeprecation(LocatedString Reason, LocatedString? Replacement);

/// <summary>What parsing one file produced: a document (null when the JSON itself is unusable) and diagnostics.</summary>
internal sealed record ParseResult(SeedDocument? Document, EquatableArray<DiagnosticInfo> Diagnostics);
