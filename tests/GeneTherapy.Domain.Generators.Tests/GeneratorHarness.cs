using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using GeneTherapy.Domain.Testing;
using Xunit;

namespace GeneTherapy.Domain.Generators.Tests;

/// <summary>Per-file AdditionalFiles metadata, as MSBuild would pass it through the editorconfig.</summary>
internal sealed class TestOptionsProvider : AnalyzerConfigOptionsProvider
{
    private readonly Dictionary<string, Dictionary<string, string>> _perFile;
    private readonly Dictionary<string, string> _global;

    /// <param name="perFile">Metadata by file path.</param>
    /// <param name="global">Compiler-visible MSBuild properties (<c>build_property.X</c>).</param>
    public TestOptionsProvider(Dictionary<string, Dictionary<string, string>> perFile, Dictionary<string, string>? global = null)
    {
        _perFile = perFile;
        _global = global ?? new Dictionary<string, string>();
    }

    public override AnalyzerConfigOptions GlobalOptions => new Options(_global);

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new Options(new Dictionary<string, string>());

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile)
        => new Options(_perFile.TryGetValue(textFile.Path, out var values) ? values : new Dictionary<string, string>());

    private sealed class Options : AnalyzerConfigOptions
    {
        private readonly Dictionary<string, string> _values;

        public Options(Dictionary<string, string> values) => _values = values;

        public override bool TryGetValue(string key, out string value) => _values.TryGetValue(key, out value!);
    }
}

/// <summary>The result of one generator run plus the compilation of its output.</summary>
internal sealed record GeneratorRun(
    GeneratorDriverRunResult Result,
    Compilation Output,
    ImmutableArray<Diagnostic> GeneratorDiagnostics,
    ImmutableArray<Diagnostic> CompilationDiagnostics)
{
    public IReadOnlyDictionary<string, string> Sources => Result.Results
        .SelectMany(r => r.GeneratedSources)
        .ToDictionary(s => s.HintName, s => s.SourceText.ToString(), StringComparer.Ordinal);

    public IEnumerable<Diagnostic> Errors => GeneratorDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>Compiler diagnostics above Info, excluding the generator's own.</summary>
    public IEnumerable<Diagnostic> CompileProblems => CompilationDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning);
}

