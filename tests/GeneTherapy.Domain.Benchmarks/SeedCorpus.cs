using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using GeneTherapy.Domain.Testing;

namespace GeneTherapy.Domain.Benchmarks;

/// <summary>Synthetic seed documents of a given size, and what a generator run needs around them.</summary>
internal static class SeedCorpus
{
    public const int EntriesPerFile = 1000;

    private static readonly string[] s_platforms = { "aav", "lentiviral", "gamma-retroviral", "adenoviral", "hsv-1" };

    /// <summary>One file declaring an enum and a record, and entry files of at most <see cref="EntriesPerFile"/> entries.</summary>
    /// <param name="firstName">The first entry's name (a value edit when it differs between two corpora).</param>
    /// <param name="firstKey">The first entry's key (a key edit: the declarations change, so every file is bound again).</param>
    public static List<AdditionalText> Create(int entries, string firstName = "Candidate 0", string firstKey = "c-00000")
    {
        var files = new List<AdditionalText> { new InMemoryAdditionalText("seeds/declarations.seed.json", Declarations) };
        for (int start = 0, file = 0; start < entries; start += EntriesPerFile, file++)
        {
            var json = new StringBuilder("{ \"seedFormat\": 1, \"namespace\": \"Bench.Pipeline\", \"entries\": { \"Candidate\": [\n");
            for (int i = start; i < Math.Min(entries, start + EntriesPerFile); i++)
            {
                string name = i == 0 ? firstName : "Candidate " + i.ToString(CultureInfo.InvariantCulture);
                json.Append(i == start ? "  " : ",\n  ")
                    .Append("{ \"Id\": \"").Append(i == 0 ? firstKey : "c-" + i.ToString("D5", CultureInfo.InvariantCulture))
                    .Append("\", \"Name\": \"").Append(name)
                    .Append("\", \"Platform\": \"").Append(s_platforms[i % s_platforms.Length])
                    .Append("\", \"Year\": ").Append((2000 + (i % 25)).ToString(CultureInfo.InvariantCulture))
                    .Append(", \"Tags\": [ \"t").Append((i % 7).ToString(CultureInfo.InvariantCulture)).Append("\" ], \"source\": \"bench\" }");
            }

            json.Append("\n] } }\n");
            files.Add(new InMemoryAdditionalText($"seeds/entries-{file:D2}.seed.json", json.ToString()));
        }

        return files;
    }

    public static List<AdditionalText> BuiltIn()
    {
        string root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "GeneTherapy.Domain.sln")))
        {
            root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("repository root not found");
        }

        return Directory.GetFiles(Path.Combine(root, "seeds"), "*.seed.json").OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => (AdditionalText)new InMemoryAdditionalText(p, File.ReadAllText(p))).ToList();
    }

    private const string Declarations = """
        {
          "seedFormat": 1,
          "namespace": "Bench.Pipeline",
          "sources": [ { "id": "bench", "title": "Benchmark corpus" } ],
          "enums": [
            { "name": "Platform", "summary": "A vector platform.", "members": [
              { "name": "Aav", "value": 1, "code": "aav", "label": "AAV" },
              { "name": "Lentiviral", "value": 2, "code": "lentiviral", "label": "Lentiviral" },
              { "name": "GammaRetroviral", "value": 3, "code": "gamma-retroviral", "label": "Gamma-retroviral" },
              { "name": "Adenoviral", "value": 4, "code": "adenoviral", "label": "Adenoviral" },
              { "name": "Hsv1", "value": 5, "code": "hsv-1", "label": "HSV-1" } ] }
          ],
          "records": [
            { "name": "Candidate", "catalog": "Candidates", "key": "Id", "summary": "A pipeline candidate.", "fields": [
              { "name": "Id", "type": "string", "summary": "The key." },
              { "name": "Name", "type": "string", "summary": "The name." },
              { "name": "Platform", "type": "Platform", "summary": "The platform." },
              { "name": "Year", "type": "int?", "summary": "The year." },
              { "name": "Tags", "type": "string[]", "summary": "Tags." } ] }
          ]
        }
        """;

    /// <summary>A compilation that references the runtime library, as a consumer's does.</summary>
    public static CSharpCompilation Compilation(params SyntaxTree[] trees) => CSharpCompilation.Create(
        "Bench",
        trees,
        s_references.Value,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static GeneratorDriver Driver(IEnumerable<AdditionalText> seeds) => CSharpGeneratorDriver.Create(
        new[] { new GeneTherapy.Domain.Generators.SeedGenerator().AsSourceGenerator() },
        seeds,
        new CSharpParseOptions(LanguageVersion.CSharp12, DocumentationMode.Diagnose));

    /// <summary>What an IDE or a build pays: a new driver, and the generated trees added to the compilation.</summary>
    public static Compilation RunAndUpdateCompilation(IEnumerable<AdditionalText> seeds, CSharpCompilation compilation)
    {
        Driver(seeds).RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out _);
        return output;
    }

    private static readonly Lazy<ImmutableArray<MetadataReference>> s_references = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "netstandard.dll" or "mscorlib.dll")
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .Append(MetadataReference.CreateFromFile(typeof(Source).Assembly.Location))
            .ToImmutableArray());
}
