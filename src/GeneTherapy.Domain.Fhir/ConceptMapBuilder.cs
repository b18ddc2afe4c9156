using System.Collections.Generic;
using Hl7.Fhir.Model;

namespace GeneTherapy.Domain.Fhir;

/// <summary>
/// Builds the ConceptMap from a table's codes to the NCI Thesaurus codes its terms carry (<c>"ontology"</c> in the
/// seed), each as <c>equivalent</c>: the seed names the ontology concept the term means.
/// </summary>
internal static class ConceptMapBuilder
{
    /// <returns>The map, or <c>null</c> when no term carries an NCI Thesaurus code.</returns>
    public static ConceptMap? Build(ICodeTable table)
    {
        var elements = new List<ConceptMap.SourceElementComponent>();
        var rows = new List<IReadOnlyList<string>>();
        foreach (ICodeTerm term in table.Terms)
        {
            var element = new ConceptMap.SourceElementComponent { Code = term.Code, Display = term.Label };
            foreach (string ontologyCode in term.OntologyCodes)
            {
                if (OntologySystems.TryGetNcitCode(ontologyCode, out string? ncit))
                {
                    element.Target.Add(new ConceptMap.TargetElementComponent { Code = ncit, Equivalence = ConceptMapEquivalence.Equivalent });
                    rows.Add(new[] { term.Code, term.Label, ncit! });
                }
            }

            if (element.Target.Count > 0)
            {
                elements.Add(element);
            }
        }

        if (elements.Count == 0)
        {
            return null;
        }

        string url = FhirNames.ConceptMapUrl(table, OntologySystems.NcitName);
        var map = new ConceptMap
        {
            Id = FhirNames.ConceptMapId(table, OntologySystems.NcitName),
            Url = url,
            Version = table.CodeSystemVersion,
            Name = FhirNames.ComputableName(table) + "ToNcit",
            Title = FhirNames.Title(table) + " to NCI Thesaurus",
            Status = PublicationStatus.Active,
            Experimental = false,
            Description = new Markdown("The NCI Thesaurus concepts the codes of " + FhirNames.CodeSystemUrl(table) + " stand for."),
            Source = new Canonical(FhirNames.ValueSetUrl(table)),
        };
        var group = new ConceptMap.GroupComponent
        {
            Source = FhirNames.CodeSystemUrl(table),
            SourceVersion = table.CodeSystemVersion,
            Target = OntologySystems.NcitSystem,
        };
        group.Element.AddRange(elements);
        map.Group.Add(group);
        map.Text = Narratives.Create(Narratives.Heading("Concept map", table, url) + " Maps to the NCI Thesaurus (" + OntologySystems.NcitSystem + ").",
            new[] { "Code", "Display", "NCI Thesaurus code" }, rows);
        return map;
    }
}
