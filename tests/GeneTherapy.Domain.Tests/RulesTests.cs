using System;
using System.Linq;
using GeneTherapy.Domain.Rules;
using Xunit;

namespace GeneTherapy.Domain.Tests;

/// <summary>The hand-written rules over the generated catalogs.</summary>
public sealed class RulesTests
{
    [Fact]
    public void FollowUp_IntegratingLentiviralProductInUs_Is15YearsUnderTheIntegratingVectorRequirement()
    {
        FollowUpExpectation kymriah = FollowUpRules.For(Products.KymriahUs);
        Assert.Equal(VectorPlatform.Lentiviral, Products.KymriahUs.Substance.Vector);
        Assert.Equal(15, kymriah.Years);
        Assert.False(kymriah.IsRiskBased);
        Assert.Same(RegulatoryRequirements.UsLtfuIntegrating, kymriah.Requirement);
        Assert.Same(RegulatoryInstruments.FdaLtfuGuidance2020, kymriah.Requirement.Instruments[0]);
        Assert.Equal(DurationBound.UpTo, kymriah.Bound);
        Assert.False(kymriah.IsBinding);
        Assert.Contains("recommends follow-up of up to 15 years", kymriah.Reason);
        Assert.True(kymriah.IsVerified);
    }

    [Fact]
    public void FollowUp_GenomeEditedProductInUs_IsAtLeast15YearsUnderTheGenomeEditingGuidance_UnverifiedForTheFinalText()
    {
        FollowUpExpectation casgevy = FollowUpRules.For(Products.CasgevyUs);
        Assert.Equal(15, casgevy.Years);
        Assert.Equal(DurationBound.AtLeast, casgevy.Bound);
        Assert.False(casgevy.IsBinding);
        Assert.Same(RegulatoryRequirements.UsLtfuGenomeEditing, casgevy.Requirement);
        Assert.Same(RegulatoryInstruments.FdaGenomeEditingGuidance2024, casgevy.Requirement.Instruments[0]);
        Assert.False(casgevy.IsVerified);
        Assert.Contains("not verified for the final 2024 text", casgevy.Reason);
    }

    [Fact]
    public void FollowUp_AavProductInUs_IsRiskBasedAndNeverUsesTheUnverifiedFiveYears()
    {
        FollowUpExpectation zolgensma = FollowUpRules.For(Products.ZolgensmaUs);
        Assert.Null(zolgensma.Years);
        Assert.True(zolgensma.IsRiskBased);
        Assert.Same(RegulatoryRequirements.UsLtfu2020, zolgensma.Requirement);
        Assert.NotSame(RegulatoryRequirements.UsLtfuAav, zolgensma.Requirement);
        Assert.Equal(5, RegulatoryRequirements.UsLtfuAav.FollowUpYears);
    }

    [Fact]
    public void FollowUp_InEu_IsRiskBasedWithNoFixedYearsForEveryProduct()
    {
        Assert.All(Products.All.Where(p => p.Jurisdiction == Jurisdiction.EuropeanUnion), p =>
        {
            FollowUpExpectation expectation = FollowUpRules.For(p);
            Assert.Null(expectation.Years);
            Assert.True(expectation.IsRiskBased);
            Assert.Same(RegulatoryRequirements.EuLtfuGuideline, expectation.Requirement);
        });
    }

    [Fact]
    public void FollowUp_WhenTheVectorIsOnlyBelieved_IsMarkedUnverified()
    {
        FollowUpExpectation carvykti = FollowUpRules.For(Products.CarvyktiUs);
        Assert.Equal(15, carvykti.Years);
        Assert.False(carvykti.IsVerified);

        FollowUpExpectation encelto = FollowUpRules.For(Products.EnceltoUs);
        Assert.Null(encelto.Years);
        Assert.False(encelto.IsVerified);
    }

    [Fact]
    public void FollowUp_ForEverySubstanceAndJurisdiction_RestsOnAVerifiedFollowUpRequirementOfThatJurisdiction()
    {
        foreach (ActiveSubstance substance in ActiveSubstances.All)
        {
            foreach (Jurisdiction jurisdiction in JurisdictionExtensions.Values)
            {
                FollowUpExpectation e = FollowUpRules.For(substance, jurisdiction);
                Assert.Equal(jurisdiction, e.Jurisdiction);
                Assert.Equal(jurisdiction, e.Requirement.Jurisdiction);
                Assert.Equal(LifecycleStage.LongTermFollowUp, e.Requirement.Stage);
                Assert.NotEqual(Verification.Unverified, e.Requirement.Verification);
                Assert.Equal(e.Requirement.FollowUpYears, e.Years);
                Assert.False(string.IsNullOrWhiteSpace(e.Reason));
                bool fixedYears = jurisdiction == Jurisdiction.UnitedStates
                    && substance.Integration is IntegrationProfile.Integrating or IntegrationProfile.GenomeEdited;
                Assert.Equal(fixedYears ? 15 : null, e.Years);
            }
        }
    }

