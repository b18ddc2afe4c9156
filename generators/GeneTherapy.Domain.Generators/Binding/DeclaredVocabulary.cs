using System;
using System.Collections.Generic;
using GeneTherapy.Domain.Generators.Model;

namespace GeneTherapy.Domain.Generators.Binding;

/// <summary>
/// The declarations of all documents, as the per-file entry binding reads them: the symbol table, the record shapes,
/// the collected entries; compared by their <see cref="Summary"/> alone.
/// </summary>
/// <remarks>
/// Equal summaries mean equal facts, not equal objects: when the pipeline finds this value unchanged it may hand a later
/// step the instance of an earlier run, whose documents are older texts of the same declarations. So the per-file step
/// reads only what the summary holds from it (names, codes, keys, types, deprecations, paths), and takes the entries it
/// binds, with their values and locations, from its own document (<see cref="FileBinder"/>).
/// </remarks>
internal sealed class DeclaredVocabulary : IEquatable<DeclaredVocabulary>
{
    private static readonly IReadOnlyList<AcceptedEntry> s_none = Array.Empty<AcceptedEntry>();
    private readonly IReadOnlyDictionary<string, List<AcceptedEntry>> _entriesByPath;

    public DeclaredVocabulary(DeclarationSummary summary, SymbolTable symbols, IReadOnlyDictionary<RecordDecl, RecordShape> shapes,
        IReadOnlyDictionary<RecordDecl, EntryIndex> catalogs, IReadOnlyDictionary<string, List<AcceptedEntry>> entriesByPath)
    {
        Summary = summary;
        Symbols = symbols;
        Shapes = shapes;
        Catalogs = catalogs;
        _entriesByPath = entriesByPath;
    }

    public DeclarationSummary Summary { get; }

    public SymbolTable Symbols { get; }

    public IReadOnlyDictionary<RecordDecl, RecordShape> Shapes { get; }

    public IReadOnlyDictionary<RecordDecl, EntryIndex> Catalogs { get; }

    /// <summary>The entries the collector kept from the document at <paramref name="path"/>, in document order.</summary>
    public IReadOnlyList<AcceptedEntry> EntriesOf(string path) => _entriesByPath.TryGetValue(path, out List<AcceptedEntry>? entries) ? entries : s_none;

    public bool Equals(DeclaredVocabulary? other) => other is not null && (ReferenceEquals(this, other) || Summary.Equals(other.Summary));

    public override bool Equals(object? obj) => Equals(obj as DeclaredVocabulary);

    public override int GetHashCode() => Summary.GetHashCode();
}

/// <summary>What the declaration step produced: the declarations (compared by summary) and the diagnostics it reported.</summary>
internal sealed record DeclarationResult(DeclaredVocabulary Vocabulary, EquatableArray<DiagnosticInfo> Diagnostics);
