namespace GeneTherapy.Domain.Generators.Model;

// The *Spec layer is what emitters need and nothing more: no locations, so moving text around in a
// seed file stops the pipeline at the binder and re-emits nothing.

internal enum SeedTypeKind
{
    String,
    Int,
    Bool,
    Date,
    Uri,
    Enum,
    Record,
}

/// <summary>A field or property type: a scalar, an enum or a record, optionally a list, optionally nullable.</summary>
/// <param name="FullName">For enums and records the namespace-qualified type name, otherwise empty.</param>
/// <param name="CatalogFullName">For records, the namespace-qualified catalog class that holds its entries.</param>
internal sealed record TypeRef(SeedTypeKind Kind, string FullName, bool IsList, bool IsOptional, string CatalogFullName = "")
{
    public bool IsValueType => !IsList && Kind is SeedTypeKind.Int or SeedTypeKind.Bool or SeedTypeKind.Date or SeedTypeKind.Enum;

    /// <summary>The type of one element: the type itself when it is neither a list nor optional (no copy per value bound).</summary>
    public TypeRef ElementType => IsList || IsOptional ? this with { IsList = false, IsOptional = false } : this;
}

/// <summary>The kinds of value a seed can hold once its type is known.</summary>
internal enum ValueKind
{
    Null,
    String,
    Int,
    Bool,
    Date,
    Uri,
    EnumMember,
    RecordEntry,
    List,
}

/// <summary>
/// A typed value. <paramref name="Text"/> holds the string, the invariant number, <c>true</c>/<c>false</c>,
/// the ISO date, the URI, the member name (for enums) or the entry's property name (for records).
/// </summary>
/// <param name="Date">For <see cref="ValueKind.Date"/>, the date itself, so no later step parses the text again.</param>
internal sealed record ValueSpec(ValueKind Kind, string Text, TypeRef Type, EquatableArray<ValueSpec> Items, DateSpec Date = default);

/// <summary>A calendar date a seed value names; the binder has checked that it exists.</summary>
internal readonly record struct DateSpec(int Year, int Month, int Day);

/// <summary>A reference to a source: the namespace whose <c>Sources</c> class holds it, and its property name.</summary>
internal sealed record SourceRef(string Namespace, string PropertyName, string Title);

internal sealed record PropertySpec(string Name, TypeRef Type, string? Summary);

internal sealed record MemberSpec(
    string Name,
    int Value,
    string Code,
    string Label,
    string? Summary,
    EquatableArray<string> Ontology,
    SourceRef? Source,
    EquatableArray<ValueSpec> PropertyValues,
    DeprecationSpec? Deprecation = null);

/// <summary>
/// Why a member or entry is deprecated and what replaces it: the replacement's C# name (member name or catalog
/// property) and its code or key, both null when the seed names no replacement.
/// </summary>
internal sealed record DeprecationSpec(string Reason, string? ReplacementName, string? ReplacementCode);

internal abstract record OutputSpec(string Namespace, string Name, string HintName);

/// <summary>
/// The JSON converter of an enum, with only what it reads: editing a label or summary changes the enum's
/// <see cref="EnumSpec"/> but not this, so the converter's file is not rewritten.
/// </summary>
/// <param name="Members">Each member's C# name and wire code, in declaration order.</param>
internal sealed record EnumConverterSpec(string Namespace, string Name, string HintName, EquatableArray<ConverterMemberSpec> Members)
    : OutputSpec(Namespace, Name, HintName);

/// <param name="Value">The member's numeric value: the converter indexes its encoded codes by value where values are dense.</param>
internal sealed record ConverterMemberSpec(string Name, string Code, int Value);

/// <param name="CodeSystemUrl">The canonical URL of the enum's FHIR code system, when the seeds give one.</param>
/// <param name="CodeSystemVersion">The version of that code system, when the seeds give one.</param>
internal sealed record EnumSpec(
    string Namespace,
    string Name,
    string HintName,
    string? Summary,
    SourceRef? Source,
    EquatableArray<PropertySpec> Properties,
    EquatableArray<MemberSpec> Members,
    string? CodeSystemUrl = null,
    string? CodeSystemVersion = null)
    : OutputSpec(Namespace, Name, HintName);

/// <summary>
/// The code table of an enum, derived from its <see cref="EnumSpec"/> in the pipeline with only what the table's file
/// reads: terms are the extensions class's cached <c>TermInfo</c> array, so editing a label or summary leaves this
/// spec, and the table's file, unchanged.
/// </summary>
/// <param name="MemberNames">The members in the order of the extensions class's <c>s_terms</c> array (value order).</param>
/// <param name="MaxCodeLength">The length of the longest code.</param>
/// <param name="CodeSystemUrl">The canonical URL of the enum's FHIR code system, when the seeds give one.</param>
/// <param name="CodeSystemVersion">The version of that code system, when the seeds give one.</param>
/// <param name="FirstValue">The first member's value when the values are consecutive (<c>IndexOf</c> subtracts it), else <c>null</c>.</param>
internal sealed record CodeTableSpec(
    string Namespace,
    string Name,
    string HintName,
    string? Summary,
    SourceRef? Source,
    int MaxCodeLength,
    EquatableArray<string> MemberNames,
    string? CodeSystemUrl = null,
    string? CodeSystemVersion = null,
    int? FirstValue = null)
    : OutputSpec(Namespace, Name, HintName);

