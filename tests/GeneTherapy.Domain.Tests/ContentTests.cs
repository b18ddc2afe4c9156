using System;
using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace GeneTherapy.Domain.Tests;

/// <summary>Invariants of the built-in content: references resolve, classifications agree, verification is honest.</summary>
public sealed class ContentTests
{
    private static IEnumerable<IVerifiable> Verifiables =>
        ActiveSubstances.All.Cast<IVerifiable>()
            .Concat(Products.All)
            .Concat(MarketingAuthorisations.All)
            .Concat(RegulatoryRequirements.All);

    [Fact]
    public void Products_CountPerJurisdiction_IsEveryVerifiedProductOfTheFactBase()
    {
        Assert.Equal(29, Products.All.Count(p => p.Jurisdiction == Jurisdiction.UnitedStates));
        Assert.Equal(23, Products.All.Count(p => p.Jurisdiction == Jurisdiction.EuropeanUnion));
        Assert.Equal(Products.All.Count, MarketingAuthorisations.All.Count);
    }

    [Fact]
    public void EveryEntry_CitesASourceInTheSourcesCatalog()
    {
        IEnumerable<(string What, Source? Source)> cited =
            ActiveSubstances.All.Select(e => ("substance " + e.Id, e.Source))
                .Concat(Products.All.Select(e => ("product " + e.Id, e.Source)))
                .Concat(MarketingAuthorisations.All.Select(e => ("authorisation " + e.Id, e.Source)))
                .Concat(RegulatoryRequirements.All.Select(e => ("requirement " + e.Id, e.Source)))
                .Concat(RegulatoryInstruments.All.Select(e => ("instrument " + e.Id, e.Source)));
        Assert.All(cited, c =>
        {
            Assert.True(c.Source is not null, c.What + " cites no source");
            Assert.True(Sources.TryGet(c.Source!.Id, out Source? byId), c.What);
            Assert.Same(byId, c.Source);
        });
    }

    [Fact]
    public void EveryProduct_ResolvesToCatalogInstancesAndHasExactlyOneAuthorisation()
    {
        Assert.All(Products.All, p =>
        {
            Assert.Contains(p.Substance, ActiveSubstances.All);
            Assert.Single(MarketingAuthorisations.All, a => ReferenceEquals(a.Product, p));
            Assert.Equal(p.Brand.ToLowerInvariant() + "-" + p.Jurisdiction.ToCode(), p.Id);
            Assert.NotEmpty(p.Evidence);
            Assert.All(p.Evidence, u => Assert.True(u.IsAbsoluteUri && (u.Scheme == "https" || u.Scheme == "http"), u.OriginalString));
        });
        Assert.All(ActiveSubstances.All, s => Assert.Contains(Products.All, p => ReferenceEquals(p.Substance, s)));
    }

    [Fact]
    public void EveryAuthorisation_UsesTheBodyApplicationAndPathwayOfItsJurisdiction()
    {
        Assert.All(MarketingAuthorisations.All, a =>
        {
            Jurisdiction j = a.Product.Jurisdiction;
            Assert.Equal(a.Product.Id, a.Id);
            Assert.Equal(j, a.Body.Jurisdiction());
            Assert.Equal(j, a.Application.Jurisdiction());
            Assert.Equal(LifecycleStage.Marketing, a.Application.Stage());
            Assert.Equal(j == Jurisdiction.UnitedStates ? ApplicationType.Bla : ApplicationType.Maa, a.Application);
            if (j == Jurisdiction.UnitedStates)
            {
                Assert.Null(a.EuType);
            }
            else
            {
                Assert.Null(a.UsPathway);
            }

            Assert.All(a.Designations, d => Assert.True(d.Jurisdiction() is null || d.Jurisdiction() == j, a.Id + " " + d));
        });
    }

    [Fact]
    public void EveryAuthorisation_HasConsistentYearMonthAndDate()
    {
        Assert.All(MarketingAuthorisations.All, a =>
        {
            if (a.Date is DateTime date)
            {
                Assert.Equal(date.Year, a.Year);
                Assert.Equal(date.Month, a.Month);
            }

            if (a.Month is int month)
            {
                Assert.InRange(month, 1, 12);
                Assert.NotNull(a.Year);
            }

            Assert.True(a.Year is null || a.Year is >= 2012 and <= 2026, a.Id);
            // Every event but a positive opinion (which comes before the decision) follows the first approval.
            Assert.All(AuthorisationEvents.All.Where(e => e.Authorisation.Equals(a) && e.Kind != AuthorisationEventKind.PositiveOpinion),
                e => Assert.True(a.Year is int year && e.EarliestDay >= new DateTime(year, 1, 1) && (a.Date is null || e.EarliestDay > a.Date), e.Id));
            // No decision year means no decision was seen: the status cannot claim one.
            Assert.True(a.Year is not null || a.Status == AuthorisationStatus.PositiveOpinion, a.Id);
        });
    }

