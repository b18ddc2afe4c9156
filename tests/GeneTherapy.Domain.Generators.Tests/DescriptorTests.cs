using System.IO;
using System.Linq;
using GeneTherapy.Domain.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Xunit;

namespace GeneTherapy.Domain.Generators.Tests;

public class DescriptorTests
{
    [Fact]
    public void Descriptors_Ids_AreUniqueAndFollowTheScheme()
    {
        string[] ids = DiagnosticDescriptors.All.Select(d => d.Id).ToArray();

        Assert.Equal(ids.Length, ids.Distinct().Count());
        Assert.All(ids, id => Assert.Matches("^GTD[0-9]{4}$", id));
    }

    [Fact]
    public void Descriptors_EachIsTrackedInAnalyzerReleases()
    {
        string unshipped = File.ReadAllText(Path.Combine(GeneratorHarness.RepoRoot, "generators", "GeneTherapy.Domain.Generators", "AnalyzerReleases.Unshipped.md"));

        Assert.All(DiagnosticDescriptors.All, d =>
            Assert.Contains($"{d.Id} | {d.Category} | {d.DefaultSeverity} |", unshipped));
    }

    [Fact]
    public void Descriptors_HelpLinks_PointAtAHeadingOfTheReadme()
    {
        string readme = File.ReadAllText(Path.Combine(GeneratorHarness.RepoRoot, "README.md"));

        Assert.All(DiagnosticDescriptors.All, d =>
        {
            Assert.Equal(DiagnosticDescriptors.HelpLinkBase + d.Id.ToLowerInvariant(), d.HelpLinkUri);
            Assert.Matches($"(?m)^#+ {d.Id}\\b", readme);
            Assert.False(string.IsNullOrWhiteSpace(d.Title.ToString()));
            if (d.DefaultSeverity == DiagnosticSeverity.Error)
            {
                Assert.Contains(WellKnownDiagnosticTags.NotConfigurable, d.CustomTags);
            }
        });
    }
}
