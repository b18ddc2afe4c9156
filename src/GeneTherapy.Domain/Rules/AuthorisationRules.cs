using System;
using System.Collections.Generic;
using System.Linq;

namespace GeneTherapy.Domain.Rules;

/// <summary>Whether a product is authorised in a jurisdiction, according to the catalog, and how sure that is.</summary>
public sealed class AuthorisationCheck
{
    internal AuthorisationCheck(bool? isAuthorised, bool isVerified, IReadOnlyList<MarketingAuthorisation> authorisations)
    {
        IsAuthorised = isAuthorised;
        IsVerified = isVerified;
        Authorisations = authorisations;
    }

    /// <summary>
    /// True when an authorisation is in force; false when every recorded authorisation was withdrawn or expired,
    /// or none is recorded; null when the catalog cannot tell (marketing discontinued, or a positive opinion
    /// whose decision was not seen).
    /// </summary>
    public bool? IsAuthorised { get; }

    /// <summary>
    /// Whether the statuses the answer rests on were seen in a source. False when a status was not re-checked,
    /// and when no authorisation is recorded (the catalog lists only the fact base's products, so absence is not proof).
    /// </summary>
    public bool IsVerified { get; }

    /// <summary>The authorisations the answer rests on: every brand of the substance in the jurisdiction.</summary>
    public IReadOnlyList<MarketingAuthorisation> Authorisations { get; }
}

/// <summary>Whether a gene therapy is currently authorised.</summary>
public static class AuthorisationRules
{
    /// <summary>Whether <paramref name="product"/> is authorised in its jurisdiction.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="product"/> is null.</exception>
    public static AuthorisationCheck IsCurrentlyAuthorised(Product product)
    {
        if (product is null)
        {
            throw new ArgumentNullException(nameof(product));
        }

        return Check(MarketingAuthorisations.All.Where(a => a.Product.Equals(product)).ToList());
    }

    /// <summary>
    /// Whether <paramref name="substance"/> is authorised in <paramref name="jurisdiction"/> under any brand
    /// (onasemnogene abeparvovec is authorised in the US while either Zolgensma or Itvisma is).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="substance"/> is null.</exception>
    public static AuthorisationCheck IsCurrentlyAuthorised(ActiveSubstance substance, Jurisdiction jurisdiction)
    {
        if (substance is null)
        {
            throw new ArgumentNullException(nameof(substance));
        }

        return Check(MarketingAuthorisations.All
            .Where(a => a.Product.Jurisdiction == jurisdiction && a.Product.Substance.Equals(substance))
            .ToList());
    }

    private static AuthorisationCheck Check(List<MarketingAuthorisation> authorisations)
    {
        if (authorisations.Count == 0)
        {
            return new AuthorisationCheck(false, false, authorisations.AsReadOnly());
        }

        List<MarketingAuthorisation> inForce = authorisations.Where(a => a.Status.IsAuthorised() == true).ToList();
        if (inForce.Count > 0)
        {
            return new AuthorisationCheck(true, inForce.Any(a => a.IsVerified(nameof(MarketingAuthorisation.Status))), authorisations.AsReadOnly());
        }

        bool? answer = authorisations.Any(a => a.Status.IsAuthorised() is null) ? null : false;
        bool verified = authorisations.All(a => a.IsVerified(nameof(MarketingAuthorisation.Status)));
        return new AuthorisationCheck(answer, verified, authorisations.AsReadOnly());
    }
}
