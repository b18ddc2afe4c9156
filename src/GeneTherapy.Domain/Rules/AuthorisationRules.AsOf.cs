using System;
using System.Collections.Generic;
using System.Linq;

namespace GeneTherapy.Domain.Rules;

// The "as of a day" questions. An event dated only to its month or year spans that whole period; when the day asked
// about falls inside such a span, the answer is unknown rather than guessed.
public static partial class AuthorisationRules
{
    /// <summary>
    /// Everything recorded about <paramref name="authorisation"/>, earliest first: its grant (built from its own first
    /// approval, citing the same source) and its <see cref="AuthorisationEvents"/>.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="authorisation"/> is null.</exception>
    public static IReadOnlyList<AuthorisationEvent> History(MarketingAuthorisation authorisation)
    {
        if (authorisation is null)
        {
            throw new ArgumentNullException(nameof(authorisation));
        }

        return AuthorisationHistory.Of(authorisation);
    }

    /// <summary>Whether <paramref name="product"/> was authorised in its jurisdiction on <paramref name="day"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="product"/> is null.</exception>
    public static AuthorisationCheck IsAuthorisedOn(Product product, DateTime day)
    {
        if (product is null)
        {
            throw new ArgumentNullException(nameof(product));
        }

        List<MarketingAuthorisation> authorisations = AuthorisationsOf(product);
        if (authorisations.Count == 0)
        {
            return new AuthorisationCheck(false, false, authorisations.AsReadOnly());
        }

        var answers = authorisations.Select(a => AuthorisedOn(a, day)).ToList();
        bool? answer = answers.Any(x => x.Authorised == true) ? true : answers.Any(x => x.Authorised is null) ? null : false;
        return new AuthorisationCheck(answer, answers.All(x => x.Verified), authorisations.AsReadOnly());
    }

    /// <summary>
    /// The status <paramref name="authorisation"/> had on <paramref name="day"/>: the one left by the last
    /// status-changing event that had certainly happened by then; null when none had, or when one dated only to its
    /// month or year may fall either side of the day.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="authorisation"/> is null.</exception>
    public static AuthorisationStatus? StatusOn(MarketingAuthorisation authorisation, DateTime day)
    {
        if (authorisation is null)
        {
            throw new ArgumentNullException(nameof(authorisation));
        }

        List<AuthorisationEvent> changes = History(authorisation).Where(e => e.Kind.ResultingStatus() is not null).ToList();
        if (changes.Any(e => !e.HappenedBy(day) && !e.HappenedAfter(day)))
        {
            return null;
        }

        return changes.LastOrDefault(e => e.HappenedBy(day))?.Kind.ResultingStatus();
    }

    /// <summary>
    /// Who held the authorisation of <paramref name="product"/> on <paramref name="day"/>: the holder at first
    /// approval, or the new holder named by the last transfer before the day.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="product"/> is null.</exception>
    public static HolderAnswer HolderOn(Product product, DateTime day)
    {
        if (product is null)
        {
            throw new ArgumentNullException(nameof(product));
        }

        MarketingAuthorisation? authorisation = AuthorisationsOf(product).FirstOrDefault();
        AuthorisationEvent? grant = authorisation is null ? null : AuthorisationHistory.Grant(authorisation);
        if (authorisation is null || grant is null || !grant.HappenedBy(day))
        {
            return new HolderAnswer(null, false, null);
        }

        List<AuthorisationEvent> transfers = History(authorisation).Where(e => e.Kind == AuthorisationEventKind.HolderTransferred).ToList();
        if (transfers.Any(e => !e.HappenedBy(day) && !e.HappenedAfter(day)))
        {
            return new HolderAnswer(null, false, null);
        }

        AuthorisationEvent basis = transfers.LastOrDefault(e => e.HappenedBy(day)) ?? grant;
        return new HolderAnswer(basis.Holder, IsDatedAndVerified(basis), basis);
    }

    /// <summary>
    /// The events of <paramref name="product"/>'s authorisation on or after <paramref name="day"/>, earliest first,
    /// including those dated only to a month or year that may fall on or after it.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="product"/> is null.</exception>
    public static IReadOnlyList<AuthorisationEvent> EventsSince(Product product, DateTime day)
    {
        if (product is null)
        {
            throw new ArgumentNullException(nameof(product));
        }

        return AuthorisationsOf(product).SelectMany(History).Where(e => e.LatestDay >= day.Date).OrderBy(e => e.EarliestDay).ToList().AsReadOnly();
    }

    private static (bool? Authorised, bool Verified) AuthorisedOn(MarketingAuthorisation a, DateTime day)
    {
        AuthorisationStatus? status = StatusOn(a, day);
        AuthorisationEvent? basis = History(a).LastOrDefault(e => e.Kind.ResultingStatus() is not null && e.HappenedBy(day));
        bool verified = basis is null || IsDatedAndVerified(basis);
        if (status is null)
        {
            // Nothing had happened yet (false), or an imprecisely dated event straddles the day (unknown).
            bool straddles = History(a).Any(e => e.Kind.ResultingStatus() is not null && !e.HappenedBy(day) && !e.HappenedAfter(day));
            return straddles ? (null, false) : (false, verified);
        }

        if (status == AuthorisationStatus.PositiveOpinion)
        {
            // An opinion followed by a recorded grant: not yet authorised on the day. With no grant recorded: unknown.
            AuthorisationEvent? grant = History(a).FirstOrDefault(e => e.Kind == AuthorisationEventKind.Granted && e.HappenedAfter(day));
            return grant is null ? (null, verified) : (false, verified && IsDatedAndVerified(grant));
        }

        return (status.Value.IsAuthorised(), verified && a.IsVerified(nameof(MarketingAuthorisation.Status)));
    }

    // For an answer about a day, both what happened and when must have been seen.
    private static bool IsDatedAndVerified(AuthorisationEvent e) =>
        e.IsVerified(nameof(AuthorisationEvent.Kind)) && e.IsVerified(nameof(AuthorisationEvent.Holder))
        && e.IsVerified(nameof(AuthorisationEvent.Year)) && e.IsVerified(nameof(AuthorisationEvent.Month)) && e.IsVerified(nameof(AuthorisationEvent.Date));
}
