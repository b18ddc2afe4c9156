using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using GeneTherapy.Domain.Tests.TestSupport;
using Xunit;

namespace GeneTherapy.Domain.Tests;

/// <summary>The generated record catalogs: RegulatoryRequirements and RegulatoryInstruments.</summary>
public sealed class CatalogTests
{
    public static TheoryData<string> RequirementKeys => new() { "us-ind", "us-bla", "us-ltfu" };

    [Fact]
    public void RegulatoryRequirements_All_HasSeedEntriesInDeclarationOrder()
    {
        Assert.Equal(new[] { "us-ind", "us-bla", "us-ltfu" }, RegulatoryRequirements.All.Select(r => r.Id));
        Assert.Same(RegulatoryRequirements.UsInd, RegulatoryRequirements.All[0]);
        Assert.Same(RegulatoryRequirements.UsBla, RegulatoryRequirements.All[1]);
        Assert.Same(RegulatoryRequirements.UsLtfu, RegulatoryRequirements.All[2]);
    }

    [Fact]
    public void RegulatoryRequirements_All_MatchesSeedFieldByField()
    {
        IReadOnlyList<JsonElement> seeds = SeedFiles.Entries("RegulatoryRequirement");
        Assert.Equal(seeds.Count, RegulatoryRequirements.All.Count);

        for (int i = 0; i < seeds.Count; i++)
        {
            JsonElement seed = seeds[i];
            RegulatoryRequirement entry = RegulatoryRequirements.All[i];

            Assert.Equal(seed.GetProperty("Id").GetString(), entry.Id);
            Assert.Equal(seed.GetProperty("Jurisdiction").GetString(), entry.Jurisdiction.ToCode());
            Assert.Equal(seed.GetProperty("Body").GetString(), entry.Body.ToCode());
            Assert.Equal(seed.GetProperty("Stage").GetString(), entry.Stage.ToCode());
            Assert.Equal(SeedFiles.StringOrNull(seed, "Application"), entry.Application?.ToCode());
            Assert.Equal(SeedFiles.StringOrNull(seed, "Instrument"), entry.Instrument?.Id);
            Assert.Equal(seed.GetProperty("AppliesTo").EnumerateArray().Select(e => e.GetString()), entry.AppliesTo.Select(p => p.ToCode()));
            Assert.Equal(seed.GetProperty("Statement").GetString(), entry.Statement);
            Assert.Equal(SeedFiles.StringOrNull(seed, "source"), entry.Source?.Id);
        }
    }

    [Fact]
    public void RegulatoryRequirements_SeedFacts_HaveExpectedValues()
    {
        Assert.Equal(ApplicationType.Ind, RegulatoryRequirements.UsInd.Application);
        Assert.Equal(LifecycleStage.ClinicalInvestigation, RegulatoryRequirements.UsInd.Stage);
        Assert.Null(RegulatoryRequirements.UsInd.Instrument);
        Assert.Same(Sources.FdaWhatIsGeneTherapy, RegulatoryRequirements.UsInd.Source);

        Assert.Equal(ApplicationType.Bla, RegulatoryRequirements.UsBla.Application);
        Assert.Equal(LifecycleStage.Marketing, RegulatoryRequirements.UsBla.Stage);
        Assert.Null(RegulatoryRequirements.UsBla.Instrument);

        Assert.Null(RegulatoryRequirements.UsLtfu.Application);
        Assert.Equal(LifecycleStage.LongTermFollowUp, RegulatoryRequirements.UsLtfu.Stage);
        Assert.Same(Sources.FdaLtfuGuidance2020, RegulatoryRequirements.UsLtfu.Source);

        Assert.All(RegulatoryRequirements.All, r =>
        {
            Assert.Equal(Jurisdiction.UnitedStates, r.Jurisdiction);
            Assert.Equal(RegulatoryBody.FdaCber, r.Body);
        });
    }