    [Fact]
    public void Verification_MatchesTheListOfUnverifiedFields_WhichNameRealPropertiesAndAreExplained()
    {
        Assert.All(Verifiables, e =>
        {
            string what = e.GetType().Name + " " + e;
            switch (e.Verification)
            {
                case Verification.Verified:
                    Assert.Empty(e.UnverifiedFields);
                    break;
                case Verification.PartlyVerified:
                case Verification.Unverified:
                    Assert.NotEmpty(e.UnverifiedFields);
                    Assert.False(string.IsNullOrWhiteSpace(e.Note), what + " does not say why it is not verified");
                    break;
                default:
                    Assert.Fail(what + " has an undefined Verification");
                    break;
            }

            Assert.All(e.UnverifiedFields, name => Assert.True(e.GetType().GetProperty(name) is not null, $"{e.GetType().Name} has no property '{name}'"));
            Assert.Equal(e.UnverifiedFields.Count, e.UnverifiedFields.Distinct(StringComparer.Ordinal).Count());
        });
    }

    [Fact]
    public void OnlyTheAavFollowUpAndArticle14Requirements_AreWhollyUnverified()
    {
        Assert.Equal(
            new IVerifiable[] { RegulatoryRequirements.UsLtfuAav, RegulatoryRequirements.EuAtmpFollowUpArt14 },
            Verifiables.Where(e => e.Verification == Verification.Unverified));
    }

    [Fact]
    public void UnverifiedEuAuthorisationType_IsLeftEmptyRatherThanGuessed()
    {
        Assert.All(MarketingAuthorisations.All.Where(a => !a.IsVerified(nameof(MarketingAuthorisation.EuType))), a => Assert.Null(a.EuType));
        Assert.All(MarketingAuthorisations.All.Where(a => a.Product.Jurisdiction == Jurisdiction.EuropeanUnion && a.EuType is null),
            a => Assert.False(a.IsVerified(nameof(MarketingAuthorisation.EuType)), a.Id + " has no EU type but does not say it is unknown"));
    }

    [Fact]
    public void Substances_ClassificationsAgreeWithTheirVectorAndDelivery()
    {
        Assert.All(ActiveSubstances.All, s =>
        {
            if (s.Vector is VectorPlatform vector)
            {
                Assert.Equal(vector.Integration(), s.Integration);
                if (s.Delivery == Delivery.InVivo && vector.ProductType() is ProductType type)
                {
                    Assert.Contains(type, s.ProductTypes);
                }
            }

            Assert.Equal(s.Approach == Approach.GenomeEditing, s.Integration == IntegrationProfile.GenomeEdited);
            Assert.Equal(s.Approach == Approach.GenomeEditing, s.Mechanisms.Contains(Mechanism.InactivateGene));
            Assert.Equal(s.Approach == Approach.GenomeEditing, s.ProductTypes.Contains(ProductType.GeneEditing));
            Assert.Equal(s.CellSource == CellSource.Autologous, s.ProductTypes.Contains(ProductType.PatientDerivedCellular));
            Assert.Equal(s.CellSource is not null, s.ModifiedCell is not null);
            Assert.True(s.Delivery != Delivery.InVivo || s.CellSource is null, s.Id);
            Assert.True(s.Delivery != Delivery.ExVivo || s.CellSource is not null, s.Id);
            Assert.True(s.Receptor is null || s.ModifiedCell == ModifiedCellType.TCell, s.Id);
            Assert.True(s.Replication is null || s.Vector is VectorPlatform.HerpesSimplexVirus1 or VectorPlatform.Adenoviral, s.Id);
            Assert.NotEmpty(s.Mechanisms);
            Assert.True(s.AtcCode is null || System.Text.RegularExpressions.Regex.IsMatch(s.AtcCode, "^[A-Z][0-9]{2}[A-Z]{2}[0-9]{2}$"), s.Id);
        });
    }

    [Theory]
    [InlineData("onasemnogene-abeparvovec", "zolgensma-us", "itvisma-us", "zolgensma-eu")]
    [InlineData("atidarsagene-autotemcel", "lenmeldy-us", "libmeldy-eu")]
    [InlineData("eladocagene-exuparvovec", "kebilidi-us", "upstaza-eu")]
    [InlineData("fidanacogene-elaparvovec", "beqvez-us", "durveqtix-eu")]
    public void ActiveSubstance_WithSeveralBrands_IsSharedByExactlyThoseProducts(string substanceId, params string[] productIds)
    {
        Assert.True(ActiveSubstances.TryGet(substanceId, out ActiveSubstance? substance));
        Assert.Equal(productIds.OrderBy(i => i, StringComparer.Ordinal),
            Products.All.Where(p => ReferenceEquals(p.Substance, substance)).Select(p => p.Id).OrderBy(i => i, StringComparer.Ordinal));
    }

