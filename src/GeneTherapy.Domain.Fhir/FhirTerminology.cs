using System;
using System.Collections.Generic;
using Hl7.Fhir.Model;

namespace GeneTherapy.Domain.Fhir;

/// <summary>
/// The FHIR R4 terminology of a generated enum, from its code table (<see cref="CodeTables"/>): works for the
/// built-in vocabulary and for any consumer's own seeds that give a <c>"canonical"</c> URL.
/// </summary>
public static class FhirTerminology
{
    /// <summary>
    /// The enum's CodeSystem: <c>content = complete</c>, <c>caseSensitive = true</c>, one concept per term (code, display =
    /// label, definition = summary) in order of value; deprecated terms carry <c>status = deprecated</c>, their replacement
    /// (property <c>replacedBy</c> and the core extension <c>codesystem-replacedby</c>) and the reason
    /// (<c>codesystem-concept-comments</c>); a generated narrative.
    /// </summary>
    /// <param name="table">The enum's code table.</param>
    /// <returns>A new resource.</returns>
    /// <exception cref="InvalidOperationException">The seed gives the enum no canonical URL.</exception>
    public static CodeSystem ToCodeSystem(ICodeTable table) => CodeSystemBuilder.Build(table ?? throw new ArgumentNullException(nameof(table)));

    /// <summary>The ValueSet that includes the whole code system, at <see cref="FhirNames.ValueSetUrl(ICodeTable)"/>.</summary>
    /// <param name="table">The enum's code table.</param>
    /// <returns>A new resource.</returns>
    /// <exception cref="InvalidOperationException">The seed gives the enum no canonical URL.</exception>
    public static ValueSet ToValueSet(ICodeTable table) => ValueSetBuilder.Build(table ?? throw new ArgumentNullException(nameof(table)));

    /// <summary>The ConceptMap from the enum's codes to the NCI Thesaurus codes its terms carry, or <c>null</c> when none carries one.</summary>
    /// <param name="table">The enum's code table.</param>
    /// <returns>A new resource, or <c>null</c>.</returns>
    /// <exception cref="InvalidOperationException">The seed gives the enum no canonical URL.</exception>
    public static ConceptMap? ToConceptMap(ICodeTable table) => ConceptMapBuilder.Build(table ?? throw new ArgumentNullException(nameof(table)));

    /// <summary>Every resource of an enum: its CodeSystem, its ValueSet and, when its terms carry NCI Thesaurus codes, its ConceptMap.</summary>
    /// <param name="table">The enum's code table.</param>
    /// <returns>New resources, in that order.</returns>
    /// <exception cref="InvalidOperationException">The seed gives the enum no canonical URL.</exception>
    public static IReadOnlyList<Resource> ToResources(ICodeTable table)
    {
        var resources = new List<Resource> { ToCodeSystem(table), ToValueSet(table) };
        if (ToConceptMap(table) is ConceptMap map)
        {
            resources.Add(map);
        }

        return resources;
    }
}