    [Theory]
    [MemberData(nameof(RequirementKeys))]
    public void RegulatoryRequirements_TryGetKnownKey_ReturnsCatalogInstance(string key)
    {
        Assert.True(RegulatoryRequirements.TryGet(key, out RegulatoryRequirement? found));
        Assert.Same(RegulatoryRequirements.All.Single(r => r.Id == key), found);
        Assert.Equal(key, found.Id);

        Assert.True(RegulatoryRequirements.TryGet(new string(key.ToCharArray()), out RegulatoryRequirement? viaCopy));
        Assert.Same(found, viaCopy);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("missing")]
    [InlineData("US-IND")]
    [InlineData("us-ind ")]
    [InlineData("fda-ltfu-guidance-2020")]
    public void RegulatoryRequirements_TryGetUnknownKey_ReturnsFalseAndNull(string? key)
    {
        Assert.False(RegulatoryRequirements.TryGet(key, out RegulatoryRequirement? found));
        Assert.Null(found);
    }

    [Fact]
    public void RegulatoryRequirements_UsLtfuInstrument_IsTheCatalogInstrumentInstance()
    {
        Assert.Same(RegulatoryInstruments.FdaLtfuGuidance2020, RegulatoryRequirements.UsLtfu.Instrument);
        Assert.True(RegulatoryInstruments.TryGet("fda-ltfu-guidance-2020", out RegulatoryInstrument? instrument));
        Assert.Same(instrument, RegulatoryRequirements.UsLtfu.Instrument);
    }

    [Fact]
    public void RegulatoryRequirements_EveryEntry_CitesSourceInSourcesAll()
    {
        Assert.All(RegulatoryRequirements.All, r =>
        {
            Assert.NotNull(r.Source);
            Assert.Contains(Sources.All, s => ReferenceEquals(s, r.Source));
        });
        Assert.All(RegulatoryInstruments.All, r =>
        {
            Assert.NotNull(r.Source);
            Assert.Contains(Sources.All, s => ReferenceEquals(s, r.Source));
        });
    }

    [Fact]
    public void RegulatoryRequirements_AppliesTo_CoversAllFiveProductTypes()
    {
        Assert.All(RegulatoryRequirements.All, r =>
        {
            Assert.Equal(5, r.AppliesTo.Count);
            Assert.Equal(ProductTypeExtensions.Values.OrderBy(v => v), r.AppliesTo.OrderBy(v => v));
        });
    }

    [Fact]
    public void RegulatoryRequirements_EveryEntry_IsConsistentWithItsEnums()
    {
        Assert.All(RegulatoryRequirements.All, r =>
        {
            Assert.Equal(r.Jurisdiction, r.Body.Jurisdiction());
            if (r.Application is ApplicationType application)
            {
                Assert.Equal(r.Stage, application.Stage());
                Assert.Equal(r.Jurisdiction, application.Jurisdiction());
            }

            if (r.Instrument is not null)
            {
                Assert.Equal(r.Jurisdiction, r.Instrument.Jurisdiction);
            }
        });
    }

    [Theory]
    [MemberData(nameof(RequirementKeys))]
    public void RegulatoryRequirement_FreshCopyWithNewLists_IsEqualWithSameHashCode(string key)
    {
        RegulatoryRequirement entry = Lookup(key);
        RegulatoryRequirement copy = Copy(entry, entry.AppliesTo.ToArray());

        Assert.NotSame(entry, copy);
        Assert.NotSame(entry.AppliesTo, copy.AppliesTo);
        Assert.Equal(entry, copy);
        Assert.True(entry.Equals(copy));
        Assert.True(entry.Equals((object)copy));
        Assert.True(entry == copy);
        Assert.False(entry != copy);
        Assert.Equal(entry.GetHashCode(), copy.GetHashCode());

        // A List<T> rather than an array: content decides, not the list's runtime type.
        RegulatoryRequirement listCopy = Copy(entry, new List<ProductType>(entry.AppliesTo));
        Assert.Equal(entry, listCopy);
        Assert.Equal(entry.GetHashCode(), listCopy.GetHashCode());
    }

