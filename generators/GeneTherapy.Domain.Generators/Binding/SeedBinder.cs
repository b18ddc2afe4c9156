using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using GeneTherapy.Domain.Generators.Collections;
using GeneTherapy.Domain.Generators.Model;

namespace GeneTherapy.Domain.Generators.Binding;

/// <summary>
/// Binds all parsed seed documents together: checks names, duplicates, references and value types across files,
/// and turns the documents that are free of errors into output specs. This class only runs the phases in order, in
/// three pipeline steps: <see cref="Declare"/> over all documents, <see cref="FileBinder"/> for each document's
/// entries, and <see cref="Complete"/>, which orders the catalogs and plans what is emitted.
/// </summary>
/// <remarks>
/// A document with an error generates nothing, and neither does a document that uses something declared in it
/// (a type, a source, an entry): the rest still generates, so one bad file never costs the output of unrelated
/// files, and never leaves generated code that fails to compile. Each phase marks the documents it finds at fault
/// on the <see cref="BindingContext"/>; the <see cref="EmissionPlanner"/> reads only those marks.
/// </remarks>
internal static class SeedBinder
{
    /// <summary>All three steps at once, as the pipeline runs them on a first run.</summary>
    public static BindResult BindVocabulary(ImmutableArray<ParseResult> results, CompilationFacts facts, CancellationToken cancellationToken)
    {
        EquatableArray<RecordKey> records = EntryKeyReader.ReadRecordKeys(results, cancellationToken);
        ImmutableArray<FileKeys> keys = results
            .Where(r => r.Document is not null)
            .Select(r => EntryKeyReader.Read(r.Document!, records, cancellationToken))
            .ToImmutableArray();
        DeclarationResult declared = Declare(results, keys, cancellationToken);
        ImmutableArray<FileBinding> files = results
            .Where(r => r.Document is not null)
            .Select(r => FileBinder.Bind(r.Document!, declared.Vocabulary, cancellationToken))
            .ToImmutableArray();
        return Complete(files, declared, facts, cancellationToken);
    }

    /// <summary>Declares every source and type, resolves them, collects the entries by key and binds the enums.</summary>
    /// <param name="keys">Each document's entry keys, read per file by <see cref="EntryKeyReader"/>.</param>
    public static DeclarationResult Declare(ImmutableArray<ParseResult> results, ImmutableArray<FileKeys> keys, CancellationToken cancellationToken)
    {
        List<SeedDocument> documents = DocumentsByPath(results);
        var context = new BindingContext(results.Any(r => r.Document is null), cancellationToken);
        foreach (ParseResult result in results)
        {
            if (result.Document is SeedDocument document && result.Diagnostics.Any(d => d.IsError))
            {
                context.Fail(document.Path);
            }
        }

        IdentifierTextCheck.Check(context, documents);
        SymbolTable symbols = Declare(context, documents);
        Dictionary<SeedLocation, CodeSystemIdentity> codeSystems = CodeSystemBinder.BindCodeSystems(context, documents);
        var sources = new SourceResolver(context, symbols);
        var types = new TypeResolver(context, symbols, sources);
        List<EnumShape> enumShapes = symbols.Enums.Select(types.ResolveEnum).ToList();
        List<RecordShape> recordShapes = symbols.Records.Select(types.ResolveRecord).ToList();

        var collector = new EntryCollector(context, symbols);
        Dictionary<RecordDecl, EntryIndex> catalogs = collector.Collect(documents, keys);
        var terms = new TermLookup(context, symbols, catalogs);
        var deprecations = new DeprecationBinder(context, terms);
        var values = new ValueBinder(context, symbols, terms, deprecations);
        List<BoundEnum> enums = BindEnums(enumShapes, new EnumMemberBinder(context, sources, values, deprecations));
        CatalogOrder.CheckRecordCycles(context, symbols, recordShapes);

        DeclarationSummary summary = DeclarationSummaryBuilder.Build(context, documents, symbols, recordShapes, keys, collector.Duplicates,
            SpecBuilder.DeclaredOutputs(enums, recordShapes, codeSystems), SpecBuilder.SourceSpecs(symbols));
        var vocabulary = new DeclaredVocabulary(summary, symbols, recordShapes.ToDictionary(r => r.Decl), catalogs, collector.EntriesByPath);
        return new DeclarationResult(vocabulary, context.SortedDiagnostics());
    }

