using System;
using System.Linq;

namespace GeneTherapy.Domain.Rules;

/// <summary>The long-term follow-up recommended for a product in a jurisdiction, and the requirement it rests on.</summary>
public sealed class FollowUpExpectation
{
    internal FollowUpExpectation(Jurisdiction jurisdiction, RegulatoryRequirement requirement, bool isVerified, string reason)
    {
        Jurisdiction = jurisdiction;
        Requirement = requirement;
        IsVerified = isVerified;
        Reason = reason;
    }

    /// <summary>The jurisdiction whose expectation this is.</summary>
    public Jurisdiction Jurisdiction { get; }

    /// <summary>
    /// The length of follow-up in years that <see cref="Requirement"/> states; null when the verified requirements
    /// set no fixed length and the sponsor decides from the product's risk. <see cref="Bound"/> says whether it is a
    /// most ("up to", FDA's 2020 guidance for integrating vectors) or a least ("at least").
    /// </summary>
    public int? Years => Requirement.FollowUpYears;

    /// <summary>Whether <see cref="Years"/> is a maximum or a minimum; null when no length is stated.</summary>
    public DurationBound? Bound => Requirement.FollowUpBound;

    /// <summary>
    /// Whether the expectation rests on binding law. False for every answer today: FDA's guidances and EMA's
    /// guideline recommend, they do not require.
    /// </summary>
    public bool IsBinding => Requirement.Instruments.Any(i => i.Kind.IsBinding());

    /// <summary>Whether the length follows a risk assessment rather than a fixed number of years.</summary>
    public bool IsRiskBased => Requirement.FollowUpYears is null;

    /// <summary>The requirement the expectation rests on; its instruments and source are the citation.</summary>
    public RegulatoryRequirement Requirement { get; }

    /// <summary>
    /// Whether every fact the answer used was seen in a source: the requirement (its length and bound included), and
    /// the substance's approach and integration profile. False, for example, when the vector is only believed to be
    /// lentiviral, or for genome editing, whose 15-year figure was not verified for FDA's final 2024 guidance.
    /// </summary>
    public bool IsVerified { get; }

    /// <summary>Why this requirement applies, in words.</summary>
    public string Reason { get; }
}

/// <summary>Which long-term follow-up applies to a gene therapy.</summary>
public static class FollowUpRules
{
    /// <summary>The follow-up recommended for <paramref name="product"/> in its own jurisdiction.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="product"/> is null.</exception>
    public static FollowUpExpectation For(Product product)
    {
        if (product is null)
        {
            throw new ArgumentNullException(nameof(product));
        }

        return For(product.Substance, product.Jurisdiction);
    }

    /// <summary>
    /// The follow-up recommended for <paramref name="substance"/> in <paramref name="jurisdiction"/>. In the US, FDA's
    /// non-binding guidance recommends up to 15 years for an integrating product, and for a genome-edited one at least
    /// 15 years (a figure not verified for the final 2024 guidance); other products follow the sponsor's risk assessment
    /// under the 2020 guidance. In the EU follow-up is risk-based, with no fixed years. Unverified requirements (the
    /// 5-year AAV figure, Article 14 of Regulation 1394/2007) are never used.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="substance"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="jurisdiction"/> is not a defined member.</exception>
    public static FollowUpExpectation For(ActiveSubstance substance, Jurisdiction jurisdiction)
    {
        if (substance is null)
        {
            throw new ArgumentNullException(nameof(substance));
        }

        switch (jurisdiction)
        {
            case Jurisdiction.UnitedStates:
                return ForUnitedStates(substance);
            case Jurisdiction.EuropeanUnion:
                return Expect(jurisdiction, RegulatoryRequirements.EuLtfuGuideline, substance, nameof(ActiveSubstance.Approach),
                    "EMA's non-binding guideline recommends risk-based follow-up of every gene therapy medicinal product, with no fixed number of years. (Article 14 of Regulation 1394/2007 may also oblige the applicant to plan follow-up; that is recorded but not verified.)");
            default:
                throw new ArgumentOutOfRangeException(nameof(jurisdiction), jurisdiction, "Not a defined Jurisdiction.");
        }
    }

    private static FollowUpExpectation ForUnitedStates(ActiveSubstance substance)
    {
        if (substance.Approach == Approach.GenomeEditing || substance.Integration == IntegrationProfile.GenomeEdited)
        {
            return Expect(Jurisdiction.UnitedStates, RegulatoryRequirements.UsLtfuGenomeEditing, substance,
                substance.Approach == Approach.GenomeEditing ? nameof(ActiveSubstance.Approach) : nameof(ActiveSubstance.Integration),
                "The product edits the patient's genome; FDA recommends long-term follow-up for genome-editing products, at least 15 years in its 2022 draft guidance (not verified for the final 2024 text).");
        }

        if (substance.Integration == IntegrationProfile.Integrating)
        {
            return Expect(Jurisdiction.UnitedStates, RegulatoryRequirements.UsLtfuIntegrating, substance, nameof(ActiveSubstance.Integration),
                "The vector integrates into the host genome, the highest-risk case, for which FDA's non-binding 2020 guidance recommends follow-up of up to 15 years.");
        }

        string reason = substance.Integration is null
            ? "The catalog does not know whether the product integrates, so only the general guidance applies: the sponsor assesses the risk of delayed adverse events."
            : "The product neither integrates nor edits the genome, so no fixed length applies: the sponsor assesses the risk of delayed adverse events (latency, prolonged expression, persistent infection) to decide whether and how long to follow up.";
        return Expect(Jurisdiction.UnitedStates, RegulatoryRequirements.UsLtfu2020, substance, nameof(ActiveSubstance.Integration), reason);
    }

    private static FollowUpExpectation Expect(Jurisdiction jurisdiction, RegulatoryRequirement requirement, ActiveSubstance substance, string decidingField, string reason)
    {
        bool lengthVerified = requirement.FollowUpYears is null
            || (requirement.IsVerified(nameof(RegulatoryRequirement.FollowUpYears)) && requirement.IsVerified(nameof(RegulatoryRequirement.FollowUpBound)));
        bool verified = requirement.Verification != Verification.Unverified
            && lengthVerified
            && substance.IsVerified(decidingField)
            && (substance.Integration is not null || decidingField != nameof(ActiveSubstance.Integration));
        return new FollowUpExpectation(jurisdiction, requirement, verified, reason);
    }
}
