using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using GeneTherapy.Domain.Rules;
using GeneTherapy.Domain.Tests.TestSupport;
using Xunit;

namespace GeneTherapy.Domain.Tests;

/// <summary>
/// Every row of the fact base's updates2026 section against the catalogs: the new value, its date, and its verification
/// (a row marked verified is verified in the catalog, one marked unverified is flagged there), with the source's kind.
/// </summary>
public sealed class FactBaseUpdateTests
{
    private static readonly Lazy<JsonElement> s_updates = new(() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(SeedFiles.RepoRoot, "tests", "GeneTherapy.Domain.Tests", "FactBase", "facts.json")))
            .RootElement.GetProperty("updates2026"));

    private static readonly Dictionary<string, Action<JsonElement>> s_checks = new(StringComparer.Ordinal)
    {
        ["Waskyra (EU)"] = row =>
        {
            MarketingAuthorisation a = MarketingAuthorisations.WaskyraEu;
            Assert.Equal(AuthorisationStatus.Authorised, a.Status);
            Assert.Equal(new DateTime(2026, 1, 9), a.Date);
            Assert.True(a.IsVerified(nameof(MarketingAuthorisation.Date)));
            AssertSource(row, a.Source, "emme45");
        },
        ["Vyjuvek (EU)"] = row =>
        {
            MarketingAuthorisation a = MarketingAuthorisations.VyjuvekEu;
            Assert.Equal(AuthorisationStatus.PositiveOpinion, a.Status);
            Assert.Null(a.Year);
            Assert.False(a.IsVerified(nameof(MarketingAuthorisation.Year)));
            Assert.Contains("not verified", a.Note, StringComparison.Ordinal);
            Assert.Contains(a.Product.Evidence, u => u.OriginalString == "https://rxreasoner.com/monographs/vyjuvek-gel");
            AssertSource(row, Sources.RxreasonerVyjuvek, "rxreasoner.com");
        },
        ["Strimvelis (EU)"] = row =>
        {
            AuthorisationEvent transfer = AuthorisationEvents.StrimvelisEuHolder2023;
            Assert.Equal((AuthorisationEventKind.HolderTransferred, "Fondazione Telethon", (DateTime?)new DateTime(2023, 7, 17)), (transfer.Kind, transfer.Holder, transfer.Date));
            Assert.Equal(Verification.Verified, transfer.Verification);
            Assert.Equal("Fondazione Telethon", AuthorisationRules.HolderOn(Products.StrimvelisEu, Content.CurrentTo).Holder);
            AssertSource(row, transfer.Source, "irdirc.org");
        },
        ["Tecelra (US)"] = row =>
        {
            AuthorisationEvent transfer = AuthorisationEvents.TecelraUsHolder2025;
            Assert.Equal((AuthorisationEventKind.HolderTransferred, "US WorldMeds", (DateTime?)new DateTime(2025, 7, 31)), (transfer.Kind, transfer.Holder, transfer.Date));
            Assert.Equal(Verification.Verified, transfer.Verification);
            Assert.Equal("Adaptimmune", Products.TecelraUs.FirstHolder);
            AssertSource(row, transfer.Source, "healthtechnologyinsights.com/us-worldmeds-acquires-adaptimmunes-cell-therapy-assets");
        },
        ["Elevidys (US)"] = row =>
        {
            AuthorisationEvent warning = AuthorisationEvents.ElevidysUsBoxedWarning2025;
            AuthorisationEvent restriction = AuthorisationEvents.ElevidysUsRestricted2025;
            Assert.Equal((AuthorisationEventKind.BoxedWarning, (DateTime?)new DateTime(2025, 11, 14)), (warning.Kind, warning.Date));
            Assert.Equal((AuthorisationEventKind.IndicationRestricted, (DateTime?)new DateTime(2025, 11, 14)), (restriction.Kind, restriction.Date));
            Assert.Contains("non-ambulatory", restriction.Detail, StringComparison.Ordinal);
            Assert.All(new[] { warning, restriction }, e => Assert.Equal(Verification.Verified, e.Verification));
            // The fact base cites news pages; the catalog cites FDA's own announcement, which they quote.
            Assert.Equal(SourceKind.Regulator, warning.Source!.Kind);
            Assert.Equal("press", row.GetProperty("sourceKind").GetString());
        },
        ["Skysona (US)"] = row =>
        {
            AuthorisationEvent restriction = AuthorisationEvents.SkysonaUsRestricted2025;
            Assert.Equal((AuthorisationEventKind.IndicationRestricted, (DateTime?)new DateTime(2025, 8, 7)), (restriction.Kind, restriction.Date));
            Assert.Equal(Verification.Verified, restriction.Verification);
            AssertSource(row, restriction.Source, "epocrates.com");
        },
        ["Aucatzyl (EU)"] = row =>
        {
            MarketingAuthorisation a = MarketingAuthorisations.AucatzylEu;
            Assert.Equal((2025, 7, (DateTime?)new DateTime(2025, 7, 21)), (a.Year!.Value, a.Month!.Value, a.Date));
            Assert.True(a.IsVerified(nameof(MarketingAuthorisation.Date)));
            Assert.Contains(a.Product.Evidence, u => u.OriginalString.Contains("nasdaq.com/articles/european-commission-grants-marketing-authorization-autolus"));
            AssertSource(row, Sources.NasdaqAucatzylEc2025, "nasdaq.com");
        },
        ["Beqvez (US) / Durveqtix (EU)"] = row =>
        {
            foreach (AuthorisationEvent e in new[] { AuthorisationEvents.BeqvezUsDiscontinued, AuthorisationEvents.DurveqtixEuDiscontinued })
            {
                Assert.Equal((AuthorisationEventKind.MarketingDiscontinued, 2025, (int?)2), (e.Kind, e.Year, e.Month));
                Assert.Equal(Verification.Verified, e.Verification);
                Assert.Equal(AuthorisationStatus.Discontinued, e.Authorisation.Status);
                Assert.True(e.Authorisation.IsVerified(nameof(MarketingAuthorisation.Status)));
                AssertSource(row, e.Source, "aabb.org");
            }
        },
        ["Elevidys (EU)"] = row =>
        {
            Assert.DoesNotContain(Products.All, p => p.Brand == "Elevidys" && p.Jurisdiction == Jurisdiction.EuropeanUnion);
            Assert.Contains("negative opinion", ActiveSubstances.DelandistrogeneMoxeparvovec.Note, StringComparison.Ordinal);
        },
        ["EMA/CAT/80183/2014 (GTMP quality guideline)"] = row =>
        {
            RegulatoryInstrument guideline = RegulatoryInstruments.EmaGtmpQualityGuideline;
            Assert.Equal((2018, (DateTime?)new DateTime(2018, 7, 13)), (guideline.Year!.Value, guideline.Published));
            RegulatoryRequirement requirement = RegulatoryRequirements.EuGtmpQualityGl;
            Assert.Equal(LifecycleStage.Marketing, requirement.Stage);
            Assert.Contains("marketing authorisation", requirement.Statement, StringComparison.Ordinal);
            Assert.Contains("clinical-trial dossiers", requirement.Statement, StringComparison.Ordinal);
            Assert.Equal(Verification.Verified, requirement.Verification);
            AssertSource(row, guideline.Source, row.GetProperty("source").GetString()!);
        },
        ["EMEA/CHMP/GTWP/125459/06"] = row =>
        {
            RegulatoryInstrument guideline = RegulatoryInstruments.EmaGtmpNonClinicalGuideline;
            Assert.Equal(new DateTime(2008, 11, 1), guideline.EffectiveFrom);
            AssertSource(row, guideline.Source, row.GetProperty("source").GetString()!);
        },
        ["US LTFU 2020 guidance, integrating vectors"] = row =>
        {
            RegulatoryRequirement r = RegulatoryRequirements.UsLtfuIntegrating;
            Assert.Contains("recommends", r.Statement, StringComparison.Ordinal);
            Assert.Contains("up to 15 years", r.Statement, StringComparison.Ordinal);
            Assert.Contains("non-binding", r.Statement, StringComparison.Ordinal);
            Assert.Equal((15, (DurationBound?)DurationBound.UpTo), (r.FollowUpYears!.Value, r.FollowUpBound));
            Assert.Equal(Verification.Verified, r.Verification);
            AssertSource(row, r.Source, "library.raps.org");
        },
        ["US genome-editing guidance (final, January 2024)"] = row =>
        {
            RegulatoryRequirement r = RegulatoryRequirements.UsLtfuGenomeEditing;
            Assert.Equal(15, r.FollowUpYears);
            Assert.False(r.IsVerified(nameof(RegulatoryRequirement.FollowUpYears)));
            Assert.Contains("not verified", r.Statement, StringComparison.Ordinal);
            Assert.Contains("2022 draft", r.Note, StringComparison.Ordinal);
            AssertSource(row, r.Source, "geneticsandsociety.org");
        },
        ["Regulation (EC) 1394/2007 Art 15 (traceability)"] = row =>
        {
            RegulatoryRequirement r = RegulatoryRequirements.EuTraceability;
            Assert.Same(RegulatoryInstruments.EuReg13942007Art15, Assert.Single(r.Instruments));
            Assert.Equal(5, r.AppliesTo.Count);
            Assert.False(r.IsVerified(nameof(RegulatoryRequirement.AppliesTo)));
            Assert.Contains("Article 15", r.Statement, StringComparison.Ordinal);
            AssertSource(row, RegulatoryInstruments.EuReg13942007Art15.Source, row.GetProperty("source").GetString()!);
        },
        ["Regulation (EC) 1394/2007 Art 14 (post-authorisation follow-up)"] = row =>
        {
            RegulatoryRequirement r = RegulatoryRequirements.EuAtmpFollowUpArt14;
            Assert.Same(RegulatoryInstruments.EuReg13942007Art14, Assert.Single(r.Instruments));
            Assert.Equal(Verification.Unverified, r.Verification);
            Assert.Contains("Article 14", r.Statement, StringComparison.Ordinal);
            Assert.DoesNotContain(MarketingAuthorisations.All, a => FollowUpRules.For(a.Product).Requirement == r);
            AssertSource(row, r.Source, row.GetProperty("source").GetString()!);
        },
        ["Strimvelis"] = row =>
        {
            string note = ActiveSubstances.StrimvelisAdaCd34.Note!;
            Assert.Contains("gamma-retroviral one authorised in the EU", note, StringComparison.Ordinal);
            Assert.Contains("Rexin-G", note, StringComparison.Ordinal);
            Assert.DoesNotContain("first gamma-retroviral one.", note, StringComparison.Ordinal);
            AssertSource(row, Sources.Pmc8654240Table1, "PMC8654240");
        },
        ["Casgevy"] = row =>
        {
            string note = ActiveSubstances.ExagamglogeneAutotemcel.Note!;
            Assert.Contains("erythroid-specific enhancer", note, StringComparison.Ordinal);
            // The row was unverified (no source); a repost of EMA's summary of opinion, found since, says so.
            Assert.False(row.GetProperty("verified").GetBoolean());
            Assert.Contains("EMA's summary of opinion", note, StringComparison.Ordinal);
            Assert.Contains(Products.CasgevyEu.Evidence, u => u.OriginalString == Sources.EinpresswireCasgevyChmpOpinion.Url!.OriginalString);
            Assert.Equal(Mechanism.InactivateGene, Assert.Single(ActiveSubstances.ExagamglogeneAutotemcel.Mechanisms));
        },
    };

    public static TheoryData<string> Subjects()
    {
        var data = new TheoryData<string>();
        foreach (JsonElement row in s_updates.Value.GetProperty("rows").EnumerateArray())
        {
            data.Add(row.GetProperty("subject").GetString()!);
        }

        return data;
    }

    [Fact]
    public void Updates_HaveSeventeenRows_EachWithACheck()
    {
        List<string> subjects = s_updates.Value.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("subject").GetString()!).ToList();
        Assert.Equal(17, subjects.Count);
        Assert.Equal(subjects.OrderBy(s => s, StringComparer.Ordinal), s_checks.Keys.OrderBy(s => s, StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Subjects))]
    public void UpdateRow_IsAppliedToTheCatalogs(string subject)
    {
        JsonElement row = s_updates.Value.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("subject").GetString() == subject);

        s_checks[subject](row);
    }

    [Fact]
    public void OntologySeen_IsUsedOnlyWhereAMemberIsExactlyThatConcept()
    {
        // None of the five concepts is what a member names: C1962 and C15238 are gene therapy itself (agent, procedure),
        // C213381 and C126102 are whole therapies (an oncolytic agent, CAR T-cell therapy) where our members name a
        // vector platform or a receptor, and C48818 is the AAV2 organism, not the AAV vector platform.
        HashSet<string> seen = s_updates.Value.GetProperty("ontologySeen").EnumerateArray().Select(o => o.GetProperty("code").GetString()!).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(5, seen.Count);
        Assert.Empty(SeedFiles.Enums.SelectMany(e => e.GetProperty("members").EnumerateArray())
            .Where(m => m.TryGetProperty("ontology", out JsonElement codes) && codes.EnumerateArray().Any(c => seen.Contains(c.GetString()!)))
            .Select(m => m.GetProperty("code").GetString()));
    }

    /// <summary>The catalog cites the row's page (<paramref name="urlPart"/>) with the row's kind, or a regulator/law where the row's kind is one.</summary>
    private static void AssertSource(JsonElement row, Source? source, string urlPart)
    {
        Assert.NotNull(source);
        string? part = urlPart.Split(new[] { " ;", " (", ";" }, StringSplitOptions.None)[0].Replace("https://", string.Empty).Replace("www.", string.Empty).TrimEnd('/');
        Assert.Contains(part, source!.Url!.OriginalString, StringComparison.Ordinal);
        string kind = row.GetProperty("sourceKind").GetString()!;
        Assert.Equal(kind, source.Kind switch
        {
            SourceKind.Regulator => "regulator",
            SourceKind.Legislation => "legislation",
            SourceKind.PeerReviewed => "peer-reviewed",
            SourceKind.Company => "company",
            SourceKind.Press => "press",
            _ => "none",
        });
        if (row.GetProperty("verified").GetBoolean() is false)
        {
            Assert.False(string.IsNullOrEmpty(source.Summary));
        }
    }
}
