namespace GeneTherapy.Domain.Generators.Model;

// What the binding steps hand each other in the pipeline. Binding runs in three steps: the declarations of all
// documents, then the entries of each document on its own, then the catalogs and the emission plan. The first step's
// result is compared by DeclarationSummary, which holds no location and no entry value, so an edit to one file's entry
// values leaves it unchanged and only that file's entries are bound again.

/// <summary>A dependency between two documents: <paramref name="From"/> uses something <paramref name="To"/> declares.</summary>
internal readonly record struct PathDependency(string From, string To);

/// <summary>An enum, converter or record spec, with the document that declares it (it is emitted only when that document is).</summary>
internal sealed record DeclaredOutput(string Path, OutputSpec Spec);

/// <summary>A source as references resolve it: its id, C# property (null when it has none), namespace, title and document.</summary>
/// <param name="Spec">What its <c>Sources</c> class emits; null when the source is not emitted there (no property, or a clash).</param>
internal sealed record DeclaredSource(string Id, string? PropertyName, string Namespace, string Path, string Title, SourceSpec? Spec);

/// <summary>A member as values refer to it: by code, with its deprecation as written.</summary>
internal sealed record DeclaredMember(string Name, string Code, string? DeprecationReason, string? Replacement);

internal sealed record DeclaredEnum(string FullName, string Path, EquatableArray<DeclaredMember> Members);

/// <summary>A record as its entries are bound: its fields (resolved, with their types as written), key, source and document.</summary>
/// <param name="DeclaresKey">Whether the seed names a key field.</param>
/// <param name="HasKey">Whether that key field resolved: only then does the record get a catalog.</param>
/// <param name="DeclaredNames">Every field name the seed writes, resolved or not, in seed order.</param>
internal sealed record DeclaredRecord(
    string Namespace,
    string Name,
    string CatalogName,
    string Path,
    string? Summary,
    bool DeclaresKey,
    bool HasKey,
    bool AllResolved,
    SourceRef? Source,
    EquatableArray<FieldSpec> Fields,
    EquatableArray<string> WrittenTypes,
    EquatableArray<string> DeclaredNames)
{
    public string FullName => Namespace + "." + Name;
}

/// <summary>A record as its entries' keys are read: its name, key field (null when it declares none) and catalog class.</summary>
internal sealed record RecordKey(string Name, string? KeyField, string CatalogName);

/// <summary>
/// The key of one entry as its document gives it: the position in its group, the key and the catalog property it
/// becomes (both null when the key value is not a string, which binding reports), and its deprecation as written.
/// </summary>
internal sealed record EntryKey(int Position, string? Key, string? PropertyName, string? DeprecationReason, string? Replacement);

/// <summary>The keys of one entry group of a document: the group's index and the record it names.</summary>
/// <param name="Entries">The entries whose key passed the document's own checks (present, a usable property name).</param>
internal sealed record KeyGroup(int Group, string Record, EquatableArray<EntryKey> Entries);

/// <summary>What reading one document's entry keys produced: the pipeline's per-file step before the declarations.</summary>
/// <param name="Diagnostics">Problems with the keys themselves, each in this document (a missing key, an unusable name).</param>
internal sealed record FileKeys(string Path, EquatableArray<KeyGroup> Groups, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>An entry by place: its document, group and position in the group.</summary>
internal readonly record struct EntryPlace(string Path, int Group, int Position);

/// <summary>One document's entry keys as the summary holds them (the same array its <see cref="FileKeys"/> has).</summary>
internal sealed record DeclaredKeys(string Path, EquatableArray<KeyGroup> Groups);

/// <summary>
/// Everything the later binding steps read from the declarations, without locations: two runs whose summaries are equal
/// bind every unchanged document's entries to the same result.
/// </summary>
/// <param name="OwnPaths">The documents of kind <see cref="SeedKind.Own"/>, by path.</param>
/// <param name="FailedPaths">The documents the declaration phases marked failed, by path.</param>
/// <param name="Keys">Every document's entry keys, by path.</param>
/// <param name="Duplicates">The entries left out because an earlier entry has their key or property name.</param>
internal sealed record DeclarationSummary(
    bool SomeFileUnreadable,
    EquatableArray<string> OwnPaths,
    EquatableArray<string> FailedPaths,
    EquatableArray<PathDependency> Dependencies,
    EquatableArray<DeclaredOutput> Outputs,
    EquatableArray<DeclaredSource> Sources,
    EquatableArray<DeclaredEnum> Enums,
    EquatableArray<DeclaredRecord> Records,
    EquatableArray<DeclaredKeys> Keys,
    EquatableArray<EntryPlace> Duplicates);

/// <summary>One entry of a document once its values are bound.</summary>
/// <param name="Spec">Null when the entry (or its record) has an error: it is not emitted.</param>
/// <param name="OwnCatalogReferences">The keys of the entries of its own catalog that its values refer to.</param>
/// <param name="Start">Where the entry starts; kept only when it refers to its own catalog, for GTD0035.</param>
internal sealed record FileEntry(string RecordFullName, string? Key, EntrySpec? Spec, EquatableArray<string> OwnCatalogReferences, SeedLocation? Start);

/// <summary>What binding one document's entries produced.</summary>
/// <param name="Failed">Whether an entry of the document has an error (the document then emits nothing).</param>
/// <param name="DependsOn">The other documents its entries use (types, sources, entries).</param>
/// <param name="Entries">Its kept entries, in document order.</param>
internal sealed record FileBinding(string Path, bool Failed, EquatableArray<string> DependsOn, EquatableArray<DiagnosticInfo> Diagnostics, EquatableArray<FileEntry> Entries);