internal static class GeneratorHarness
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> s_references = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "netstandard.dll" or "mscorlib.dll")
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToImmutableArray());

    private static readonly Lazy<byte[]> s_runtimeImage = new(() =>
    {
        CSharpCompilation runtime = CSharpCompilation.Create(
            "GeneTherapy.Domain",
            RuntimeSources.Select(s => CSharpSyntaxTree.ParseText(s, new CSharpParseOptions(LanguageVersion.CSharp12))),
            s_references.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var stream = new MemoryStream();
        Microsoft.CodeAnalysis.Emit.EmitResult result = runtime.Emit(stream);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        return stream.ToArray();
    });

    private static readonly Lazy<MetadataReference> s_runtime = new(() => MetadataReference.CreateFromImage(RuntimeImage));

    /// <summary>
    /// The runtime types (Source, TermInfo) compiled from src/GeneTherapy.Domain/Model into an assembly of their
    /// own, as a consumer references the package; the bytes, so tests can also load it next to emitted code.
    /// </summary>
    public static byte[] RuntimeImage => s_runtimeImage.Value;

    /// <summary>The framework assemblies every test compilation references.</summary>
    public static ImmutableArray<MetadataReference> FrameworkReferences => s_references.Value;

    public static string RepoRoot { get; } = FindRepoRoot();

    /// <summary>The hand-written runtime types that generated code uses (Source, TermInfo).</summary>
    public static IEnumerable<string> RuntimeSources => Directory
        .GetFiles(Path.Combine(RepoRoot, "src", "GeneTherapy.Domain", "Model"), "*.cs")
        .OrderBy(p => p, StringComparer.Ordinal)
        .Select(File.ReadAllText);

    public static IEnumerable<(string Path, string Text)> BuiltInSeeds => Directory
        .GetFiles(Path.Combine(RepoRoot, "seeds"), "*.seed.json")
        .OrderBy(p => p, StringComparer.Ordinal)
        .Select(p => ("seeds/" + Path.GetFileName(p), File.ReadAllText(p)));

    public static CSharpCompilation CreateCompilation(bool withRuntime = true, params string[] sources) => CSharpCompilation.Create(
        "SeedTests",
        sources.Select(s => CSharpSyntaxTree.ParseText(s, new CSharpParseOptions(LanguageVersion.CSharp12))),
        withRuntime ? s_references.Value.Add(s_runtime.Value) : s_references.Value,
        new CSharpCompilationOptions(
            OutputKind.DynamicallyLinkedLibrary,
            nullableContextOptions: NullableContextOptions.Enable,
            generalDiagnosticOption: ReportDiagnostic.Error,
            deterministic: true));

    public static GeneratorDriver CreateDriver(
        IEnumerable<(string Path, string Text)> seeds,
        LanguageVersion languageVersion = LanguageVersion.CSharp12,
        Dictionary<string, Dictionary<string, string>>? metadata = null,
        bool trackSteps = false)
        => CreateDriver(seeds.Select(s => (AdditionalText)new InMemoryAdditionalText(s.Path, s.Text)), languageVersion, metadata, trackSteps);

    public static GeneratorDriver CreateDriver(
        IEnumerable<AdditionalText> files,
        LanguageVersion languageVersion = LanguageVersion.CSharp12,
        Dictionary<string, Dictionary<string, string>>? metadata = null,
        bool trackSteps = false) => CSharpGeneratorDriver.Create(
            new[] { new SeedGenerator().AsSourceGenerator() },
            files,
            new CSharpParseOptions(languageVersion, DocumentationMode.Diagnose),
            new TestOptionsProvider(metadata ?? new Dictionary<string, Dictionary<string, string>>()),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    public static GeneratorRun Run(
        IEnumerable<(string Path, string Text)> seeds,
        LanguageVersion languageVersion = LanguageVersion.CSharp12,
        bool withRuntime = true,
        Dictionary<string, Dictionary<string, string>>? metadata = null,
        bool trackSteps = false)
        => Run(CreateDriver(seeds, languageVersion, metadata, trackSteps), withRuntime);

    /// <summary>Runs the generator on files that need not be in-memory seeds (e.g. one the host cannot read).</summary>
    public static GeneratorRun Run(IEnumerable<AdditionalText> files, LanguageVersion languageVersion, bool withRuntime = true)
        => Run(CreateDriver(files, languageVersion), withRuntime);

    private static GeneratorRun Run(GeneratorDriver driver, bool withRuntime)
    {
        CSharpCompilation compilation = CreateCompilation(withRuntime);
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> generatorDiagnostics);
        GeneratorDriverRunResult result = driver.GetRunResult();
        Assert.All(result.Results, r => Assert.Null(r.Exception));
        return new GeneratorRun(result, output, generatorDiagnostics, output.GetDiagnostics());
    }

    public static GeneratorRun Run(params (string Path, string Text)[] seeds) => Run(seeds, LanguageVersion.CSharp12);

    /// <summary>Asserts the output compiled with nothing above Info (warnings count as errors here).</summary>
    public static void AssertCompiles(GeneratorRun run)
    {
        Assert.Empty(run.CompileProblems.Select(d => d.ToString()));
    }

    /// <summary>
    /// Removes the single <c>$$</c> marker from a seed text and returns the 1-based line and column
    /// it stood at, so tests state where a diagnostic must point without counting by hand.
    /// </summary>
    public static (string Text, int Line, int Column) Marked(string text)
    {
        int index = text.IndexOf("$$", StringComparison.Ordinal);
        Assert.True(index >= 0, "the seed text has no $$ marker");
        string before = text.Substring(0, index);
        int line = before.Count(c => c == '\n') + 1;
        int column = index - (before.LastIndexOf('\n') + 1) + 1;
        return (text.Remove(index, 2), line, column);
    }

    public static string ScrubVersion(string source)
        => Regex.Replace(source, "GeneratedCode\\(\"GeneTherapy.Domain.Generators\", \"[^\"]+\"\\)", "GeneratedCode(\"GeneTherapy.Domain.Generators\", \"VERSION\")");

    private static string FindRepoRoot()
    {
        string? directory = AppContext.BaseDirectory;
        while (directory is not null && !File.Exists(Path.Combine(directory, "GeneTherapy.Domain.sln")))
        {
            directory = Path.GetDirectoryName(directory);
        }

        return directory ?? throw new InvalidOperationException("GeneTherapy.Domain.sln not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>An emitted assembly loaded into a collectible context, with the runtime types it references.</summary>
internal sealed class Loaded : AssemblyLoadContext, IDisposable
{
    private readonly Assembly _runtime;

    private Loaded()
        : base(isCollectible: true) => _runtime = LoadFromStream(new MemoryStream(GeneratorHarness.RuntimeImage));

    public Assembly Assembly { get; private set; } = null!;

    public static Loaded From(Compilation output)
    {
        using var stream = new MemoryStream();
        Microsoft.CodeAnalysis.Emit.EmitResult result = output.Emit(stream);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics.Take(5)));
        stream.Position = 0;
        var context = new Loaded();
        context.Assembly = context.LoadFromStream(stream);
        return context;
    }

    public void Dispose() => Unload();

    protected override Assembly? Load(AssemblyName name) => name.Name == "GeneTherapy.Domain" ? _runtime : null;
}
