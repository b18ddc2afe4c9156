using System.Linq;
using Snapshooter;
using Snapshooter.Xunit;
using Xunit;

namespace GeneTherapy.Domain.Generators.Tests;

public class SnapshotTests
{
    private static readonly string[] s_expectedHintNames =
    {
        "Acme.Pipeline.Candidate.g.cs",
        "Acme.Pipeline.Candidates.g.cs",
        "Acme.Pipeline.Platform.g.cs",
        "Acme.Pipeline.PlatformExtensions.CodeTable.g.cs",
        "Acme.Pipeline.PlatformExtensions.g.cs",
        "Acme.Pipeline.PlatformJsonConverter.g.cs",
        "Acme.Pipeline.Sources.g.cs",
    };

    [Fact]
    public void Generator_TestSeeds_EmitsExactlyTheExpectedFiles()
    {
        GeneratorRun run = GeneratorHarness.Run(("seeds/vocabulary.seed.json", TestSeeds.Vocabulary), ("seeds/catalog.seed.json", TestSeeds.Catalog));

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Equal(s_expectedHintNames, run.Sources.Keys.OrderBy(k => k, System.StringComparer.Ordinal));
        GeneratorHarness.AssertCompiles(run);
    }

    [Theory]
    [InlineData("Acme.Pipeline.Candidate.g.cs")]
    [InlineData("Acme.Pipeline.Candidates.g.cs")]
    [InlineData("Acme.Pipeline.Platform.g.cs")]
    [InlineData("Acme.Pipeline.PlatformExtensions.g.cs")]
    [InlineData("Acme.Pipeline.PlatformExtensions.CodeTable.g.cs")]
    [InlineData("Acme.Pipeline.PlatformJsonConverter.g.cs")]
    [InlineData("Acme.Pipeline.Sources.g.cs")]
    public void Emitter_TestSeeds_MatchesSnapshot(string hintName)
    {
        GeneratorRun run = GeneratorHarness.Run(("seeds/vocabulary.seed.json", TestSeeds.Vocabulary), ("seeds/catalog.seed.json", TestSeeds.Catalog));

        Snapshot.Match(GeneratorHarness.ScrubVersion(run.Sources[hintName]), SnapshotNameExtension.Create(hintName));
    }
}