internal sealed record FieldSpec(string Name, string ParameterName, TypeRef Type, string? Summary);

internal sealed record RecordSpec(
    string Namespace,
    string Name,
    string HintName,
    string? Summary,
    SourceRef? Source,
    EquatableArray<FieldSpec> Fields)
    : OutputSpec(Namespace, Name, HintName);

internal sealed record EntrySpec(string PropertyName, string Key, SourceRef? Source, EquatableArray<ValueSpec> Values, DeprecationSpec? Deprecation = null);

/// <param name="Entries">In the order the seed files declare them (the order of <c>All</c>).</param>
/// <param name="InitializationOrder">Indexes into <paramref name="Entries"/>: an entry that refers to another entry of the same catalog comes after it.</param>
internal sealed record CatalogSpec(
    string Namespace,
    string Name,
    string HintName,
    string RecordName,
    string? RecordSummary,
    EquatableArray<FieldSpec> Fields,
    EquatableArray<EntrySpec> Entries,
    EquatableArray<int> InitializationOrder,
    bool AnnotateTryGet)
    : OutputSpec(Namespace, Name, HintName);

/// <summary>What the index part of a split catalog knows of an entry: its property, key and deprecation, not its values.</summary>
internal sealed record CatalogKeySpec(string PropertyName, string Key, DeprecationSpec? Deprecation);

/// <summary>
/// The index part of a catalog whose entries come from more than one seed file: <c>All</c>, <c>TryGet</c> and
/// <c>IsDeprecated</c>, filled by a static constructor, which runs after the initialisers of every part. Editing an
/// entry's values in one seed file changes only that file's <see cref="CatalogPartSpec"/>, not this.
/// </summary>
/// <param name="Keys">Every entry, in the order the seed files declare them (the order of <c>All</c>).</param>
/// <param name="Constructed">
/// The entries that refer to other entries of the same catalog, in initialisation order: the static constructor builds
/// them, because the parts' initialisers run in no defined order.
/// </param>
internal sealed record CatalogIndexSpec(
    string Namespace,
    string Name,
    string HintName,
    string RecordName,
    EquatableArray<CatalogKeySpec> Keys,
    EquatableArray<EntrySpec> Constructed,
    bool AnnotateTryGet)
    : OutputSpec(Namespace, Name, HintName);

/// <summary>The entries one seed file gives a split catalog (those that refer to no entry of the same catalog).</summary>
internal sealed record CatalogPartSpec(string Namespace, string Name, string HintName, string RecordName, EquatableArray<EntrySpec> Entries)
    : OutputSpec(Namespace, Name, HintName);

/// <param name="Kind">The member of the runtime enum <c>SourceKind</c>, or null when the seed grades no kind.</param>
internal sealed record SourceSpec(string Id, string PropertyName, string Title, string? Publisher, string? Url, string? Doi, string? Summary, string? Kind = null);

/// <param name="AnnotateTryGet">Whether <c>[NotNullWhen(true)]</c> is accessible, so <c>TryGet</c> can carry it.</param>
internal sealed record SourcesSpec(string Namespace, string Name, string HintName, EquatableArray<SourceSpec> Sources, bool AnnotateTryGet)
    : OutputSpec(Namespace, Name, HintName);

/// <summary>What binding all documents produced.</summary>
internal sealed record BindResult(EquatableArray<OutputSpec> Outputs, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>Facts about the compilation the generated code must compile in, reduced to equatable values.</summary>
/// <param name="MissingRuntimeType">
/// The full name of the first runtime type generated code needs that the compilation lacks (<c>Source</c>,
/// <c>TermInfo&lt;TEnum&gt;</c>, <c>UndefinedValue</c>), or <c>null</c> when it has them all.
/// </param>
/// <param name="HasNotNullWhen">
/// Whether <c>System.Diagnostics.CodeAnalysis.NotNullWhenAttribute</c> is accessible: always on .NET Core 3.0+, and on
/// netstandard2.0 when the project has a polyfill of its own. Without it, <c>TryGet</c> is emitted unannotated.
/// </param>
/// <param name="HasModuleInitializer">
/// Whether <c>System.Runtime.CompilerServices.ModuleInitializerAttribute</c> is accessible (.NET 5+). Without it
/// (netstandard2.0) the generator adds an internal copy, which the C# compiler recognizes by name, so code tables can
/// register themselves.
/// </param>
internal sealed record CompilationFacts(int LanguageVersion, string LanguageVersionText, string? MissingRuntimeType, bool HasNotNullWhen, bool HasModuleInitializer = true);
