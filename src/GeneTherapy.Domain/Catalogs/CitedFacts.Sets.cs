using System;
using System.Collections.Generic;
using System.Linq;

namespace GeneTherapy.Domain;

// Which catalogs and enums count as facts. A test holds this list to every catalog and enum generated into the
// assembly, so a new one cannot be left out.
public static partial class CitedFacts
{
    private static IEnumerable<(string Set, string Key, Source? Source, IEnumerable<Uri> Evidence)> Entries() =>
        ActiveSubstances.All.Select(e => Fact(nameof(ActiveSubstances), e.Id, e.Source))
            .Concat(Products.All.Select(e => Fact(nameof(Products), e.Id, e.Source, e.Evidence)))
            .Concat(MarketingAuthorisations.All.Select(e => Fact(nameof(MarketingAuthorisations), e.Id, e.Source)))
            .Concat(AuthorisationEvents.All.Select(e => Fact(nameof(AuthorisationEvents), e.Id, e.Source)))
            .Concat(RegulatoryInstruments.All.Select(e => Fact(nameof(RegulatoryInstruments), e.Id, e.Source)))
            .Concat(RegulatoryRequirements.All.Select(e => Fact(nameof(RegulatoryRequirements), e.Id, e.Source, e.Evidence)))
            .Concat(Members(ProductTypeExtensions.Values, v => v.GetInfo()))
            .Concat(Members(MechanismExtensions.Values, v => v.GetInfo()))
            .Concat(Members(DeliveryExtensions.Values, v => v.GetInfo()))
            .Concat(Members(ApproachExtensions.Values, v => v.GetInfo()))
            .Concat(Members(DiseaseAreaExtensions.Values, v => v.GetInfo()))
            .Concat(Members(VerificationExtensions.Values, v => v.GetInfo()))
            .Concat(Members(CellSourceExtensions.Values, v => v.GetInfo()))
            .Concat(Members(ModifiedCellTypeExtensions.Values, v => v.GetInfo()))
            .Concat(Members(ReceptorTypeExtensions.Values, v => v.GetInfo()))
            .Concat(Members(IntegrationProfileExtensions.Values, v => v.GetInfo()))
            .Concat(Members(ReplicationExtensions.Values, v => v.GetInfo()))
            .Concat(Members(VectorPlatformExtensions.Values, v => v.GetInfo()))
            .Concat(Members(JurisdictionExtensions.Values, v => v.GetInfo()))
            .Concat(Members(RegulatoryBodyExtensions.Values, v => v.GetInfo()))
            .Concat(Members(LifecycleStageExtensions.Values, v => v.GetInfo()))
            .Concat(Members(ApplicationTypeExtensions.Values, v => v.GetInfo()))
            .Concat(Members(UsPathwayExtensions.Values, v => v.GetInfo()))
            .Concat(Members(EuAuthorisationTypeExtensions.Values, v => v.GetInfo()))
            .Concat(Members(DesignationExtensions.Values, v => v.GetInfo()))
            .Concat(Members(AuthorisationStatusExtensions.Values, v => v.GetInfo()))
            .Concat(Members(AuthorisationEventKindExtensions.Values, v => v.GetInfo()))
            .Concat(Members(DurationBoundExtensions.Values, v => v.GetInfo()))
            .Concat(Members(InstrumentKindExtensions.Values, v => v.GetInfo()));
}