    /// <summary>
    /// The documents that parsed, by ordinal path: files arrive in whatever order the host gives them, and nothing a
    /// step produces may depend on it.
    /// </summary>
    public static List<SeedDocument> DocumentsByPath(ImmutableArray<ParseResult> results) => results
        .Where(r => r.Document is not null)
        .Select(r => r.Document!)
        .OrderBy(d => d.Path, StringComparer.Ordinal)
        .ToList();

    /// <summary>Orders each catalog's entries, decides which documents emit, and builds their specs; all diagnostics, sorted.</summary>
    public static BindResult Complete(ImmutableArray<FileBinding> files, DeclarationResult declared, CompilationFacts facts, CancellationToken cancellationToken)
    {
        DeclarationSummary summary = declared.Vocabulary.Summary;
        var context = new BindingContext(summary.SomeFileUnreadable, cancellationToken);
        context.AddReported(declared.Diagnostics);
        foreach (string path in summary.FailedPaths)
        {
            context.Fail(path);
        }

        foreach (PathDependency dependency in summary.Dependencies)
        {
            context.Depend(dependency.From, dependency.To);
        }

        List<FileBinding> ordered = files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
        foreach (FileBinding file in ordered)
        {
            context.AddReported(file.Diagnostics);
            if (file.Failed)
            {
                context.Fail(file.Path);
            }

            foreach (string to in file.DependsOn)
            {
                context.Depend(file.Path, to);
            }
        }

        List<AssembledCatalog> catalogs = AssembleCatalogs(context, summary, ordered);
        bool canEmit = summary.OwnPaths.Count > 0 && EmissionPlanner.CanCompile(context, facts, summary.OwnPaths[0]);
        HashSet<string> emitted = canEmit
            ? EmissionPlanner.EmittedPaths(summary.OwnPaths, context.FailedPaths, context.Dependencies)
            : new HashSet<string>(StringComparer.Ordinal);
        List<OutputSpec> outputs = SpecBuilder.Build(emitted, summary, catalogs, facts.HasNotNullWhen);
        return new BindResult(outputs.ToEquatableArray(), context.SortedDiagnostics());
    }

    /// <summary>Each record's entries from every document (documents by path), and their initialisation order.</summary>
    internal static List<AssembledCatalog> AssembleCatalogs(BindingContext context, DeclarationSummary summary, List<FileBinding> files)
    {
        // Chunked: a catalog of thousands of entries would otherwise keep a large-object array of them.
        var byRecord = summary.Records.ToDictionary(r => r.FullName, r => new ChunkedList<(FileEntry Entry, string Path)>(), StringComparer.Ordinal);
        foreach (FileBinding file in files)
        {
            foreach (FileEntry entry in file.Entries)
            {
                byRecord[entry.RecordFullName].Add((entry, file.Path));
            }
        }

        return summary.Records
            .Select(r => new AssembledCatalog(r, byRecord[r.FullName], CatalogOrder.OrderEntries(context, r, byRecord[r.FullName])))
            .ToList();
    }

    private static SymbolTable Declare(BindingContext context, List<SeedDocument> documents)
    {
        var symbols = new SymbolTable();
        var fullNames = new FullNameRegistry(context);
        SourceDeclarations.Declare(context, symbols, fullNames, documents);
        TypeDeclarations.Declare(context, symbols, fullNames, documents);
        return symbols;
    }

    private static List<BoundEnum> BindEnums(List<EnumShape> shapes, EnumMemberBinder members)
    {
        var enums = new List<BoundEnum>(shapes.Count);
        foreach (EnumShape shape in shapes)
        {
            (SourceRef? source, EquatableArray<MemberSpec> bound) = members.Bind(shape);
            enums.Add(new BoundEnum(shape, source, bound));
        }

        return enums;
    }
}