    [Fact]
    public void Requirements_ReferToInstrumentsOfTheirOwnJurisdiction()
    {
        Assert.All(RegulatoryRequirements.All, r =>
        {
            Assert.NotEmpty(r.Instruments);
            Assert.All(r.Instruments, i => Assert.Equal(r.Jurisdiction, i.Jurisdiction));
            Assert.Equal(r.Jurisdiction, r.Body.Jurisdiction());
            Assert.True(r.Application is null || r.Application.Value.Jurisdiction() == r.Jurisdiction, r.Id);
            Assert.True(r.Application is null || r.Application.Value.Stage() == r.Stage, r.Id);
            Assert.True(r.FollowUpYears is null || r.Stage == LifecycleStage.LongTermFollowUp, r.Id);
            Assert.NotEmpty(r.AppliesTo);
        });
        // Every current instrument backs a requirement; a superseded one backs none (GTD0026 would warn in the seed).
        Assert.All(RegulatoryInstruments.All, i => Assert.Equal(
            !RegulatoryInstruments.IsDeprecated(i.Id, out _, out _),
            RegulatoryRequirements.All.Any(r => r.Instruments.Contains(i))));
    }

    [Fact]
    public void SupersededGuidances_AreDeprecated_PointAtTheirReplacement_AndStillResolve()
    {
        List<RegulatoryInstrument> deprecated = RegulatoryInstruments.All.Where(i => RegulatoryInstruments.IsDeprecated(i.Id, out _, out _)).ToList();
        Assert.Equal(new[] { "fda-delayed-adverse-events-guidance-2006", "fda-cmc-gene-therapy-ind-guidance-2008" }, deprecated.Select(i => i.Id));

        Assert.True(RegulatoryInstruments.IsDeprecated("fda-delayed-adverse-events-guidance-2006", out string? reason, out RegulatoryInstrument? replacement));
        Assert.Same(RegulatoryInstruments.FdaLtfuGuidance2020, replacement);
        Assert.Contains("January 2020", reason, StringComparison.Ordinal);
        Assert.True(RegulatoryInstruments.IsDeprecated("fda-cmc-gene-therapy-ind-guidance-2008", out _, out replacement));
        Assert.Same(RegulatoryInstruments.FdaCmcGeneTherapyIndGuidance2020, replacement);

        // Stored keys of retired instruments still resolve, to entries older than their replacements.
        foreach (RegulatoryInstrument old in deprecated)
        {
            Assert.True(RegulatoryInstruments.TryGet(old.Id, out RegulatoryInstrument? found));
            Assert.Same(old, found);
            Assert.True(RegulatoryInstruments.IsDeprecated(old.Id, out _, out RegulatoryInstrument? next));
            Assert.True(old.Year < next!.Year, old.Id);
            Assert.Equal(old.Kind, next.Kind);
            Assert.False(RegulatoryInstruments.IsDeprecated(next.Id, out _, out _));

            // The compiler sees it too: the catalog property carries [Obsolete] naming the replacement.
            System.Reflection.PropertyInfo property = typeof(RegulatoryInstruments).GetProperties().Single(p => ReferenceEquals(p.GetValue(null), old));
            ObsoleteAttribute obsolete = Assert.Single(property.GetCustomAttributes(typeof(ObsoleteAttribute), false).Cast<ObsoleteAttribute>());
            Assert.EndsWith($"Use RegulatoryInstruments.{typeof(RegulatoryInstruments).GetProperties().Single(p => ReferenceEquals(p.GetValue(null), next)).Name} (key '{next.Id}') instead.", obsolete.Message, StringComparison.Ordinal);
        }

        // Nothing current is marked obsolete.
        Assert.Equal(2, typeof(RegulatoryInstruments).GetProperties().Count(p => p.IsDefined(typeof(ObsoleteAttribute), false)));
    }

    [Fact]
    public void Instruments_IncludeEveryCitationTheIssueNames()
    {
        string[] citations =
        {
            "21 CFR Part 312", "21 CFR 601.2", "PHS Act 351", "FD&C Act 506(g)", "Regulation (EC) No 1394/2007", "Regulation (EU) No 536/2014",
            "Directive 2001/83/EC", "Regulation (EC) No 507/2006", "Directive 2001/18/EC", "Directive 2009/41/EC", "Docket FDA-2018-D-2173", "CHMP/GTWP/60436/07",
        };
        Assert.All(citations, c => Assert.Contains(RegulatoryInstruments.All, i => i.Citation.Contains(c)));
    }
}
