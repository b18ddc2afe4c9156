using System;

namespace GeneTherapy.Domain.Fhir;

/// <summary>
/// The ontologies whose codes seeds write as prefixed codes (<c>NCIT:C15238</c>) and the FHIR code systems they are:
/// the NCI Thesaurus, whose FHIR system URL is <c>http://ncithesaurus-stage.nci.nih.gov</c> (as HL7's terminology
/// registry names it).
/// </summary>
public static class OntologySystems
{
    /// <summary>The short name of the NCI Thesaurus in resource ids and URLs (<c>-to-ncit</c>).</summary>
    public const string NcitName = "ncit";

    /// <summary>The prefix of NCI Thesaurus codes in seeds.</summary>
    public const string NcitPrefix = "NCIT:";

    /// <summary>The FHIR code system URL of the NCI Thesaurus.</summary>
    public const string NcitSystem = "http://ncithesaurus-stage.nci.nih.gov";

    /// <summary>Reads an NCI Thesaurus code from a seed's ontology code: <c>NCIT:C15238</c> gives <c>C15238</c> (the prefix in any case).</summary>
    /// <param name="ontologyCode">An ontology code as the seed writes it.</param>
    /// <param name="code">The NCI Thesaurus code without its prefix, or <c>null</c>.</param>
    /// <returns>Whether the code is an NCI Thesaurus code with something after the prefix.</returns>
    public static bool TryGetNcitCode(string? ontologyCode, out string? code)
    {
        bool isNcit = ontologyCode is not null
            && ontologyCode.Length > NcitPrefix.Length
            && ontologyCode.StartsWith(NcitPrefix, StringComparison.OrdinalIgnoreCase);
        code = isNcit ? ontologyCode!.Substring(NcitPrefix.Length).Trim() : null;
        return isNcit && code!.Length > 0;
    }
}
