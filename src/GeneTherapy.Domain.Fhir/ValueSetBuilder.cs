using System.Collections.Generic;
using Hl7.Fhir.Model;

namespace GeneTherapy.Domain.Fhir;

/// <summary>Builds the ValueSet of all codes of a table's code system (deprecated ones included: stored data uses them).</summary>
internal static class ValueSetBuilder
{
    public static ValueSet Build(ICodeTable table)
    {
        string codeSystemUrl = FhirNames.CodeSystemUrl(table);
        string url = FhirNames.ValueSetUrl(table);
        var valueSet = new ValueSet
        {
            Id = FhirNames.ResourceId(table),
            Url = url,
            Version = table.CodeSystemVersion,
            Name = FhirNames.ComputableName(table),
            Title = FhirNames.Title(table),
            Status = PublicationStatus.Active,
            Experimental = false,
            Description = new Markdown("All codes of the code system " + codeSystemUrl + (table.Summary is null ? "." : ": " + table.Summary)),
            Immutable = false,
            Compose = new ValueSet.ComposeComponent(),
        };
        valueSet.Compose.Include.Add(new ValueSet.ConceptSetComponent { System = codeSystemUrl, Version = table.CodeSystemVersion });
        valueSet.Text = Narratives.Create(
            Narratives.Heading("Value set", table, url),
            new[] { "Includes" },
            new[] { (IReadOnlyList<string>)new[] { "All codes of " + codeSystemUrl + (table.CodeSystemVersion is null ? string.Empty : " version " + table.CodeSystemVersion) } });
        return valueSet;
    }
}