    [Theory]
    [MemberData(nameof(RequirementKeys))]
    public void RegulatoryRequirement_CopyDifferingInOneListElement_IsNotEqual(string key)
    {
        RegulatoryRequirement entry = Lookup(key);
        ProductType[] changed = entry.AppliesTo.ToArray();
        changed[^1] = changed[0];
        RegulatoryRequirement different = Copy(entry, changed);

        Assert.NotEqual(entry, different);
        Assert.False(entry == different);
        Assert.True(entry != different);

        ProductType[] reordered = entry.AppliesTo.Reverse().ToArray();
        Assert.NotEqual(entry, Copy(entry, reordered));

        ProductType[] shorter = entry.AppliesTo.Take(entry.AppliesTo.Count - 1).ToArray();
        Assert.NotEqual(entry, Copy(entry, shorter));
    }

    [Fact]
    public void RegulatoryRequirement_CopyDifferingInOneScalarField_IsNotEqual()
    {
        RegulatoryRequirement e = RegulatoryRequirements.UsInd;
        ProductType[] a = e.AppliesTo.ToArray();

        Assert.NotEqual(e, new RegulatoryRequirement(e.Id + "x", e.Jurisdiction, e.Body, e.Stage, e.Application, e.Instrument, a, e.Statement, e.Source));
        Assert.NotEqual(e, new RegulatoryRequirement(e.Id, e.Jurisdiction, e.Body, LifecycleStage.Marketing, e.Application, e.Instrument, a, e.Statement, e.Source));
        Assert.NotEqual(e, new RegulatoryRequirement(e.Id, e.Jurisdiction, e.Body, e.Stage, null, e.Instrument, a, e.Statement, e.Source));
        Assert.NotEqual(e, new RegulatoryRequirement(e.Id, e.Jurisdiction, e.Body, e.Stage, e.Application, RegulatoryInstruments.FdaLtfuGuidance2020, a, e.Statement, e.Source));
        Assert.NotEqual(e, new RegulatoryRequirement(e.Id, e.Jurisdiction, e.Body, e.Stage, e.Application, e.Instrument, a, e.Statement + ".", e.Source));
        Assert.NotEqual(e, new RegulatoryRequirement(e.Id, e.Jurisdiction, e.Body, e.Stage, e.Application, e.Instrument, a, e.Statement, Sources.Rodriguez2025HumGeneTher));
        Assert.NotEqual(e, new RegulatoryRequirement(e.Id, e.Jurisdiction, e.Body, e.Stage, e.Application, e.Instrument, a, e.Statement));
    }

    [Fact]
    public void RegulatoryRequirement_NullRequiredArgument_ThrowsArgumentNullException()
    {
        RegulatoryRequirement e = RegulatoryRequirements.UsInd;
        ProductType[] a = e.AppliesTo.ToArray();

        ArgumentNullException id = Assert.Throws<ArgumentNullException>(
            () => new RegulatoryRequirement(null!, e.Jurisdiction, e.Body, e.Stage, e.Application, e.Instrument, a, e.Statement, e.Source));
        Assert.Equal("id", id.ParamName);

        ArgumentNullException statement = Assert.Throws<ArgumentNullException>(
            () => new RegulatoryRequirement(e.Id, e.Jurisdiction, e.Body, e.Stage, e.Application, e.Instrument, a, null!, e.Source));
        Assert.Equal("statement", statement.ParamName);

        ArgumentNullException appliesTo = Assert.Throws<ArgumentNullException>(
            () => new RegulatoryRequirement(e.Id, e.Jurisdiction, e.Body, e.Stage, e.Application, e.Instrument, null!, e.Statement, e.Source));
        Assert.Equal("appliesTo", appliesTo.ParamName);
    }

