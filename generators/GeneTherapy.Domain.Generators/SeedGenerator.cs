using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using GeneTherapy.Domain.Generators.Baseline;
using GeneTherapy.Domain.Generators.Binding;
using GeneTherapy.Domain.Generators.Diagnostics;
using GeneTherapy.Domain.Generators.Emitting;
using GeneTherapy.Domain.Generators.Model;
using GeneTherapy.Domain.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace GeneTherapy.Domain.Generators;

/// <summary>
/// Turns seed files (AdditionalFiles named <c>*.seed.json</c>, or marked with the
/// <c>GeneTherapySeed</c> item metadata) into enums, records and catalogs. This class only wires the
/// stages: parse each file on its own, bind all documents together, emit one output per spec.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class SeedGenerator : IIncrementalGenerator
{
    /// <summary>The AdditionalFiles metadata that marks a file as a seed: <c>true</c>/<c>own</c>, <c>reference</c> or <c>false</c>.</summary>
    public const string SeedMetadata = "build_metadata.AdditionalFiles.GeneTherapySeed";

    public const string SeedFileSuffix = ".seed.json";

    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        IncrementalValuesProvider<(AdditionalText Text, SeedKind Kind)> seedFiles = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, _) => (pair.Left, Classify(pair.Left, pair.Right)))
            .Where(static file => file.Item2 is not null)
            .Select(static (file, _) => (file.Left, file.Item2!.Value))
            .WithTrackingName(TrackingNames.SeedFiles);

        IncrementalValuesProvider<ParseResult> parsed = seedFiles
            .Select(static (file, cancellationToken) => ParseFile(file.Text, file.Kind, cancellationToken))
            .WithTrackingName(TrackingNames.Parsed);

        context.RegisterSourceOutput(
            parsed.Select(static (result, _) => result.Diagnostics).WithTrackingName(TrackingNames.ParseDiagnostics),
            static (spc, diagnostics) => Report(spc, diagnostics));

        IncrementalValueProvider<CompilationFacts> facts = context.ParseOptionsProvider
            .Combine(context.CompilationProvider.Select(static (compilation, _) => ReadCompilation(compilation)))
            .Select(static (pair, _) => GetFacts(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.CompilationFacts);

        IncrementalValueProvider<BindResult> bound = InitializeBinding(parsed, facts);
        context.RegisterSourceOutput(
            bound.Select(static (result, _) => result.Diagnostics).WithTrackingName(TrackingNames.BindDiagnostics),
            static (spc, diagnostics) => Report(spc, diagnostics));

        IncrementalValuesProvider<OutputSpec> outputs = bound
            .SelectMany(static (result, _) => result.Outputs)
            .WithTrackingName(TrackingNames.Outputs);

        context.RegisterSourceOutput(outputs, static (spc, spec) => OutputEmitter.Emit(spc, spec));
        InitializeCodeTables(context, outputs, facts);
        InitializeBaselineCheck(context, parsed);
    }

    /// <summary>
    /// Binding in three steps (see <see cref="SeedBinder"/>): the declarations of all documents, compared without
    /// locations or entry values; each document's entries against them, so a one-seed edit re-binds one document; then
    /// the catalogs and the emission plan.
    /// </summary>
    private static IncrementalValueProvider<BindResult> InitializeBinding(IncrementalValuesProvider<ParseResult> parsed, IncrementalValueProvider<CompilationFacts> facts)
    {
        IncrementalValuesProvider<ParseResult> documents = parsed.Where(static result => result.Document is not null);
        IncrementalValueProvider<EquatableArray<RecordKey>> records = parsed
            .Collect()
            .Select(static (results, cancellationToken) => EntryKeyReader.ReadRecordKeys(results, cancellationToken))
            .WithTrackingName(TrackingNames.RecordKeys);

        IncrementalValuesProvider<FileKeys> keys = documents
            .Combine(records)
            .Select(static (pair, cancellationToken) => ReadKeys(pair.Left.Document!, pair.Right, cancellationToken))
            .WithTrackingName(TrackingNames.FileKeys);

        IncrementalValueProvider<DeclarationResult> declared = parsed
            .Collect()
            .Combine(keys.Collect())
            .Select(static (pair, cancellationToken) => Declare(pair.Left, pair.Right, cancellationToken))
            .WithTrackingName(TrackingNames.Declared);

        IncrementalValuesProvider<FileBinding> files = documents
            .Combine(declared.Select(static (result, _) => result.Vocabulary).WithTrackingName(TrackingNames.Declarations))
            .Select(static (pair, cancellationToken) => BindFile(pair.Left.Document!, pair.Right, cancellationToken))
            .WithTrackingName(TrackingNames.FileBound);

        return files
            .Collect()
            .Combine(declared)
            .Combine(facts)
            .Select(static (pair, cancellationToken) => Complete(pair.Left.Left, pair.Left.Right, pair.Right, cancellationToken))
            .WithTrackingName(TrackingNames.Bound);
    }

    private static void InitializeCodeTables(IncrementalGeneratorInitializationContext context, IncrementalValuesProvider<OutputSpec> outputs, IncrementalValueProvider<CompilationFacts> facts)
    {
        // Code tables: a spec of their own derived from each enum's, so an edit that changes only labels or
        // summaries re-emits the enum's files but not its table's.
        IncrementalValuesProvider<CodeTableSpec> codeTables = outputs
            .Where(static spec => spec is EnumSpec)
            .Select(static (spec, _) => CodeTableEmitter.CreateSpec((EnumSpec)spec))
            .WithTrackingName(TrackingNames.CodeTables);

        context.RegisterSourceOutput(codeTables, static (spc, spec) => OutputEmitter.Emit(spc, spec));

        IncrementalValueProvider<bool> needsModuleInitializer = codeTables
            .Collect()
            .Combine(facts)
            .Select(static (pair, _) => !pair.Left.IsDefaultOrEmpty && !pair.Right.HasModuleInitializer)
            .WithTrackingName(TrackingNames.ModuleInitializerPolyfill);

        context.RegisterSourceOutput(needsModuleInitializer, static (spc, needed) =>
        {
            if (needed)
            {
                OutputEmitter.Add(spc, CodeTableEmitter.ModuleInitializerPolyfillHintName, CodeTableEmitter.EmitModuleInitializerPolyfill());
            }
        });
    }

    /// <summary>
    /// The shipped-vocabulary check, a branch of its own beside binding: the parsed seeds (with their token locations)
    /// and the baseline files in, diagnostics (and, on request, the baseline text) out. A baseline edit reruns only it.
    /// </summary>
    private static void InitializeBaselineCheck(IncrementalGeneratorInitializationContext context, IncrementalValuesProvider<ParseResult> parsed)
    {
        IncrementalValuesProvider<BaselineDocument> baselines = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Where(static pair => BaselineStage.IsBaseline(pair.Left, pair.Right))
            .Select(static (pair, cancellationToken) => BaselineStage.ParseBaselineFile(pair.Left, cancellationToken))
            .WithTrackingName(TrackingNames.BaselineParsed);

        IncrementalValueProvider<bool> writeText = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) => BaselineStage.WantsBaselineText(options))
            .WithTrackingName(TrackingNames.BaselineOptions);

        IncrementalValueProvider<ImmutableArray<BaselineDocument>> baselineFiles = baselines.Collect();

        // Without a baseline file or a request for the text nothing is checked, so no file's terms are kept: they were
        // a copy of every string value of every entry (1.2 MB of a 10,000-entry run, all held by the driver).
        IncrementalValueProvider<bool> checking = baselineFiles
            .Combine(writeText)
            .Select(static (pair, _) => pair.Right || !pair.Left.IsDefaultOrEmpty)
            .WithTrackingName(TrackingNames.BaselineWanted);

        IncrementalValuesProvider<SeedTerms> terms = parsed
            .Combine(checking)
            .Select(static (pair, _) => pair.Right ? SeedTermsReader.ReadTerms(pair.Left) : SeedTerms.NotRead)
            .WithTrackingName(TrackingNames.SeedTerms);

        IncrementalValueProvider<BaselineResult> checkedBaseline = terms.Collect()
            .Combine(baselineFiles)
            .Combine(writeText)
            .Select(static (pair, cancellationToken) => BaselineStage.CheckBaseline(pair.Left.Left, pair.Left.Right, pair.Right, cancellationToken))
            .WithTrackingName(TrackingNames.BaselineChecked);

        context.RegisterSourceOutput(
            checkedBaseline.Select(static (result, _) => result.Diagnostics).WithTrackingName(TrackingNames.BaselineDiagnostics),
            static (spc, diagnostics) => Report(spc, diagnostics));

        context.RegisterSourceOutput(
            checkedBaseline.Select(static (result, _) => result.Text).WithTrackingName(TrackingNames.BaselineText),
            static (spc, text) => BaselineStage.EmitBaselineText(spc, text));
    }

    private static SeedKind? Classify(AdditionalText text, AnalyzerConfigOptionsProvider options)
    {
        if (options.GetOptions(text).TryGetValue(SeedMetadata, out string? value) && !string.IsNullOrWhiteSpace(value))
        {
            switch (value.Trim().ToLowerInvariant())
            {
                case "true":
                case "own":
                    return SeedKind.Own;
                case "reference":
                    return SeedKind.Reference;
                case "false":
                    return null;
            }
        }

        return text.Path.EndsWith(SeedFileSuffix, StringComparison.OrdinalIgnoreCase) ? SeedKind.Own : null;
    }

    private static ParseResult ParseFile(AdditionalText file, SeedKind kind, CancellationToken cancellationToken)
    {
        try
        {
            SourceText? text = file.GetText(cancellationToken);
            if (text is null)
            {
                return Failure(file.Path, "the file could not be read");
            }

            return SeedParser.ParseDocument(file.Path, text, kind, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return Failure(file.Path, ex.GetType().Name + ": " + ex.Message);
        }
    }

    private static FileKeys ReadKeys(SeedDocument document, EquatableArray<RecordKey> records, CancellationToken cancellationToken)
    {
        try
        {
            return EntryKeyReader.Read(document, records, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return new FileKeys(document.Path, EquatableArray<KeyGroup>.Empty, InternalError(document.Path, ex));
        }
    }

    private static DeclarationResult Declare(ImmutableArray<ParseResult> results, ImmutableArray<FileKeys> keys, CancellationToken cancellationToken)
    {
        try
        {
            return SeedBinder.Declare(results, keys, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            string path = SeedBinder.DocumentsByPath(results).FirstOrDefault()?.Path ?? "seed";
            return SeedBinder.Declare(ImmutableArray<ParseResult>.Empty, ImmutableArray<FileKeys>.Empty, cancellationToken) with { Diagnostics = InternalError(path, ex) };
        }
    }

    private static FileBinding BindFile(SeedDocument document, DeclaredVocabulary declarations, CancellationToken cancellationToken)
    {
        try
        {
            return FileBinder.Bind(document, declarations, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return new FileBinding(document.Path, true, EquatableArray<string>.Empty, InternalError(document.Path, ex), EquatableArray<FileEntry>.Empty);
        }
    }

    private static BindResult Complete(ImmutableArray<FileBinding> files, DeclarationResult declared, CompilationFacts facts, CancellationToken cancellationToken)
    {
        try
        {
            return SeedBinder.Complete(files, declared, facts, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            string path = declared.Vocabulary.Summary.OwnPaths.FirstOrDefault() ?? "seed";
            return new BindResult(EquatableArray<OutputSpec>.Empty, InternalError(path, ex));
        }
    }

    private static EquatableArray<DiagnosticInfo> InternalError(string path, Exception ex)
        => new(new[] { DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, SeedLocation.FileStart(path), ex.GetType().Name + ": " + ex.Message) });

    private static ParseResult Failure(string path, string message)
        => new(null, new EquatableArray<DiagnosticInfo>(new[]
        {
            DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, SeedLocation.FileStart(path), message),
        }));

    /// <summary>The runtime types generated code needs (metadata name, and the name GTD0023 gives), in the order checked.</summary>
    private static readonly (string MetadataName, string Name)[] s_runtimeTypes =
    {
        ("GeneTherapy.Domain.Source", "GeneTherapy.Domain.Source"),
        ("GeneTherapy.Domain.TermInfo`1", "GeneTherapy.Domain.TermInfo<TEnum>"),
        ("GeneTherapy.Domain.UndefinedValue", "GeneTherapy.Domain.UndefinedValue"),
    };

    /// <summary>Reduces the compilation to a type name and two booleans, so that a C# edit stops here (the result is unchanged).</summary>
    private static (string? MissingRuntimeType, bool HasNotNullWhen, bool HasModuleInitializer) ReadCompilation(Compilation compilation)
    {
        string? missing = null;
        foreach ((string metadataName, string name) in s_runtimeTypes)
        {
            if (compilation.GetTypeByMetadataName(metadataName) is null)
            {
                missing = name;
                break;
            }
        }

        // GetTypeByMetadataName ignores accessibility: a netstandard2.0 library's internal polyfill is visible to it
        // but cannot be named from this compilation.
        INamedTypeSymbol? notNullWhen = compilation.GetTypeByMetadataName("System.Diagnostics.CodeAnalysis.NotNullWhenAttribute");
        bool annotate = notNullWhen is not null && compilation.IsSymbolAccessibleWithin(notNullWhen, compilation.Assembly);
        INamedTypeSymbol? moduleInitializer = compilation.GetTypeByMetadataName("System.Runtime.CompilerServices.ModuleInitializerAttribute");
        bool hasModuleInitializer = moduleInitializer is not null && compilation.IsSymbolAccessibleWithin(moduleInitializer, compilation.Assembly);
        return (missing, annotate, hasModuleInitializer);
    }

    private static CompilationFacts GetFacts(ParseOptions options, (string? MissingRuntimeType, bool HasNotNullWhen, bool HasModuleInitializer) compilation)
    {
        LanguageVersion version = options is CSharpParseOptions csharp ? csharp.LanguageVersion : LanguageVersion.Default;
        LanguageVersion effective = version.MapSpecifiedToEffectiveVersion();
        return new CompilationFacts((int)effective, effective.ToDisplayString(), compilation.MissingRuntimeType, compilation.HasNotNullWhen, compilation.HasModuleInitializer);
    }

    private static void Report(SourceProductionContext context, EquatableArray<DiagnosticInfo> diagnostics)
    {
        foreach (DiagnosticInfo diagnostic in diagnostics)
        {
            context.ReportDiagnostic(diagnostic.ToDiagnostic());
        }
    }
}
