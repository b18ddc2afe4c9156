using GeneTherapy.Domain.Rules;

namespace GeneTherapy.Domain;

public sealed partial record MarketingAuthorisation
{
    /// <summary>
    /// Where the authorisation stands now: the status left by the last of its events that change it (its grant, a
    /// positive opinion, a suspension, a withdrawal, an expiry, a discontinuation), as
    /// <see cref="AuthorisationRules.History(MarketingAuthorisation)"/> lists them. Derived, never stored.
    /// </summary>
    public AuthorisationStatus Status => AuthorisationRules.CurrentStatus(this);
}