    [Fact]
    public void FollowUp_InvalidArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => FollowUpRules.For(null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => FollowUpRules.For(ActiveSubstances.Tisagenlecleucel, (Jurisdiction)99));
    }

    [Theory]
    [InlineData(LifecycleStage.ClinicalInvestigation, Jurisdiction.UnitedStates, ApplicationType.Ind, "us-21-cfr-312")]
    [InlineData(LifecycleStage.Marketing, Jurisdiction.UnitedStates, ApplicationType.Bla, "us-21-cfr-601-2")]
    [InlineData(LifecycleStage.ClinicalInvestigation, Jurisdiction.EuropeanUnion, ApplicationType.Cta, "eu-reg-536-2014")]
    [InlineData(LifecycleStage.Marketing, Jurisdiction.EuropeanUnion, ApplicationType.Maa, "eu-reg-1394-2007")]
    public void RequiredApplication_ForEachStageAndJurisdiction_IsTheExpectedApplicationWithItsLaw(
        LifecycleStage stage, Jurisdiction jurisdiction, ApplicationType application, string firstInstrument)
    {
        ApplicationRequirement? required = ApplicationRules.RequiredApplication(stage, jurisdiction);
        Assert.NotNull(required);
        Assert.Equal(application, required.Application);
        Assert.Equal(jurisdiction, required.Application.Jurisdiction());
        Assert.Equal(stage, required.Application.Stage());
        Assert.Equal(firstInstrument, required.Instruments[0].Id);
        Assert.True(required.Instruments[0].Kind.IsBinding());
        Assert.All(required.Requirements, r => Assert.Equal(application, r.Application));
        Assert.All(required.Requirements, r => Assert.NotEqual(Verification.Unverified, r.Verification));
    }

    [Fact]
    public void RequiredApplication_EveryStageWithAnApplicationCallsForOnlyOne()
    {
        foreach (LifecycleStage stage in LifecycleStageExtensions.Values)
        {
            foreach (Jurisdiction jurisdiction in JurisdictionExtensions.Values)
            {
                var applications = RegulatoryRequirements.All
                    .Where(r => r.Stage == stage && r.Jurisdiction == jurisdiction && r.Application is not null)
                    .Select(r => r.Application).Distinct().ToList();
                Assert.True(applications.Count <= 1, $"{stage} in {jurisdiction}: {string.Join(", ", applications)}");
                Assert.Equal(applications.Count == 0, ApplicationRules.RequiredApplication(stage, jurisdiction) is null);
            }
        }

        Assert.Null(ApplicationRules.RequiredApplication(LifecycleStage.LongTermFollowUp, Jurisdiction.UnitedStates));
    }

    [Fact]
    public void InstrumentsRequiring_Ind_Is21CfrPart312FirstThenTheCmcGuidance()
    {
        Assert.Equal(
            new[] { RegulatoryInstruments.Us21Cfr312, RegulatoryInstruments.FdaCmcGeneTherapyIndGuidance2020 },
            ApplicationRules.InstrumentsRequiring(ApplicationType.Ind));
        Assert.Empty(ApplicationRules.InstrumentsRequiring(ApplicationType.Sbla));
    }

    [Theory]
    [InlineData("kymriah-eu", true, true)]
    [InlineData("luxturna-us", true, true)]
    [InlineData("glybera-eu", false, true)]
    [InlineData("zalmoxis-eu", false, true)]
    [InlineData("skysona-eu", false, true)]
    [InlineData("beqvez-us", null, true)]
    [InlineData("durveqtix-eu", null, true)]
    [InlineData("waskyra-eu", true, true)]
    [InlineData("vyjuvek-eu", null, true)]
    [InlineData("zynteglo-eu", false, true)]
    [InlineData("imlygic-eu", true, false)]
    public void IsCurrentlyAuthorised_NamedProduct_FollowsItsRecordedStatus(string productId, bool? authorised, bool verified)
    {
        Assert.True(Products.TryGet(productId, out Product? product));
        AuthorisationCheck check = AuthorisationRules.IsCurrentlyAuthorised(product);
        Assert.Equal(authorised, check.IsAuthorised);
        Assert.Equal(verified, check.IsVerified);
        Assert.Same(product, Assert.Single(check.Authorisations).Product);
    }

    [Fact]
    public void IsCurrentlyAuthorised_EveryProduct_AgreesWithItsStatusProperty()
    {
        Assert.All(MarketingAuthorisations.All, a => Assert.Equal(a.Status.IsAuthorised(), AuthorisationRules.IsCurrentlyAuthorised(a.Product).IsAuthorised));
    }

    [Fact]
    public void IsCurrentlyAuthorised_SubstanceWithTwoUsBrands_LooksAtBoth()
    {
        AuthorisationCheck check = AuthorisationRules.IsCurrentlyAuthorised(ActiveSubstances.OnasemnogeneAbeparvovec, Jurisdiction.UnitedStates);
        Assert.Equal(true, check.IsAuthorised);
        Assert.Equal(new[] { "zolgensma-us", "itvisma-us" }, check.Authorisations.Select(a => a.Id));
    }

    [Fact]
    public void IsCurrentlyAuthorised_SubstanceNeverAuthorisedThere_IsFalseButNotVerified()
    {
        AuthorisationCheck check = AuthorisationRules.IsCurrentlyAuthorised(ActiveSubstances.AlipogeneTiparvovec, Jurisdiction.UnitedStates);
        Assert.Equal(false, check.IsAuthorised);
        Assert.False(check.IsVerified);
        Assert.Empty(check.Authorisations);
    }

    [Fact]
    public void IsVerified_OfAProperty_FollowsVerificationAndTheUnverifiedList()
    {
        Assert.True(MarketingAuthorisations.KymriahUs.IsVerified(nameof(MarketingAuthorisation.Date)));
        Assert.False(MarketingAuthorisations.AbecmaUs.IsVerified(nameof(MarketingAuthorisation.Date)));
        Assert.True(MarketingAuthorisations.AbecmaUs.IsVerified(nameof(MarketingAuthorisation.Year)));
        Assert.False(RegulatoryRequirements.UsLtfuAav.IsVerified(nameof(RegulatoryRequirement.Jurisdiction)));
        Assert.Throws<ArgumentNullException>(() => MarketingAuthorisations.KymriahUs.IsVerified(null!));
    }
}
