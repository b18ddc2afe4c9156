using System.Linq;
using GeneTherapy.Domain.Fhir.Tests.Registry;
using Hl7.Fhir.Model;
using Xunit;

namespace GeneTherapy.Domain.Fhir.Tests;

/// <summary>What the test seed's resources say: deprecations, replacements, the concept map, names and URLs.</summary>
public class ResourceContentTests
{
    private static readonly ICodeTable s_samples = CodeTables.Get<SampleKind>();

    [Fact]
    public void CodeSystem_MarksDeprecatedConcepts_WithStatusReplacementAndReason()
    {
        CodeSystem cs = FhirTerminology.ToCodeSystem(s_samples);

        Assert.Equal(new[] { "status|http://hl7.org/fhir/concept-properties#status|Code", "replacedBy||Code" },
            cs.Property.Select(p => $"{p.Code}|{p.Uri}|{p.Type}"));
        CodeSystem.ConceptDefinitionComponent marrow = cs.Concept.Single(c => c.Code == "marrow");
        Assert.Equal(new[] { "status=deprecated", "replacedBy=bone-marrow" }, marrow.Property.Select(p => p.Code + "=" + Assert.IsType<Code>(p.Value).Value));
        Coding replacedBy = Assert.IsType<Coding>(marrow.GetExtension("http://hl7.org/fhir/StructureDefinition/codesystem-replacedby")?.Value);
        Assert.Equal(("https://registry.example.org/fhir/CodeSystem/SampleKind", "bone-marrow", "Bone marrow"), (replacedBy.System, replacedBy.Code, replacedBy.Display));
        Assert.Equal("Renamed to 'bone-marrow'.", Assert.IsType<FhirString>(marrow.GetExtension("http://hl7.org/fhir/StructureDefinition/codesystem-concept-comments")?.Value).Value);

        CodeSystem.ConceptDefinitionComponent swab = cs.Concept.Single(c => c.Code == "swab");
        Assert.Equal(new[] { "status=deprecated" }, swab.Property.Select(p => p.Code + "=" + Assert.IsType<Code>(p.Value).Value));
        Assert.Null(swab.GetExtension("http://hl7.org/fhir/StructureDefinition/codesystem-replacedby"));
        Assert.Empty(cs.Concept.Single(c => c.Code == "blood").Property);
        string? div = Assert.IsType<Narrative>(cs.Text).Div;
        Assert.Contains("What a follow-up sample is taken from &lt;and how&gt;.", div);
        Assert.Contains("<td>Bone marrow aspirate &amp; biopsy.</td>", div);
    }

    [Fact]
    public void CodeSystem_WithoutDeprecations_DeclaresNoProperties()
        => Assert.Empty(FhirTerminology.ToCodeSystem(CodeTables.Get<VectorPlatform>()).Property);

    [Fact]
    public void ConceptMap_MapsEachCodeWithAnNcitCodeToIt_AndSkipsOtherOntologies()
    {
        ConceptMap map = FhirTerminology.ToConceptMap(s_samples)!;

        Assert.Equal("https://registry.example.org/fhir/ConceptMap/SampleKind-to-ncit", map.Url);
        Assert.Equal("https://registry.example.org/fhir/ValueSet/SampleKind", Assert.IsType<Canonical>(map.Source).Value);
        ConceptMap.GroupComponent group = Assert.Single(map.Group);
        Assert.Equal(("https://registry.example.org/fhir/CodeSystem/SampleKind", "2.1.0", "http://ncithesaurus-stage.nci.nih.gov"), (group.Source, group.SourceVersion, group.Target));
        Assert.Equal(new[] { "blood->C12434", "bone-marrow->C12431", "marrow->C12431" },
            group.Element.SelectMany(e => e.Target.Select(t => e.Code + "->" + t.Code)));
        Assert.All(group.Element.SelectMany(e => e.Target), t => Assert.Equal(ConceptMapEquivalence.Equivalent, t.Equivalence));
        Assert.Null(FhirTerminology.ToConceptMap(CodeTables.Get<ContactMode>()));
    }

    [Fact]
    public void EnumWithItsOwnCanonical_GetsValueSetNextToIt()
    {
        ICodeTable contact = CodeTables.Get<ContactMode>();

        Assert.Equal("https://registry.example.org/terminology/contact-mode", contact.CodeSystemUrl);
        Assert.Equal("1", contact.CodeSystemVersion);
        Assert.Equal("https://registry.example.org/terminology/contact-mode/ValueSet", FhirNames.ValueSetUrl(contact));
        Assert.Equal("https://registry.example.org/fhir/ValueSet/SampleKind", FhirNames.ValueSetUrl(s_samples));
        Assert.Equal(("SampleKind", "SampleKind", "Sample kind"), (FhirNames.ResourceId(s_samples), FhirNames.ComputableName(s_samples), FhirNames.Title(s_samples)));
    }

    [Fact]
    public void TableWithoutUrl_IsLeftOutOfThePackage_AndCannotBecomeACodeSystem()
    {
        ICodeTable unpublished = CodeTables.Get<Unpublished>();

        Assert.Null(unpublished.CodeSystemUrl);
        Assert.Null(unpublished.CodeSystemVersion);
        Assert.DoesNotContain(FhirPackage.CreateResources(new[] { unpublished, s_samples }), r => r.Id == "Unpublished");
        Assert.Throws<System.InvalidOperationException>(() => FhirTerminology.ToCodeSystem(unpublished));
    }
}
