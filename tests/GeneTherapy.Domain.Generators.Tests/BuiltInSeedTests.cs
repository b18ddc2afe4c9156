using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace GeneTherapy.Domain.Generators.Tests;

/// <summary>The repository's own seeds under seeds/: they must generate code that compiles cleanly.</summary>
public class BuiltInSeedTests
{
    [Theory]
    [InlineData(LanguageVersion.CSharp9)]
    [InlineData(LanguageVersion.CSharp12)]
    [InlineData(LanguageVersion.Latest)]
    public void Generator_BuiltInSeeds_CompileWithNoDiagnostics(LanguageVersion version)
    {
        GeneratorRun run = GeneratorHarness.Run(GeneratorHarness.BuiltInSeeds, version);

        Assert.Empty(run.GeneratorDiagnostics.Select(d => d.ToString()));
        Assert.Contains("GeneTherapy.Domain.ProductType.g.cs", run.Sources.Keys);
        Assert.Contains("GeneTherapy.Domain.RegulatoryRequirements.g.cs", run.Sources.Keys);
        Assert.Contains("GeneTherapy.Domain.Sources.g.cs", run.Sources.Keys);
        GeneratorHarness.AssertCompiles(run);
    }

    public static IEnumerable<object[]> SeedFiles => GeneratorHarness.BuiltInSeeds.Select(s => new object[] { s.Path });

    [Theory]
    [MemberData(nameof(SeedFiles))]
    public void Generator_BuiltInSeedTruncatedToHalf_ReportsLocatedGTD0001AndOutputCompiles(string path)
    {
        List<(string Path, string Text)> seeds = GeneratorHarness.BuiltInSeeds.ToList();
        int index = seeds.FindIndex(s => s.Path == path);
        string truncated = seeds[index].Text.Substring(0, seeds[index].Text.Length / 2);
        seeds[index] = (path, truncated);

        GeneratorRun run = GeneratorHarness.Run(seeds);

        Diagnostic malformed = Assert.Single(run.GeneratorDiagnostics, d => d.Id == "GTD0001");
        FileLinePositionSpan span = malformed.Location.GetLineSpan();
        Assert.Equal(path, span.Path);
        int lastLine = truncated.Count(c => c == '\n');
        Assert.Equal(lastLine, span.StartLinePosition.Line);
        Assert.All(run.GeneratorDiagnostics, d => Assert.StartsWith("GTD", d.Id));
        Assert.All(run.GeneratorDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error), d => Assert.StartsWith("seeds/", d.Location.GetLineSpan().Path));
        GeneratorHarness.AssertCompiles(run);
    }

    [Fact]
    public void Generator_EveryPrefixOfBuiltInSeeds_NeverThrowsAndOutputCompiles()
    {
        // A sample of prefixes (every 97th length) keeps this fast; issue #6 runs exhaustive mutations.
        foreach ((string path, string text) in GeneratorHarness.BuiltInSeeds)
        {
            // Up to the last non-blank character: a prefix that keeps the whole document and drops only the final
            // newline is valid JSON, not a truncation (products-eu.seed.json once had such a length).
            for (int length = 0; length < text.TrimEnd().Length; length += 97)
            {
                var seeds = GeneratorHarness.BuiltInSeeds.Select(s => s.Path == path ? (path, text.Substring(0, length)) : s).ToList();

                GeneratorRun run = GeneratorHarness.Run(seeds);

                Assert.Contains(run.GeneratorDiagnostics, d => d.Id == "GTD0001" && d.Location.GetLineSpan().Path == path);
                Assert.Empty(run.CompileProblems.Select(d => $"prefix {length} of {path}: {d}"));
            }
        }
    }
}