    [Fact]
    public void RegulatoryRequirement_OptionalArguments_AcceptNull()
    {
        RegulatoryRequirement e = RegulatoryRequirements.UsLtfu;

        var bare = new RegulatoryRequirement(e.Id, e.Jurisdiction, e.Body, e.Stage, null, null, Array.Empty<ProductType>(), e.Statement);

        Assert.Null(bare.Application);
        Assert.Null(bare.Instrument);
        Assert.Null(bare.Source);
        Assert.Empty(bare.AppliesTo);
        Assert.NotEqual(e, bare);
    }

    [Fact]
    public void RegulatoryInstruments_All_MatchesSeedFieldByField()
    {
        IReadOnlyList<JsonElement> seeds = SeedFiles.Entries("RegulatoryInstrument");
        Assert.Equal(seeds.Count, RegulatoryInstruments.All.Count);

        for (int i = 0; i < seeds.Count; i++)
        {
            JsonElement seed = seeds[i];
            RegulatoryInstrument entry = RegulatoryInstruments.All[i];

            Assert.Equal(seed.GetProperty("Id").GetString(), entry.Id);
            Assert.Equal(seed.GetProperty("Kind").GetString(), entry.Kind.ToCode());
            Assert.Equal(seed.GetProperty("Jurisdiction").GetString(), entry.Jurisdiction.ToCode());
            Assert.Equal(seed.GetProperty("Citation").GetString(), entry.Citation);
            Assert.Equal(seed.GetProperty("Title").GetString(), entry.Title);
            Assert.Equal(seed.TryGetProperty("Year", out JsonElement year) && year.ValueKind == JsonValueKind.Number ? (int?)year.GetInt32() : null, entry.Year);
            Assert.Equal(SeedFiles.StringOrNull(seed, "Url"), entry.Url?.OriginalString);
            Assert.Equal(SeedFiles.StringOrNull(seed, "source"), entry.Source?.Id);
        }
    }

    [Fact]
    public void RegulatoryInstruments_FdaLtfuGuidance2020_HasSeedValues()
    {
        RegulatoryInstrument g = RegulatoryInstruments.FdaLtfuGuidance2020;

        Assert.Same(g, Assert.Single(RegulatoryInstruments.All));
        Assert.Equal("fda-ltfu-guidance-2020", g.Id);
        Assert.Equal(InstrumentKind.Guidance, g.Kind);
        Assert.Equal(Jurisdiction.UnitedStates, g.Jurisdiction);
        Assert.Equal(2020, g.Year);
        Assert.NotNull(g.Url);
        Assert.True(g.Url.IsAbsoluteUri);
        Assert.Equal("www.fda.gov", g.Url.Host);
        Assert.Same(Sources.FdaLtfuGuidance2020, g.Source);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("FDA-LTFU-GUIDANCE-2020")]
    [InlineData("us-ltfu")]
    public void RegulatoryInstruments_TryGetUnknownKey_ReturnsFalseAndNull(string? key)
    {
        Assert.False(RegulatoryInstruments.TryGet(key, out RegulatoryInstrument? found));
        Assert.Null(found);
    }

