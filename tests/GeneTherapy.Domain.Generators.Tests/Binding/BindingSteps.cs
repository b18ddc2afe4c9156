using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using GeneTherapy.Domain.Generators.Binding;
using GeneTherapy.Domain.Generators.Model;
using GeneTherapy.Domain.Generators.Parsing;
using Microsoft.CodeAnalysis.CSharp;

namespace GeneTherapy.Domain.Generators.Tests.Binding;

/// <summary>The three binding steps run by hand over parsed files, as the pipeline runs them on a first run.</summary>
internal sealed class BindingSteps
{
    public static readonly CompilationFacts Facts = new((int)LanguageVersion.CSharp12, "12.0", MissingRuntimeType: null, HasNotNullWhen: true);

    private BindingSteps(DeclarationResult declared, ImmutableArray<FileBinding> files, BindResult result)
    {
        Declared = declared;
        Files = files;
        Result = result;
    }

    public DeclarationResult Declared { get; }

    public DeclarationSummary Summary => Declared.Vocabulary.Summary;

    public ImmutableArray<FileBinding> Files { get; }

    public BindResult Result { get; }

    public static ImmutableArray<ParseResult> Parse(params (string Path, string Json)[] files)
        => files.Select(f => SeedParser.ParseDocument(f.Path, f.Json, SeedKind.Own, CancellationToken.None)).ToImmutableArray();

    public static BindingSteps Run(params (string Path, string Json)[] files)
    {
        ImmutableArray<ParseResult> parsed = Parse(files);
        DeclarationResult declared = Declare(parsed);
        ImmutableArray<FileBinding> bound = parsed.Select(r => FileBinder.Bind(r.Document!, declared.Vocabulary, CancellationToken.None)).ToImmutableArray();
        return new BindingSteps(declared, bound, SeedBinder.Complete(bound, declared, Facts, CancellationToken.None));
    }

    /// <summary>The declaration step, after the per-file key reading it builds on.</summary>
    public static DeclarationResult Declare(ImmutableArray<ParseResult> parsed)
    {
        EquatableArray<RecordKey> records = EntryKeyReader.ReadRecordKeys(parsed, CancellationToken.None);
        return SeedBinder.Declare(parsed, parsed.Select(r => EntryKeyReader.Read(r.Document!, records, CancellationToken.None)).ToImmutableArray(), CancellationToken.None);
    }

    /// <summary>The catalogs as the final step assembles them, with a context of its own.</summary>
    public List<AssembledCatalog> Catalogs()
        => SeedBinder.AssembleCatalogs(new BindingContext(false, CancellationToken.None), Summary, Files.OrderBy(f => f.Path, System.StringComparer.Ordinal).ToList());

    /// <summary>Each diagnostic of the whole binding as "id path(line,column): args", one-based, sorted.</summary>
    public string[] Diagnostics() => Result.Diagnostics.Select(Format).ToArray();

    public static string Format(DiagnosticInfo d)
        => $"{d.Id} {d.Location.Path}({d.Location.StartLine + 1},{d.Location.StartColumn + 1}): {string.Join(" | ", d.Args)}";
}
