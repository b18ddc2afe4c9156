using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit;

namespace GeneTherapy.Domain.Generators.Tests;

/// <summary>One bad file must not cost the output or the diagnostics of the others.</summary>
public class IsolationTests
{
    private const string Independent = """
        { "seedFormat": 1, "namespace": "Other", "enums": [ { "name": "Size", "members": [ { "name": "Small", "value": 1, "code": "s", "label": "Small" } ] } ] }
        """;

    [Fact]
    public void Generator_BrokenFileNextToGoodOnes_GoodOutputStaysAndBothDiagnosticsReported()
    {
        GeneratorRun run = GeneratorHarness.Run(
            ("seeds/vocabulary.seed.json", TestSeeds.Vocabulary),
            ("seeds/catalog.seed.json", TestSeeds.Catalog),
            ("seeds/broken.seed.json", "{ \"seedFormat\": 1, \"namespace\": "),
            ("seeds/wrong.seed.json", "{ \"seedFormat\": 1, \"namespace\": \"Bad\", \"enums\": [ { \"name\": \"E\", \"members\": [ { \"name\": \"A\", \"value\": 1, \"code\": \"a\" } ] } ] }"));

        Assert.Equal(new[] { "GTD0001", "GTD0003" }, run.GeneratorDiagnostics.Select(d => d.Id).OrderBy(i => i));
        Assert.Equal("seeds/broken.seed.json", run.GeneratorDiagnostics.Single(d => d.Id == "GTD0001").Location.GetLineSpan().Path);
        Assert.Equal("seeds/wrong.seed.json", run.GeneratorDiagnostics.Single(d => d.Id == "GTD0003").Location.GetLineSpan().Path);
        Assert.Contains("Acme.Pipeline.Candidates.g.cs", run.Sources.Keys);
        Assert.Contains("Acme.Pipeline.PlatformExtensions.g.cs", run.Sources.Keys);
        Assert.DoesNotContain(run.Sources.Keys, k => k.StartsWith("Bad.", System.StringComparison.Ordinal));
        GeneratorHarness.AssertCompiles(run);
    }

    [Fact]
    public void Generator_ErrorInDeclaringFile_DependentFileIsNotEmittedButIndependentOneIs()
    {
        string brokenVocabulary = TestSeeds.Vocabulary.Replace("\"code\": \"lenti\"", "\"code\": \"aav\"");

        GeneratorRun run = GeneratorHarness.Run(
            ("seeds/vocabulary.seed.json", brokenVocabulary),
            ("seeds/catalog.seed.json", TestSeeds.Catalog),
            ("seeds/other.seed.json", Independent));

        Diagnostic duplicate = Assert.Single(run.GeneratorDiagnostics, d => d.Id == "GTD0009");
        Assert.Equal("seeds/vocabulary.seed.json", duplicate.Location.GetLineSpan().Path);
        Assert.DoesNotContain(run.Sources.Keys, k => k.StartsWith("Acme.", System.StringComparison.Ordinal));
        Assert.Contains("Other.Size.g.cs", run.Sources.Keys);
        GeneratorHarness.AssertCompiles(run);
    }

    [Fact]
    public void Generator_UnreadableDeclaringFile_OnlyItsGTD0001IsReportedAndDependentsEmitNothing()
    {
        GeneratorRun run = GeneratorHarness.Run(
            ("seeds/vocabulary.seed.json", TestSeeds.Vocabulary.Substring(0, TestSeeds.Vocabulary.Length / 2)),
            ("seeds/catalog.seed.json", TestSeeds.Catalog),
            ("seeds/other.seed.json", Independent));

        Diagnostic diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal(("GTD0001", "seeds/vocabulary.seed.json"), (diagnostic.Id, diagnostic.Location.GetLineSpan().Path));
        Assert.Equal(new[] { "Other.Size.g.cs", "Other.SizeExtensions.CodeTable.g.cs", "Other.SizeExtensions.g.cs", "Other.SizeJsonConverter.g.cs" }, run.Sources.Keys.OrderBy(k => k, System.StringComparer.Ordinal));
        GeneratorHarness.AssertCompiles(run);
    }

    [Fact]
    public void Generator_ShuffledFileOrder_ProducesIdenticalOutput()
    {
        var first = GeneratorHarness.Run(("seeds/a.seed.json", TestSeeds.Vocabulary), ("seeds/b.seed.json", TestSeeds.Catalog), ("seeds/c.seed.json", Independent));
        var second = GeneratorHarness.Run(("seeds/c.seed.json", Independent), ("seeds/b.seed.json", TestSeeds.Catalog), ("seeds/a.seed.json", TestSeeds.Vocabulary));

        Assert.Equal(first.Sources.OrderBy(s => s.Key), second.Sources.OrderBy(s => s.Key));
    }

    [Fact]
    public void Generator_FileMarkedAsReference_IsValidatedAndReferencedButNotEmitted()
    {
        var metadata = new System.Collections.Generic.Dictionary<string, System.Collections.Generic.Dictionary<string, string>>
        {
            ["pkg/vocabulary.json"] = new() { [SeedGenerator.SeedMetadata] = "reference" },
        };

        GeneratorRun run = GeneratorHarness.Run(
            new[] { ("pkg/vocabulary.json", TestSeeds.Vocabulary), ("seeds/catalog.seed.json", TestSeeds.Catalog) },
            metadata: metadata);

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Equal(new[] { "Acme.Pipeline.Candidate.g.cs", "Acme.Pipeline.Candidates.g.cs" }, run.Sources.Keys.OrderBy(k => k, System.StringComparer.Ordinal));
        Assert.Contains("global::Acme.Pipeline.Platform.Aav", run.Sources["Acme.Pipeline.Candidates.g.cs"]);
    }
}
