using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace GeneTherapy.Domain.Generators.Tests;

/// <summary>
/// The README's code is code: every C# block compiles against the library as a consumer sees it (the built-in
/// catalogs and rules, plus the consumer seed the README quotes), and every JSON seed it shows generates cleanly.
/// </summary>
public class ReadmeTests
{
    private const string ConsumerSeedPath = "tests/GeneTherapy.Domain.PackageTests/Consumers/Console/pipeline.seed.json";

    /// <summary>What an SDK console project imports implicitly; anything else a block uses, it must write.</summary>
    private static readonly string[] s_implicitUsings =
    {
        "System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Threading", "System.Threading.Tasks",
    };

    private static string Readme => File.ReadAllText(Path.Combine(GeneratorHarness.RepoRoot, "README.md"));

    [Fact]
    public void Readme_CSharpBlocks_CompileAgainstTheLibraryAndTheQuotedConsumerSeed()
    {
        List<string> blocks = Blocks(Readme, "csharp");
        Assert.True(blocks.Count >= 3, $"expected the README's C# examples, found {blocks.Count}");

        MetadataReference library = MetadataReference.CreateFromImage(LibraryImage());
        MetadataReference efCore = MetadataReference.CreateFromImage(EfCoreImage(library));
        var code = new StringBuilder();
        for (int i = 0; i < blocks.Count; i++)
        {
            // Each block is a namespace of its own, with the SDK's implicit usings plus the usings it writes (a reader
            // who copies it needs them too), and its statements are the body of a method, so blocks may reuse names.
            var usings = new StringBuilder();
            var body = new StringBuilder();
            foreach (string line in blocks[i].Split('\n'))
            {
                if (Regex.IsMatch(line, @"^using\s+[\w.]+;\s*(//.*)?$"))
                {
                    usings.Append("    ").Append(line.Trim()).Append('\n');
                }
                else
                {
                    body.Append("            ").Append(line).Append('\n');
                }
            }

            code.Append("namespace ReadmeBlock").Append(i).Append("\n{\n")
                .Append(string.Concat(s_implicitUsings.Select(u => "    using " + u + ";\n"))).Append(usings);
            // A block that declares types (a DbContext and its entity) is a file's content; any other block's
            // statements are the body of a method.
            if (Regex.IsMatch(blocks[i], @"^(public |internal )?(sealed )?(partial )?(class|record) ", RegexOptions.Multiline))
            {
                code.Append(body).Append("}\n");
            }
            else
            {
                code.Append("    internal static class Block\n    {\n        public static void Run()\n        {\n")
                    .Append(body).Append("        }\n    }\n}\n");
            }
        }

        string source = code.ToString();
        CSharpCompilation consumer = CSharpCompilation.Create(
            "ReadmeConsumer",
            new[] { CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.CSharp12), path: "README.cs") },
            GeneratorHarness.FrameworkReferences.Add(library).Add(efCore).AddRange(EfCoreReferences),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable,
                generalDiagnosticOption: ReportDiagnostic.Error));

        // As in a consumer project: the package's seeds are reference-only, the consumer's own seed is generated.
        var metadata = GeneratorHarness.BuiltInSeeds.ToDictionary(s => s.Path, _ => new Dictionary<string, string> { [SeedGenerator.SeedMetadata] = "reference" });
        IEnumerable<(string Path, string Text)> seeds = GeneratorHarness.BuiltInSeeds
            .Append(("pipeline.seed.json", File.ReadAllText(Path.Combine(GeneratorHarness.RepoRoot, ConsumerSeedPath))));
        GeneratorHarness.CreateDriver(seeds, metadata: metadata)
            .RunGeneratorsAndUpdateCompilation(consumer, out Compilation output, out ImmutableArray<Diagnostic> generatorDiagnostics);

        Assert.Empty(generatorDiagnostics.Select(d => d.ToString()));
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString() + "\n" + Line(source, d)));
    }

    [Fact]
    public void Readme_QuotesTheConsumerSeedThePackageTestsBuild()
    {
        string seed = File.ReadAllText(Path.Combine(GeneratorHarness.RepoRoot, ConsumerSeedPath)).Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        Assert.Contains(seed, Blocks(Readme, "json").Select(b => b.Trim()));
    }

    [Fact]
    public void Readme_EveryFullSeedExample_GeneratesWithoutDiagnostics()
    {
        // Blocks that are whole seed files (not fragments) must be valid seeds.
        List<string> seeds = Blocks(Readme, "json").Where(b => b.Contains("\"seedFormat\"", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(seeds);
        foreach (string seed in seeds)
        {
            var metadata = GeneratorHarness.BuiltInSeeds.ToDictionary(s => s.Path, _ => new Dictionary<string, string> { [SeedGenerator.SeedMetadata] = "reference" });
            GeneratorRun run = GeneratorHarness.Run(GeneratorHarness.BuiltInSeeds.Append(("example.seed.json", seed)), metadata: metadata);
            Assert.Empty(run.GeneratorDiagnostics.Select(d => d.ToString()));
            Assert.NotEmpty(run.Sources);
        }
    }

    /// <summary>The library as the package ships it: hand-written sources plus what the generator makes of the built-in seeds.</summary>
    private static byte[] LibraryImage()
    {
        string src = Path.Combine(GeneratorHarness.RepoRoot, "src", "GeneTherapy.Domain");
        IEnumerable<SyntaxTree> trees = new[] { "Model", "Catalogs", "Rules" }
            .SelectMany(folder => Directory.GetFiles(Path.Combine(src, folder), "*.cs"))
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => CSharpSyntaxTree.ParseText(File.ReadAllText(p), new CSharpParseOptions(LanguageVersion.CSharp12), path: p));
        CSharpCompilation library = CSharpCompilation.Create("GeneTherapy.Domain", trees, GeneratorHarness.FrameworkReferences,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        GeneratorHarness.CreateDriver(GeneratorHarness.BuiltInSeeds)
            .RunGeneratorsAndUpdateCompilation(library, out Compilation output, out ImmutableArray<Diagnostic> diagnostics);
        Assert.Empty(diagnostics);
        using var stream = new MemoryStream();
        Microsoft.CodeAnalysis.Emit.EmitResult result = output.Emit(stream);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(5)));
        return stream.ToArray();
    }

    /// <summary>EF Core and what it needs, from this test's output folder (the project references the SQLite provider).</summary>
    private static IEnumerable<MetadataReference> EfCoreReferences => Directory.GetFiles(AppContext.BaseDirectory, "*.dll")
        .Where(p => Path.GetFileName(p).StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal)
            || Path.GetFileName(p).StartsWith("Microsoft.Extensions.", StringComparison.Ordinal)
            || Path.GetFileName(p).StartsWith("Microsoft.Data.Sqlite", StringComparison.Ordinal))
        .OrderBy(p => p, StringComparer.Ordinal)
        .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p));

    /// <summary>GeneTherapy.Domain.EntityFrameworkCore compiled from its sources against <paramref name="library"/>, as its package ships it.</summary>
    private static byte[] EfCoreImage(MetadataReference library)
    {
        IEnumerable<SyntaxTree> trees = Directory.GetFiles(Path.Combine(GeneratorHarness.RepoRoot, "src", "GeneTherapy.Domain.EntityFrameworkCore"), "*.cs")
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => CSharpSyntaxTree.ParseText(File.ReadAllText(p), new CSharpParseOptions(LanguageVersion.CSharp12), path: p));
        CSharpCompilation efCore = CSharpCompilation.Create("GeneTherapy.Domain.EntityFrameworkCore", trees,
            GeneratorHarness.FrameworkReferences.Add(library).AddRange(EfCoreReferences),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var stream = new MemoryStream();
        Microsoft.CodeAnalysis.Emit.EmitResult result = efCore.Emit(stream);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(5)));
        return stream.ToArray();
    }

    /// <summary>The contents of every fenced block of the given language, in order.</summary>
    internal static List<string> Blocks(string markdown, string language)
    {
        var blocks = new List<string>();
        StringBuilder? current = null;
        foreach (string line in markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            if (current is null && line.TrimEnd() == "```" + language)
            {
                current = new StringBuilder();
            }
            else if (current is not null && line.TrimEnd() == "```")
            {
                blocks.Add(current.ToString());
                current = null;
            }
            else
            {
                current?.Append(line).Append('\n');
            }
        }

        return blocks;
    }

    private static string Line(string source, Diagnostic d)
        => source.Split('\n')[d.Location.GetLineSpan().StartLinePosition.Line];
}
