using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using GeneTherapy.Domain.Rules;
using GeneTherapy.Domain.Tests.TestSupport;
using Xunit;

namespace GeneTherapy.Domain.Tests;

/// <summary>
/// The catalog against the fact base it restates (a pinned copy of ../shared/domain/facts.json in FactBase/):
/// every verified product is there with its first approval, and nothing the fact base doubts is presented as verified.
/// </summary>
public sealed class FactBaseTests
{
    private static readonly Lazy<JsonElement> s_facts = new(() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(SeedFiles.RepoRoot, "tests", "GeneTherapy.Domain.Tests", "FactBase", "facts.json"))).RootElement);

    /// <summary>
    /// Products whose first-approval or status row the updates2026 section supersedes (Waskyra's decision, Aucatzyl's date,
    /// Durveqtix's discontinuation); <see cref="FactBaseUpdateTests"/> checks the new values instead.
    /// </summary>
    private static readonly HashSet<string> s_superseded = new(StringComparer.Ordinal) { "Waskyra", "Aucatzyl", "Durveqtix" };

    /// <summary>Requirement fields that an updates2026 row leaves unverified (the row's own check is in <see cref="FactBaseUpdateTests"/>).</summary>
    private static readonly Dictionary<string, string[]> s_doubtedByUpdates = new(StringComparer.Ordinal)
    {
        ["us-ltfu-genome-editing"] = new[] { nameof(RegulatoryRequirement.FollowUpYears), nameof(RegulatoryRequirement.FollowUpBound) },
        ["eu-traceability"] = new[] { nameof(RegulatoryRequirement.Body), nameof(RegulatoryRequirement.AppliesTo) },
    };

    /// <summary>Requirements an updates2026 row added (Article 14 of Regulation 1394/2007).</summary>
    private static readonly string[] s_addedByUpdates = { "eu-atmp-follow-up-art14" };

    private static IEnumerable<JsonElement> Rows(string name) => s_facts.Value.GetProperty(name).EnumerateArray();

    public static TheoryData<string> UsBrands() => Brands("usProducts");

    public static TheoryData<string> EuBrands() => Brands("euProducts");

    [Fact]
    public void Catalog_HasOneProductPerVerifiedFactBaseRow_AndNoOthers()
    {
        Assert.Equal(
            Rows("usProducts").Where(r => r.GetProperty("verified").GetBoolean()).Select(r => r.GetProperty("brand").GetString()).OrderBy(b => b, StringComparer.Ordinal),
            Products.All.Where(p => p.Jurisdiction == Jurisdiction.UnitedStates).Select(p => p.Brand).OrderBy(b => b, StringComparer.Ordinal));
        Assert.Equal(
            Rows("euProducts").Where(r => r.GetProperty("verified").GetBoolean()).Select(r => r.GetProperty("brand").GetString()).OrderBy(b => b, StringComparer.Ordinal),
            Products.All.Where(p => p.Jurisdiction == Jurisdiction.EuropeanUnion).Select(p => p.Brand).OrderBy(b => b, StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(UsBrands))]
    public void UsProduct_MatchesItsFactBaseRow(string brand)
    {
        (JsonElement row, MarketingAuthorisation a) = AssertCommonFacts("usProducts", brand, Jurisdiction.UnitedStates, "firstFdaApproval", "sponsor");
        Assert.Equal(row.GetProperty("nonproprietary").GetString(), a.Product.NonproprietaryName);

        string delivery = row.GetProperty("delivery").GetString()!;
        Delivery? expected = delivery switch { "IN_VIVO" => Delivery.InVivo, "EX_VIVO" => Delivery.ExVivo, _ => null };
        Assert.Equal(expected, a.Product.Substance.Delivery);

        // integrating=true in the fact base is the vector's integration; a genome edit is recorded as false there.
        JsonElement integrating = row.GetProperty("integrating");
        if (integrating.ValueKind == JsonValueKind.Null)
        {
            Assert.Null(a.Product.Substance.Integration);
        }
        else
        {
            Assert.Equal(integrating.GetBoolean(), a.Product.Substance.Integration == IntegrationProfile.Integrating);
        }
    }

    [Theory]
    [MemberData(nameof(EuBrands))]
    public void EuProduct_MatchesItsFactBaseRow(string brand)
    {
        (JsonElement row, MarketingAuthorisation a) = AssertCommonFacts("euProducts", brand, Jurisdiction.EuropeanUnion, "ecAuthorisation", "mah");

        string maType = row.GetProperty("maType").GetString()!;
        if (maType.Contains("not verified") || maType == "unknown")
        {
            Assert.Null(a.EuType);
            Assert.Contains(nameof(MarketingAuthorisation.EuType), a.UnverifiedFields);
        }
        else
        {
            string word = maType.Split(' ')[0];
            Assert.Equal(word.ToLowerInvariant().Replace('_', '-'), a.EuType!.Value.ToCode());
        }

        string status = row.GetProperty("status").GetString()!;
        if (s_superseded.Contains(brand))
        {
            return;
        }

        if (status.StartsWith("WITHDRAWN", StringComparison.Ordinal))
        {
            Assert.Equal(false, a.Status.IsAuthorised());
        }
        else if (status.StartsWith("LIKELY", StringComparison.Ordinal) || status.StartsWith("CHMP_POSITIVE", StringComparison.Ordinal))
        {
            Assert.Equal(AuthorisationStatus.PositiveOpinion, a.Status);
        }
        else if (status.StartsWith("UNCERTAIN", StringComparison.Ordinal) || status.Contains("(not re-checked)"))
        {
            Assert.False(a.IsVerified(nameof(MarketingAuthorisation.Status)), brand + ": the fact base doubts the status");
        }
        else
        {
            Assert.StartsWith("AUTHORISED", status, StringComparison.Ordinal);
            Assert.Equal(AuthorisationStatus.Authorised, a.Status);
        }
    }

    [Fact]
    public void Requirements_AreEveryFactBaseRequirement_WithTheSameVerificationAndYears()
    {
        List<JsonElement> rows = Rows("requirements").ToList();
        Assert.Equal(
            rows.Select(r => r.GetProperty("id").GetString()!.ToLowerInvariant()).OrderBy(id => id, StringComparer.Ordinal),
            RegulatoryRequirements.All.Select(r => r.Id).Except(s_addedByUpdates).OrderBy(id => id, StringComparer.Ordinal));
        foreach (JsonElement row in rows)
        {
            Assert.True(RegulatoryRequirements.TryGet(row.GetProperty("id").GetString()!.ToLowerInvariant(), out RegulatoryRequirement? r));
            Assert.Equal(row.GetProperty("verified").GetBoolean(), r.Verification != Verification.Unverified);
            if (s_doubtedByUpdates.TryGetValue(r.Id, out string[]? doubted))
            {
                Assert.Equal(doubted, r.UnverifiedFields);
            }
            else if (row.TryGetProperty("unverifiedFields", out _))
            {
                Assert.Equal(Verification.PartlyVerified, r.Verification);
            }
            else if (r.Verification == Verification.PartlyVerified)
            {
                // The only doubt this project adds on its own: the fact base names no body for some EU rows.
                Assert.Equal(new[] { nameof(RegulatoryRequirement.Body) }, r.UnverifiedFields);
            }
            int? years = row.TryGetProperty("durationYears", out JsonElement y) ? y.GetInt32() : null;
            Assert.Equal(years, r.FollowUpYears);
            AssertEvidence(Urls(row), r.Evidence);
        }
    }

    [Fact]
    public void AtcCodes_AreExactlyTheVerifiedOnesOfTheFactBase()
    {
        Dictionary<string, string> expected = Rows("ontologyCodes")
            .Where(r => r.GetProperty("system").GetString() == "WHO ATC" && r.GetProperty("verified").GetBoolean())
            .ToDictionary(r => r.GetProperty("concept").GetString()!.Replace("ATC code ", string.Empty), r => r.GetProperty("code").GetString()!);
        Dictionary<string, string> actual = ActiveSubstances.All.Where(s => s.AtcCode is not null)
            .ToDictionary(s => Products.All.First(p => ReferenceEquals(p.Substance, s) && expected.ContainsKey(p.Brand)).Brand, s => s.AtcCode!);
        Assert.Equal(expected.OrderBy(p => p.Key, StringComparer.Ordinal), actual.OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void UnverifiedVectorBeliefs_AreMarkedOnTheSubstance()
    {
        foreach (JsonElement row in Rows("usProducts"))
        {
            bool vectorDoubted = row.TryGetProperty("unverifiedFields", out JsonElement fields)
                && fields.EnumerateArray().Any(f => f.GetString()!.StartsWith("vector", StringComparison.Ordinal));
            ActiveSubstance s = Authorisation(row.GetProperty("brand").GetString()!, Jurisdiction.UnitedStates).Product.Substance;
            Assert.Equal(vectorDoubted, !s.IsVerified(nameof(ActiveSubstance.Vector)));
        }
    }

    [Fact]
    public void Question_AavProductsInTheEu_AreTheFactBaseRowsWithAnAavVector()
    {
        // "Which AAV products are approved in the EU and since when?", asked as the sample asks it.
        var answer = MarketingAuthorisations.All
            .Where(a => a.Product.Jurisdiction == Jurisdiction.EuropeanUnion && a.Product.Substance.Vector == VectorPlatform.AdenoAssociatedVirus)
            .Select(a => (a.Product.Brand, a.Year))
            .OrderBy(x => x.Brand, StringComparer.Ordinal);
        var expected = Rows("euProducts")
            .Where(r => r.GetProperty("vector").GetString()!.StartsWith("AAV", StringComparison.Ordinal))
            .Select(r => (r.GetProperty("brand").GetString()!, (int?)r.GetProperty("year").GetInt32()))
            .OrderBy(x => x.Item1, StringComparer.Ordinal);
        Assert.Equal(expected, answer);
        Assert.Equal(7, answer.Count());
    }

    /// <summary>What US and EU rows share: first approval, holder, evidence, and doubts carried over.</summary>
    private static (JsonElement Row, MarketingAuthorisation Authorisation) AssertCommonFacts(
        string list, string brand, Jurisdiction jurisdiction, string approvalField, string holderField)
    {
        JsonElement row = Row(list, brand);
        MarketingAuthorisation a = Authorisation(brand, jurisdiction);
        if (!s_superseded.Contains(brand))
        {
            AssertApproval(row, row.GetProperty(approvalField).GetString()!, a);
        }

        Assert.Equal(row.GetProperty(holderField).GetString(), a.Product.FirstHolder);
        AssertEvidence(Urls(row), a.Product.Evidence);
        if (!s_superseded.Contains(brand))
        {
            AssertDoubtsAreCarried(row, a);
        }

        return (row, a);
    }

    private static void AssertApproval(JsonElement row, string approval, MarketingAuthorisation a)
    {
        JsonElement year = row.GetProperty("year");
        if (year.ValueKind == JsonValueKind.Null || a.Year is null)
        {
            Assert.Equal(AuthorisationStatus.PositiveOpinion, a.Status);
            Assert.Contains(nameof(MarketingAuthorisation.Year), a.UnverifiedFields);
        }
        else
        {
            Assert.Equal(year.GetInt32(), a.Year);
        }

        Match day = Regex.Match(approval, @"^(\d{4})-(\d{2})-(\d{2})");
        Match month = Regex.Match(approval, @"^(\d{4})-(\d{2})");
        if (day.Success)
        {
            Assert.Equal(DateTime.ParseExact(day.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture), a.Date);
        }
        else
        {
            Assert.Null(a.Date);
            Assert.Equal(month.Success ? int.Parse(month.Groups[2].Value, CultureInfo.InvariantCulture) : null, a.Month);
            if (!month.Success && a.Year is not null)
            {
                Assert.Contains(nameof(MarketingAuthorisation.Date), a.UnverifiedFields);
            }
        }

        if (approval.Contains("inferred"))
        {
            Assert.Contains(nameof(MarketingAuthorisation.Year), a.UnverifiedFields);
        }
    }

    /// <summary>A row the fact base qualifies (unverified fields, disagreeing sources) is never fully verified in the catalog.</summary>
    private static void AssertDoubtsAreCarried(JsonElement row, MarketingAuthorisation a)
    {
        bool doubted = row.TryGetProperty("unverifiedFields", out _)
            || (row.TryGetProperty("note", out JsonElement note) && Regex.IsMatch(note.GetString()!, "conflict|One source (says|gives)|most sources", RegexOptions.IgnoreCase));
        if (doubted)
        {
            IVerifiable[] parts = new IVerifiable[] { a, a.Product, a.Product.Substance }.Concat(AuthorisationRules.History(a)).ToArray();
            Assert.Contains(parts, p => p.Verification != Verification.Verified);
        }
    }

    /// <summary>The fact base row's pages come first, in its order; any page added since is a declared source.</summary>
    private static void AssertEvidence(IEnumerable<string> rowUrls, IReadOnlyList<Uri> evidence)
    {
        List<string> expected = rowUrls.ToList();
        Assert.Equal(expected, evidence.Take(expected.Count).Select(u => u.OriginalString));
        Assert.All(evidence.Skip(expected.Count), u => Assert.Contains(Sources.All, s => s.Url is not null && s.Url.OriginalString == u.OriginalString));
    }

    private static MarketingAuthorisation Authorisation(string brand, Jurisdiction jurisdiction) =>
        Assert.Single(MarketingAuthorisations.All, a => a.Product.Brand == brand && a.Product.Jurisdiction == jurisdiction);

    private static JsonElement Row(string list, string brand) => Rows(list).Single(r => r.GetProperty("brand").GetString() == brand);

    private static IEnumerable<string> Urls(JsonElement row) =>
        row.GetProperty("source").GetString()!.Split('|').Select(u => u.Trim()).Where(u => u.StartsWith("http", StringComparison.Ordinal));

    private static TheoryData<string> Brands(string list)
    {
        var data = new TheoryData<string>();
        foreach (JsonElement row in Rows(list))
        {
            data.Add(row.GetProperty("brand").GetString()!);
        }

        return data;
    }
}
