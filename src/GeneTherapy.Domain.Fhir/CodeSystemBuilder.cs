using System.Collections.Generic;
using System.Linq;
using Hl7.Fhir.Model;

namespace GeneTherapy.Domain.Fhir;

/// <summary>
/// Builds the CodeSystem of a code table. A deprecated term is marked the way the R4 specification marks its own
/// (DICOM's code system): the standard concept property <c>status</c> with the value <c>deprecated</c>, and the core
/// extension <c>codesystem-replacedby</c> with the replacement's Coding; the property <c>replacedBy</c> gives the
/// replacement's code, and the core extension <c>codesystem-concept-comments</c> the reason.
/// </summary>
internal static class CodeSystemBuilder
{
    public const string StatusProperty = "status";
    public const string ReplacedByProperty = "replacedBy";
    public const string DeprecatedStatus = "deprecated";
    public const string StatusPropertyUri = "http://hl7.org/fhir/concept-properties#status";
    public const string ReplacedByExtension = "http://hl7.org/fhir/StructureDefinition/codesystem-replacedby";
    public const string ConceptCommentsExtension = "http://hl7.org/fhir/StructureDefinition/codesystem-concept-comments";

    public static CodeSystem Build(ICodeTable table)
    {
        string url = FhirNames.CodeSystemUrl(table);
        var codeSystem = new CodeSystem
        {
            Id = FhirNames.ResourceId(table),
            Url = url,
            Version = table.CodeSystemVersion,
            Name = FhirNames.ComputableName(table),
            Title = FhirNames.Title(table),
            Status = PublicationStatus.Active,
            Experimental = false,
            Description = table.Summary is null ? null : new Markdown(table.Summary),
            CaseSensitive = true,
            ValueSet = FhirNames.ValueSetUrl(table),
            Content = CodeSystemContentMode.Complete,
            Count = table.Terms.Count,
        };

        if (table.Terms.Any(t => t.IsDeprecated))
        {
            codeSystem.Property.Add(new CodeSystem.PropertyComponent
            {
                Code = StatusProperty,
                Uri = StatusPropertyUri,
                Description = "The concept's status: 'deprecated' for a retired code, which still reads but should not be used in new data.",
                Type = CodeSystem.PropertyType.Code,
            });
            codeSystem.Property.Add(new CodeSystem.PropertyComponent
            {
                Code = ReplacedByProperty,
                Description = "The code of this code system that replaces a deprecated concept.",
                Type = CodeSystem.PropertyType.Code,
            });
        }

        codeSystem.Concept.AddRange(table.Terms.Select(t => Concept(table, url, t)));
        codeSystem.Text = Narratives.Create(
            Narratives.Heading("Code system", table, url),
            new[] { "Code", "Display", "Definition", "Status" },
            table.Terms.Select(t => (IReadOnlyList<string>)new[] { t.Code, t.Label, t.Summary ?? string.Empty, StatusText(t) }));
        return codeSystem;
    }

    private static CodeSystem.ConceptDefinitionComponent Concept(ICodeTable table, string url, ICodeTerm term)
    {
        var concept = new CodeSystem.ConceptDefinitionComponent
        {
            Code = term.Code,
            Display = term.Label,
            Definition = term.Summary,
        };
        if (!term.IsDeprecated)
        {
            return concept;
        }

        concept.Property.Add(new CodeSystem.ConceptPropertyComponent { Code = StatusProperty, Value = new Code(DeprecatedStatus) });
        if (term.DeprecationReason is string reason)
        {
            concept.Extension.Add(new Extension(ConceptCommentsExtension, new FhirString(reason)));
        }

        if (term.ReplacementCode is string replacement && table.TryGetByCode(replacement, out ICodeTerm? replacedBy))
        {
            concept.Extension.Add(new Extension(ReplacedByExtension, new Coding(url, replacedBy.Code, replacedBy.Label)));
            concept.Property.Add(new CodeSystem.ConceptPropertyComponent { Code = ReplacedByProperty, Value = new Code(replacedBy.Code) });
        }

        return concept;
    }

    private static string StatusText(ICodeTerm term)
        => !term.IsDeprecated ? "active"
            : term.ReplacementCode is null ? "deprecated: " + term.DeprecationReason
            : "deprecated: " + term.DeprecationReason + " Use '" + term.ReplacementCode + "'.";
}
