using System;
using System.Collections.Generic;
using System.Linq;

namespace GeneTherapy.Domain.Rules;

/// <summary>Who held a marketing authorisation on a day, and what the answer rests on.</summary>
public sealed class HolderAnswer
{
    internal HolderAnswer(string? holder, bool isVerified, AuthorisationEvent? basis)
    {
        Holder = holder;
        IsVerified = isVerified;
        Basis = basis;
    }

    /// <summary>
    /// The holder (the sponsor, in the US), or null when the catalog cannot tell: the product was not yet
    /// authorised that day, or a transfer whose date is known only to the month or year may have fallen either side of it.
    /// </summary>
    public string? Holder { get; }

    /// <summary>Whether the events the answer rests on, dates included, were seen in a source.</summary>
    public bool IsVerified { get; }

    /// <summary>The event the answer rests on: the grant, or the last transfer before the day; null when there is no answer.</summary>
    public AuthorisationEvent? Basis { get; }
}

/// <summary>
/// The history of each marketing authorisation, indexed once: its grant (built from the authorisation's own first
/// approval, so the date is stored in one place) followed by its <see cref="AuthorisationEvents"/>, earliest first.
/// </summary>
internal static class AuthorisationHistory
{
    private static readonly Lazy<Dictionary<MarketingAuthorisation, IReadOnlyList<AuthorisationEvent>>> s_byAuthorisation = new(Index);

    public static IReadOnlyList<AuthorisationEvent> Of(MarketingAuthorisation authorisation) =>
        s_byAuthorisation.Value.TryGetValue(authorisation, out IReadOnlyList<AuthorisationEvent>? events) ? events : Build(authorisation);

    /// <summary>The grant of <paramref name="a"/> as an event, or null when no decision is recorded (no year).</summary>
    public static AuthorisationEvent? Grant(MarketingAuthorisation a)
    {
        if (a.Year is not int year)
        {
            return null;
        }

        string[] dateFields = { nameof(MarketingAuthorisation.Year), nameof(MarketingAuthorisation.Month), nameof(MarketingAuthorisation.Date) };
        List<string> unverified = dateFields.Where(f => !a.IsVerified(f)).ToList();
        Verification verification = unverified.Count == 0 ? Verification.Verified : Verification.PartlyVerified;
        return new AuthorisationEvent(
            a.Id + "-granted", a, AuthorisationEventKind.Granted, year, a.Month, a.Date, a.Product.FirstHolder,
            "First authorised in " + a.Product.Jurisdiction.GetLabel() + ".",
            verification, unverified.AsReadOnly(), unverified.Count == 0 ? null : a.Note, a.Source);
    }

    private static Dictionary<MarketingAuthorisation, IReadOnlyList<AuthorisationEvent>> Index()
    {
        var index = new Dictionary<MarketingAuthorisation, IReadOnlyList<AuthorisationEvent>>(ReferenceEqualityComparer.Instance);
        foreach (MarketingAuthorisation a in MarketingAuthorisations.All)
        {
            index.Add(a, Build(a));
        }

        return index;
    }

    private static IReadOnlyList<AuthorisationEvent> Build(MarketingAuthorisation a)
    {
        var events = new List<AuthorisationEvent>();
        if (Grant(a) is AuthorisationEvent grant)
        {
            events.Add(grant);
        }

        events.AddRange(AuthorisationEvents.All.Where(e => e.Authorisation.Equals(a)));

        // OrderBy is stable: events on the same earliest day keep the grant first, then catalog order.
        return events.OrderBy(e => e.EarliestDay).ToList().AsReadOnly();
    }

    private sealed class ReferenceEqualityComparer : IEqualityComparer<MarketingAuthorisation>
    {
        public static readonly ReferenceEqualityComparer Instance = new();

        public bool Equals(MarketingAuthorisation? x, MarketingAuthorisation? y) => ReferenceEquals(x, y);

        public int GetHashCode(MarketingAuthorisation obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
    }
}
