using GeneTherapy.Domain.Generators.Model;

namespace GeneTherapy.Domain.Generators.Baseline;

// The baseline check compares what the seeds hold now with what has shipped. Both sides are plain data with
// locations (no AdditionalText, no SourceText), so an unchanged seed or baseline stops the pipeline early.

/// <summary>One line of a baseline file: a namespace, an enum member or a catalog key.</summary>
internal enum BaselineTermKind
{
    Namespace,
    Member,
    Key,
}

/// <summary>
/// A shipped term. <see cref="Scope"/> is the full name of the enum or catalog (empty for a namespace line);
/// <see cref="Name"/> the member name or the key (the namespace for a namespace line); <see cref="Code"/> and
/// <see cref="Value"/> are a member's only.
/// </summary>
internal sealed record BaselineTerm(BaselineTermKind Kind, string Scope, string Name, int Value, string Code, SeedLocation Line);

/// <summary>A parsed baseline file: its terms in file order and the lines it could not read.</summary>
internal sealed record BaselineDocument(string Path, EquatableArray<BaselineTerm> Terms, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>An enum member as a seed declares it, with the tokens a diagnostic points at.</summary>
internal sealed record CurrentMember(
    string Enum,
    LocatedString Name,
    int Value,
    SeedLocation ValueLocation,
    LocatedString Code,
    bool IsDeprecated);

/// <summary>A record with a catalog: its full catalog name and the field that holds the key.</summary>
internal sealed record CatalogDeclaration(string Record, string Catalog, string KeyField);

/// <summary>A string value of an entry (a key candidate), under the record the entry group names and its property name.</summary>
internal sealed record CurrentKey(string Record, string Field, LocatedString Key);

/// <summary>
/// What one seed file contributes to the shipped vocabulary. <see cref="IsComplete"/> is false when the file could
/// not be parsed without errors: then terms may be missing, and the check does not call them removed.
/// <see cref="IsOwn"/> is false for reference seeds (a package's built-ins), which another baseline guards.
/// </summary>
internal sealed record SeedTerms(
    string Path,
    bool IsComplete,
    bool IsOwn,
    EquatableArray<string> Namespaces,
    EquatableArray<CurrentMember> Members,
    EquatableArray<CatalogDeclaration> Catalogs,
    EquatableArray<CurrentKey> Keys)
{
    /// <summary>Every file's terms while no baseline is checked (none is given and its text is not asked for).</summary>
    public static SeedTerms NotRead { get; } = new(string.Empty, false, false, default, default, default, default);
}

/// <summary>What the check produces: diagnostics, and the baseline text when the project asked for it.</summary>
internal sealed record BaselineResult(EquatableArray<DiagnosticInfo> Diagnostics, string? Text);
