using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit;

namespace GeneTherapy.Domain.Generators.Tests;

/// <summary>Hint names come from namespaces and type names, never from seed file names, and never collide.</summary>
public sealed class HintNameTests
{
    [Fact]
    public void Generator_TwoSeedFilesWithTheSameNameInDifferentFolders_BothEmit()
    {
        GeneratorRun run = GeneratorHarness.Run(
            ("a/vocabulary.seed.json", "{ \"seedFormat\": 1, \"namespace\": \"First\", \"enums\": [ { \"name\": \"Color\", \"members\": [ { \"name\": \"Red\", \"value\": 1, \"code\": \"red\", \"label\": \"Red\" } ] } ] }"),
            ("b/vocabulary.seed.json", "{ \"seedFormat\": 1, \"namespace\": \"Second\", \"enums\": [ { \"name\": \"Shade\", \"members\": [ { \"name\": \"Blue\", \"value\": 1, \"code\": \"blue\", \"label\": \"Blue\" } ] } ] }"));
        Assert.Empty(run.GeneratorDiagnostics);
        GeneratorHarness.AssertCompiles(run);
        Assert.Contains("First.Color.g.cs", run.Sources.Keys);
        Assert.Contains("Second.Shade.g.cs", run.Sources.Keys);
    }

    [Fact]
    public void Generator_SameTypeNameInTwoNamespaces_IsGTD0007BecauseSeedsReferToTypesBySimpleName()
    {
        (string text, int line, int column) = GeneratorHarness.Marked(
            "{ \"seedFormat\": 1, \"namespace\": \"Second\", \"enums\": [ { \"name\": $$\"Color\", \"members\": [] } ] }");
        GeneratorRun run = GeneratorHarness.Run(
            ("a/vocabulary.seed.json", "{ \"seedFormat\": 1, \"namespace\": \"First\", \"enums\": [ { \"name\": \"Color\", \"members\": [] } ] }"),
            ("b/vocabulary.seed.json", text));
        Diagnostic error = Assert.Single(run.GeneratorDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal("GTD0007", error.Id);
        Assert.Equal("b/vocabulary.seed.json", error.Location.GetLineSpan().Path);
        Assert.Equal((line, column), (error.Location.GetLineSpan().StartLinePosition.Line + 1, error.Location.GetLineSpan().StartLinePosition.Character + 1));
    }

    [Fact]
    public void Generator_TypeNamesDifferingOnlyInCase_AreRejectedBeforeTheirHintNamesCollide()
    {
        (string text, int line, int column) = GeneratorHarness.Marked(
            "{ \"seedFormat\": 1, \"namespace\": \"A\", \"enums\": [ { \"name\": \"Color\", \"members\": [] }, { \"name\": $$\"COLOR\", \"members\": [] } ] }");
        GeneratorRun run = GeneratorHarness.Run(("seeds/case.seed.json", text));
        Diagnostic error = Assert.Single(run.GeneratorDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal("GTD0007", error.Id);
        Assert.Equal((line, column), (error.Location.GetLineSpan().StartLinePosition.Line + 1, error.Location.GetLineSpan().StartLinePosition.Character + 1));
        Assert.DoesNotContain(run.Sources.Keys, k => k.StartsWith("A.COLOR", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Generator_BuiltInSeeds_EmitOneCodeTableFileNestedInEachEnumsExtensions()
    {
        GeneratorRun run = GeneratorHarness.Run(GeneratorHarness.BuiltInSeeds.ToArray());
        Assert.Empty(run.Errors);

        string[] enums = run.Sources.Keys.Where(k => k.EndsWith("JsonConverter.g.cs", System.StringComparison.Ordinal))
            .Select(k => k.Substring(0, k.Length - "JsonConverter.g.cs".Length)).OrderBy(k => k, System.StringComparer.Ordinal).ToArray();
        string[] tables = run.Sources.Keys.Where(k => k.EndsWith("Extensions.CodeTable.g.cs", System.StringComparison.Ordinal))
            .Select(k => k.Substring(0, k.Length - "Extensions.CodeTable.g.cs".Length)).OrderBy(k => k, System.StringComparer.Ordinal).ToArray();
        Assert.Equal(23, enums.Length);
        Assert.Equal(enums, tables);
        Assert.Contains("public sealed class CodeTable : global::GeneTherapy.Domain.CodeTable<global::GeneTherapy.Domain.VectorPlatform>",
            run.Sources["GeneTherapy.Domain.VectorPlatformExtensions.CodeTable.g.cs"], System.StringComparison.Ordinal);
        // The compilation references .NET's own attribute, so no copy of it is added.
        Assert.DoesNotContain("System.Runtime.CompilerServices.ModuleInitializerAttribute.g.cs", run.Sources.Keys);
    }

    [Fact]
    public void Generator_EnumPropertyNamedCodeTable_IsGTD0024BecauseTheTableIsNestedInTheExtensionsClass()
    {
        (string text, int line, int column) = GeneratorHarness.Marked(
            "{ \"seedFormat\": 1, \"namespace\": \"A\", \"enums\": [ { \"name\": \"Color\", \"properties\": [ { \"name\": $$\"CodeTable\", \"type\": \"bool\" } ], \"members\": [] } ] }");
        GeneratorRun run = GeneratorHarness.Run(("seeds/clash.seed.json", text));
        Diagnostic error = Assert.Single(run.GeneratorDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal("GTD0024", error.Id);
        Assert.Equal("'CodeTable' clashes with the generated member 'CodeTable' of the generated class 'ColorExtensions'; rename it", error.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal((line, column), (error.Location.GetLineSpan().StartLinePosition.Line + 1, error.Location.GetLineSpan().StartLinePosition.Character + 1));
    }
}