    [Fact]
    public void RegulatoryInstrument_FreshCopy_IsEqualWithSameHashCode()
    {
        RegulatoryInstrument g = RegulatoryInstruments.FdaLtfuGuidance2020;
        var copy = new RegulatoryInstrument(
            new string(g.Id.ToCharArray()), g.Kind, g.Jurisdiction, new string(g.Citation.ToCharArray()), new string(g.Title.ToCharArray()),
            g.Year, new Uri(g.Url!.OriginalString), g.Source);

        Assert.NotSame(g, copy);
        Assert.Equal(g, copy);
        Assert.True(g == copy);
        Assert.Equal(g.GetHashCode(), copy.GetHashCode());

        // The requirement that points at the instrument stays equal when it points at an equal copy.
        RegulatoryRequirement ltfu = RegulatoryRequirements.UsLtfu;
        var ltfuCopy = new RegulatoryRequirement(ltfu.Id, ltfu.Jurisdiction, ltfu.Body, ltfu.Stage, ltfu.Application, copy, ltfu.AppliesTo.ToArray(), ltfu.Statement, ltfu.Source);
        Assert.Equal(ltfu, ltfuCopy);
        Assert.Equal(ltfu.GetHashCode(), ltfuCopy.GetHashCode());

        Assert.NotEqual(g, new RegulatoryInstrument(g.Id, g.Kind, g.Jurisdiction, g.Citation, g.Title, 2021, g.Url, g.Source));
        Assert.NotEqual(g, new RegulatoryInstrument(g.Id, g.Kind, g.Jurisdiction, g.Citation, g.Title, g.Year, null, g.Source));
    }

    [Fact]
    public void RegulatoryInstrument_NullRequiredString_ThrowsArgumentNullException()
    {
        RegulatoryInstrument g = RegulatoryInstruments.FdaLtfuGuidance2020;

        Assert.Equal("id", Assert.Throws<ArgumentNullException>(() => new RegulatoryInstrument(null!, g.Kind, g.Jurisdiction, g.Citation, g.Title, g.Year, g.Url)).ParamName);
        Assert.Equal("citation", Assert.Throws<ArgumentNullException>(() => new RegulatoryInstrument(g.Id, g.Kind, g.Jurisdiction, null!, g.Title, g.Year, g.Url)).ParamName);
        Assert.Equal("title", Assert.Throws<ArgumentNullException>(() => new RegulatoryInstrument(g.Id, g.Kind, g.Jurisdiction, g.Citation, null!, g.Year, g.Url)).ParamName);
    }

    [Fact]
    public void RegulatoryRequirements_All_IsReadOnly()
    {
        AssertReadOnly(RegulatoryRequirements.All, RegulatoryRequirements.UsInd);
    }

    [Fact]
    public void RegulatoryInstruments_All_IsReadOnly()
    {
        AssertReadOnly(RegulatoryInstruments.All, RegulatoryInstruments.FdaLtfuGuidance2020);
    }

    [Fact]
    public void RegulatoryRequirements_AppliesTo_IsReadOnly()
    {
        Assert.All(RegulatoryRequirements.All, r => AssertReadOnly(r.AppliesTo, ProductType.ViralVector));
    }

    internal static void AssertReadOnly<T>(IReadOnlyList<T> items, T sample)
    {
        int count = items.Count;
        T first = items[0];

        IList<T> list = Assert.IsAssignableFrom<IList<T>>(items);
        Assert.True(list.IsReadOnly);
        Assert.Throws<NotSupportedException>(() => list.Add(sample));
        Assert.Throws<NotSupportedException>(() => list[0] = sample);
        Assert.Throws<NotSupportedException>(() => list.Insert(0, sample));
        Assert.Throws<NotSupportedException>(() => list.RemoveAt(0));
        Assert.Throws<NotSupportedException>(() => list.Clear());
        Assert.False(items is T[], "A bare array could be downcast and mutated.");

        Assert.Equal(count, items.Count);
        Assert.Equal(first, items[0]);
    }

    private static RegulatoryRequirement Lookup(string key)
    {
        Assert.True(RegulatoryRequirements.TryGet(key, out RegulatoryRequirement? entry));
        return entry;
    }

    private static RegulatoryRequirement Copy(RegulatoryRequirement e, IReadOnlyList<ProductType> appliesTo) => new(
        new string(e.Id.ToCharArray()),
        e.Jurisdiction,
        e.Body,
        e.Stage,
        e.Application,
        e.Instrument,
        appliesTo,
        new string(e.Statement.ToCharArray()),
        e.Source);
}
