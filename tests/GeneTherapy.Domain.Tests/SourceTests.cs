using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using GeneTherapy.Domain.Tests.TestSupport;
using Xunit;

namespace GeneTherapy.Domain.Tests;

/// <summary>The generated Sources catalog and the hand-written Source type.</summary>
public sealed class SourceTests
{
    public static TheoryData<string> SourceIds
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (JsonElement source in SeedFiles.Sources)
            {
                data.Add(source.GetProperty("id").GetString()!);
            }

            return data;
        }
    }

    [Fact]
    public void Sources_All_HoldsExactlyTheSeedSources()
    {
        List<string> seedIds = SeedFiles.Sources.Select(s => s.GetProperty("id").GetString()!).ToList();

        Assert.NotEmpty(seedIds);
        Assert.Equal(seedIds.OrderBy(i => i, StringComparer.Ordinal), Sources.All.Select(s => s.Id).OrderBy(i => i, StringComparer.Ordinal));
        Assert.Equal(Sources.All.Count, Sources.All.Select(s => s.Id).Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [MemberData(nameof(SourceIds))]
    public void Sources_EverySeedSource_MatchesSeedFields(string id)
    {
        JsonElement seed = SeedFiles.Sources.Single(s => s.GetProperty("id").GetString() == id);
        Source source = Assert.Single(Sources.All, s => s.Id == id);

        Assert.Equal(seed.GetProperty("title").GetString(), source.Title);
        Assert.Equal(SeedFiles.StringOrNull(seed, "publisher"), source.Publisher);
        Assert.Equal(SeedFiles.StringOrNull(seed, "url"), source.Url?.OriginalString);
        Assert.Equal(SeedFiles.StringOrNull(seed, "doi"), source.Doi);
        Assert.Equal(SeedFiles.StringOrNull(seed, "summary"), source.Summary);
    }

    [Theory]
    [MemberData(nameof(SourceIds))]
    public void Sources_TryGetEveryId_ReturnsTheInstanceInAll(string id)
    {
        Assert.True(Sources.TryGet(id, out Source? found));
        Assert.Equal(id, found.Id);
        Assert.Contains(Sources.All, s => ReferenceEquals(s, found));

        Assert.True(Sources.TryGet(new string(id.ToCharArray()), out Source? again));
        Assert.Same(found, again);
    }

    [Fact]
    public void Sources_TryGetEveryIdInAll_ReturnsSameInstance()
    {
        Assert.All(Sources.All, source =>
        {
            Assert.True(Sources.TryGet(source.Id, out Source? found));
            Assert.Same(source, found);
        });
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("missing")]
    [InlineData("FDA-WHAT-IS-GENE-THERAPY")]
    [InlineData("fda-what-is-gene-therapy ")]
    [InlineData("FdaWhatIsGeneTherapy")]
    public void Sources_TryGetUnknownId_ReturnsFalseAndNull(string? id)
    {
        Assert.False(Sources.TryGet(id, out Source? found));
        Assert.Null(found);
    }

    [Fact]
    public void Sources_NamedProperties_HaveSeedIds()
    {
        Assert.Equal("fda-what-is-gene-therapy", Sources.FdaWhatIsGeneTherapy.Id);
        Assert.Equal("rodriguez-2025-hum-gene-ther", Sources.Rodriguez2025HumGeneTher.Id);
        Assert.Equal("fda-ltfu-guidance-2020", Sources.FdaLtfuGuidance2020.Id);

        Assert.Equal("10.1177/10430342251372047", Sources.Rodriguez2025HumGeneTher.Doi);
        Assert.Null(Sources.FdaWhatIsGeneTherapy.Doi);
        Assert.Equal("https://pubmed.ncbi.nlm.nih.gov/40844460/", Sources.Rodriguez2025HumGeneTher.Url?.OriginalString);
    }

    [Fact]
    public void Sources_EveryPublicStaticProperty_IsInAllAndViceVersa()
    {
        List<Source> properties = typeof(Sources)
            .GetProperties(BindingFlags.Public | BindingFlags.Static)
            .Where(p => p.PropertyType == typeof(Source))
            .Select(p => (Source)p.GetValue(null)!)
            .ToList();

        Assert.Equal(Sources.All.Count, properties.Count);
        Assert.All(properties, p => Assert.Contains(Sources.All, s => ReferenceEquals(s, p)));
    }

    [Fact]
    public void Sources_All_IsReadOnly()
    {
        CatalogTests.AssertReadOnly(Sources.All, Sources.FdaWhatIsGeneTherapy);
    }

    [Fact]
    public void Sources_EveryCitedSource_IsDeclaredInSeeds()
    {
        // The "every fact cites a source" invariant, seen from the seeds: every source id that a seed enum,
        // member or catalog entry cites must resolve through Sources.TryGet.
        IEnumerable<string> cited = SeedFiles.Enums.SelectMany(e =>
                new[] { SeedFiles.StringOrNull(e, "source") }
                    .Concat(e.GetProperty("members").EnumerateArray().Select(m => SeedFiles.StringOrNull(m, "source"))))
            .Concat(SeedFiles.Roots.SelectMany(r => r.TryGetProperty("entries", out JsonElement entries)
                ? entries.EnumerateObject().SelectMany(list => list.Value.EnumerateArray().Select(entry => SeedFiles.StringOrNull(entry, "source")))
                : Enumerable.Empty<string?>()))
            .OfType<string>()
            .Distinct(StringComparer.Ordinal);

        Assert.All(cited, id =>
        {
            Assert.True(Sources.TryGet(id, out Source? source), id);
            Assert.Contains(Sources.All, s => ReferenceEquals(s, source));
        });
    }

    [Fact]
    public void Source_ToString_CitesTitlePublisherAndUrl()
    {
        Source fda = Sources.FdaWhatIsGeneTherapy;
        Assert.Equal(fda.Title + ", " + fda.Publisher + " <" + fda.Url!.OriginalString + ">", fda.ToString());

        var doiOnly = new Source("x", "A title", doi: "10.1/abc");
        Assert.Equal("A title doi:10.1/abc", doiOnly.ToString());

        var bare = new Source("x", "A title");
        Assert.Equal("A title", bare.ToString());
    }

    [Fact]
    public void Source_FreshCopy_IsEqualWithSameHashCode()
    {
        Source r = Sources.Rodriguez2025HumGeneTher;
        var copy = new Source(new string(r.Id.ToCharArray()), r.Title, r.Publisher, new Uri(r.Url!.OriginalString), r.Doi, r.Summary, r.Kind);

        Assert.NotSame(r, copy);
        Assert.Equal(r, copy);
        Assert.True(r.Equals((object)copy));
        Assert.Equal(r.GetHashCode(), copy.GetHashCode());

        Assert.NotEqual(r, new Source(r.Id, r.Title + "!", r.Publisher, r.Url, r.Doi, r.Summary));
        Assert.NotEqual(r, new Source(r.Id, r.Title, r.Publisher, r.Url, null, r.Summary));
        Assert.False(r.Equals(null));
    }

    [Fact]
    public void Source_NullIdOrTitle_ThrowsArgumentNullException()
    {
        Assert.Equal("id", Assert.Throws<ArgumentNullException>(() => new Source(null!, "t")).ParamName);
        Assert.Equal("title", Assert.Throws<ArgumentNullException>(() => new Source("x", null!)).ParamName);
    }
}
