using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using GeneTherapy.Domain.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Xunit;

namespace GeneTherapy.Domain.Generators.Tests;

/// <summary>The descriptors themselves; their documentation is checked by <see cref="DiagnosticDocTests"/>.</summary>
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
    public void Descriptors_ErrorsAreNotConfigurableAndEachHasATitle()
    {
        Assert.All(DiagnosticDescriptors.All, d =>
        {
            Assert.False(string.IsNullOrWhiteSpace(d.Title.ToString()));
            Assert.Equal(d.DefaultSeverity == DiagnosticSeverity.Error, d.CustomTags.Contains(WellKnownDiagnosticTags.NotConfigurable));
        });
    }

    /// <summary>
    /// The release-tracking analyzer (Microsoft.CodeAnalysis.Analyzers) fails the build for a descriptor without a
    /// row (RS2000) or with a changed category (RS2001), but not for a wrong severity: descriptors are made through
    /// Error() and Warning(), and it does not see the severity those pass on. This test catches that, and rows of
    /// ids that no descriptor has.
    /// </summary>
    [Fact]
    public void AnalyzerReleases_ListExactlyTheDescriptorsWithTheirCategoryAndSeverity()
    {
        string directory = Path.Combine(GeneratorHarness.RepoRoot, "generators", "GeneTherapy.Domain.Generators");
        List<string> rows = ReleaseRows(File.ReadAllText(Path.Combine(directory, "AnalyzerReleases.Shipped.md")))
            .Concat(ReleaseRows(File.ReadAllText(Path.Combine(directory, "AnalyzerReleases.Unshipped.md"))))
            .OrderBy(r => r, StringComparer.Ordinal)
            .ToList();
        List<string> descriptors = DiagnosticDescriptors.All
            .Select(d => $"{d.Id} | {d.Category} | {d.DefaultSeverity}")
            .OrderBy(r => r, StringComparer.Ordinal)
            .ToList();

        Assert.Equal(descriptors, rows);
    }

    /// <summary>"Id | Category | Severity" of each rule row under "### New Rules" (rows of removed or changed rules are not used).</summary>
    private static IEnumerable<string> ReleaseRows(string markdown)
    {
        bool inNewRules = false;
        foreach (string line in markdown.Replace("\r\n", "\n").Split('\n'))
        {
            if (line.StartsWith("###", StringComparison.Ordinal))
            {
                inNewRules = line.Trim() == "### New Rules";
                continue;
            }

            Match row = Regex.Match(line, @"^\s*(GTD[0-9]{4})\s*\|\s*([^|]+?)\s*\|\s*([^|]+?)\s*\|");
            if (inNewRules && row.Success)
            {
                yield return $"{row.Groups[1].Value} | {row.Groups[2].Value} | {row.Groups[3].Value}";
            }
        }
    }
}
