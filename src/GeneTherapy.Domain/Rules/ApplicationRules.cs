using System.Collections.Generic;
using System.Linq;

namespace GeneTherapy.Domain.Rules;

/// <summary>The application a lifecycle stage calls for in a jurisdiction, with the requirements that call for it.</summary>
public sealed class ApplicationRequirement
{
    internal ApplicationRequirement(ApplicationType application, IReadOnlyList<RegulatoryRequirement> requirements, IReadOnlyList<RegulatoryInstrument> instruments)
    {
        Application = application;
        Requirements = requirements;
        Instruments = instruments;
    }

    /// <summary>The application, such as <see cref="ApplicationType.Ind"/> or <see cref="ApplicationType.Maa"/>.</summary>
    public ApplicationType Application { get; }

    /// <summary>The verified requirements that call for it, in catalog order.</summary>
    public IReadOnlyList<RegulatoryRequirement> Requirements { get; }

    /// <summary>The instruments those requirements rest on, binding law first, each once.</summary>
    public IReadOnlyList<RegulatoryInstrument> Instruments { get; }
}

/// <summary>Which application a sponsor needs at a stage of a product's life.</summary>
public static class ApplicationRules
{
    /// <summary>
    /// The application needed before <paramref name="stage"/> in <paramref name="jurisdiction"/>: an IND or CTA
    /// before clinical use, a BLA or MAA before marketing; null when the stage calls for no application (long-term
    /// follow-up). Read from the verified entries of <see cref="RegulatoryRequirements"/>.
    /// </summary>
    public static ApplicationRequirement? RequiredApplication(LifecycleStage stage, Jurisdiction jurisdiction)
    {
        List<RegulatoryRequirement> matches = RegulatoryRequirements.All
            .Where(r => r.Stage == stage && r.Jurisdiction == jurisdiction && r.Application is not null && r.Verification != Verification.Unverified)
            .ToList();
        if (matches.Count == 0)
        {
            return null;
        }

        ApplicationType application = matches[0].Application!.Value;
        List<RegulatoryRequirement> requirements = matches.Where(r => r.Application == application).ToList();
        return new ApplicationRequirement(application, requirements.AsReadOnly(), InstrumentsOf(requirements));
    }

    /// <summary>
    /// The instruments behind the verified requirements that call for <paramref name="application"/>, binding law
    /// first: for <see cref="ApplicationType.Ind"/>, 21 CFR Part 312 before FDA's CMC guidance.
    /// </summary>
    public static IReadOnlyList<RegulatoryInstrument> InstrumentsRequiring(ApplicationType application) =>
        InstrumentsOf(RegulatoryRequirements.All.Where(r => r.Application == application && r.Verification != Verification.Unverified));

    private static IReadOnlyList<RegulatoryInstrument> InstrumentsOf(IEnumerable<RegulatoryRequirement> requirements)
    {
        // OrderBy is stable: binding law first, otherwise catalog order.
        return requirements.SelectMany(r => r.Instruments).Distinct()
            .OrderBy(instrument => instrument.Kind.IsBinding() ? 0 : 1)
            .ToList()
            .AsReadOnly();
    }
}
