namespace GeneTherapy.Domain;

/// <summary>
/// What kind of document a <see cref="Source"/> is, graded by who publishes the page cited: it tells a regulator's
/// own page or the text of a law from a paper, a company's statement or a third party's report. Seed files write it
/// as <c>"kind"</c> on a source, with the code given for each member.
/// </summary>
public enum SourceKind
{
    /// <summary>A page or document of a medicines regulator (FDA, EMA, the European Commission, a national agency); code <c>regulator</c>.</summary>
    Regulator = 1,

    /// <summary>The text of a law or regulation, or the official publisher's page about it (EUR-Lex, the CFR); code <c>legislation</c>.</summary>
    Legislation = 2,

    /// <summary>An article in a peer-reviewed journal (PubMed Central included); code <c>peer-reviewed</c>.</summary>
    PeerReviewed = 3,

    /// <summary>A statement of the company concerned: its press release or its own page; code <c>company</c>.</summary>
    Company = 4,

    /// <summary>
    /// A third party's report: news and trade press, societies, patient groups, drug databases and unofficial
    /// copies of other documents; code <c>press</c>.
    /// </summary>
    Press = 5,
}
