using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using GeneTherapy.Domain.Tests.TestSupport;
using Xunit;
using Xunit.Abstractions;

namespace GeneTherapy.Domain.Tests;

/// <summary>Source kinds on every source, and <see cref="CitedFacts"/>: what counts as a fact, and which facts an official source backs.</summary>
public sealed class EvidenceTests
{
    private readonly ITestOutputHelper _output;

    public EvidenceTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void EverySource_HasAKind()
    {
        Assert.Empty(Sources.All.Where(s => s.Kind is null).Select(s => s.Id));
        Assert.Equal(SeedFiles.Sources.Count(), Sources.All.Count);
    }

    [Fact]
    public void CitedFacts_CoverEveryCatalogEntryAndEveryEnumMember()
    {
        Assembly library = typeof(Source).Assembly;
        int members = library.GetTypes()
            .Where(t => t.IsEnum && t.IsPublic && t.Namespace == "GeneTherapy.Domain" && t != typeof(SourceKind))
            .Sum(t => Enum.GetValues(t).Length);
        int entries = library.GetTypes()
            .Where(t => t.IsPublic && t.IsAbstract && t.IsSealed && t != typeof(Sources) && t.GetProperty("All", BindingFlags.Public | BindingFlags.Static) is not null && t.GetMethod("IsDeprecated") is not null)
            .Sum(t => ((System.Collections.ICollection)t.GetProperty("All")!.GetValue(null)!).Count);

        Assert.Equal(members + entries, CitedFacts.All.Count);
        Assert.Equal(CitedFacts.All.Count, CitedFacts.All.Select(f => f.ToString()).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Official_IsBackedByRegulatorOrLegislation_AndEachOfficialFactCitesOne()
    {
        IReadOnlyList<CitedFact> official = CitedFacts.Official;

        Assert.Equal(official, CitedFacts.BackedBy(SourceKind.Regulator, SourceKind.Legislation));
        Assert.All(official, f => Assert.Contains(f.Sources, s => s.Kind is SourceKind.Regulator or SourceKind.Legislation));
        Assert.All(CitedFacts.All.Except(official), f => Assert.DoesNotContain(f.Sources, s => s.IsOfficial));
        Assert.Contains(official, f => f.Set == nameof(RegulatoryInstruments) && f.Key == "fda-ltfu-guidance-2020");
        Assert.DoesNotContain(official, f => f.Set == nameof(Products) && f.Key == "imlygic-us");
    }

    [Fact]
    public void Readme_StatesTheMeasuredShare()
    {
        string readme = System.IO.File.ReadAllText(System.IO.Path.Combine(SeedFiles.RepoRoot, "README.md"));
        System.Text.RegularExpressions.Match stated = System.Text.RegularExpressions.Regex.Match(readme, @"backs: (\d+) of the (\d+) that cite a source \((\d+)%\)");
        Assert.True(stated.Success, "README does not state the share of officially backed facts");

        int cited = CitedFacts.All.Count(f => f.Sources.Count > 0);
        Assert.Equal((CitedFacts.Official.Count, cited), (int.Parse(stated.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(stated.Groups[2].Value, CultureInfo.InvariantCulture)));
        Assert.Equal((int)Math.Round(100.0 * CitedFacts.Official.Count / cited), int.Parse(stated.Groups[3].Value, CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Measure_ShareOfOfficiallyBackedFacts()
    {
        // A fact is an entry or member that cites a source; members of the project's own terms (Verification) cite none.
        List<CitedFact> all = CitedFacts.All.Where(f => f.Sources.Count > 0).ToList();
        int official = CitedFacts.Official.Count;
        _output.WriteLine(string.Format(CultureInfo.InvariantCulture, "facts {0}, official {1} ({2:P1}), sources {3}, official sources {4}",
            all.Count, official, (double)official / all.Count, Sources.All.Count, Sources.All.Count(s => s.IsOfficial)));
        foreach (IGrouping<string, CitedFact> set in all.GroupBy(f => f.Set))
        {
            _output.WriteLine($"  {set.Key}: {set.Count(f => f.IsOfficiallyBacked)}/{set.Count()}");
        }

        foreach (CitedFact fact in all.Where(f => f.RestsOnPressAlone))
        {
            _output.WriteLine($"press alone: {fact} <- {string.Join(", ", fact.Sources.Select(s => s.Id))}");
        }

        Assert.InRange(official, 1, all.Count);
    }
}
