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
    /// True when an authorisation is in force; false when every recorded authorisation was withdrawn, expired or
    /// suspended, not yet granted, or none is recorded; null when the catalog cannot tell (marketing discontinued, a
    /// positive opinion whose decision was not seen, or an event dated only to the month or year that may fall either
    /// side of the day asked about).
    /// </summary>
    public bool? IsAuthorised { get; }

    /// <summary>
    /// Whether the statuses the answer rests on were seen in a source, the dates of the events behind them included.
    /// False when a status was not re-checked, when an event's date was inferred, and when no authorisation is recorded (the catalog lists only the fact base's products, so absence is not proof).
    /// </summary>
    public bool IsVerified { get; }

    /// <summary>The authorisations the answer rests on: every brand of the substance in the jurisdiction.</summary>
    public IReadOnlyList<MarketingAuthorisation> Authorisations { get; }
}

/// <summary>
/// Whether a gene therapy is authorised, now or on a given day, who held it, and what happened to it: answers derived
/// from each authorisation's dated events (<see cref="History(MarketingAuthorisation)"/>), never from a stored status.
/// </summary>
public static partial class AuthorisationRules
{
    /// <summary>Whether <paramref name="product"/> is authorised in its jurisdiction now.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="product"/> is null.</exception>
    public static AuthorisationCheck IsCurrentlyAuthorised(Product product)
    {
        if (product is null)
        {
            throw new ArgumentNullException(nameof(product));
        }

        return Check(AuthorisationsOf(product));
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

    /// <summary>
    /// The status <paramref name="authorisation"/> has now: the one left by the last of its events that change the
    /// status (<see cref="AuthorisationEventKind"/>'s <c>ResultingStatus</c>). Backs <see cref="MarketingAuthorisation.Status"/>.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="authorisation"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The authorisation has no event that sets a status (the catalog's tests rule this out).</exception>
    public static AuthorisationStatus CurrentStatus(MarketingAuthorisation authorisation)
    {
        if (authorisation is null)
        {
            throw new ArgumentNullException(nameof(authorisation));
        }

        AuthorisationEvent last = History(authorisation).LastOrDefault(e => e.Kind.ResultingStatus() is not null)
            ?? throw new InvalidOperationException($"Authorisation '{authorisation.Id}' has no grant and no event that sets a status.");
        return last.Kind.ResultingStatus()!.Value;
    }

    private static List<MarketingAuthorisation> AuthorisationsOf(Product product) =>
        MarketingAuthorisations.All.Where(a => a.Product.Equals(product)).ToList();

    // The current status rests on the last event that set it: what happened must have been seen (its date need not
    // be, for "now"), and the authorisation must not flag Status as unchecked.
    private static bool StatusVerified(MarketingAuthorisation a) =>
        a.IsVerified(nameof(MarketingAuthorisation.Status))
        && History(a).LastOrDefault(e => e.Kind.ResultingStatus() is not null) is AuthorisationEvent last
        && last.IsVerified(nameof(AuthorisationEvent.Kind));

    private static AuthorisationCheck Check(List<MarketingAuthorisation> authorisations)
    {
        if (authorisations.Count == 0)
        {
            return new AuthorisationCheck(false, false, authorisations.AsReadOnly());
        }

        List<MarketingAuthorisation> inForce = authorisations.Where(a => a.Status.IsAuthorised() == true).ToList();
        if (inForce.Count > 0)
        {
            return new AuthorisationCheck(true, inForce.Any(StatusVerified), authorisations.AsReadOnly());
        }

        bool? answer = authorisations.Any(a => a.Status.IsAuthorised() is null) ? null : false;
        return new AuthorisationCheck(answer, authorisations.All(StatusVerified), authorisations.AsReadOnly());
    }
}
