using GeneTherapy.Domain.Tests.Clinic;
using GeneTherapy.Domain.Tests.Ontology;
using Xunit;

namespace GeneTherapy.Domain.Tests.CodeTables;

/// <summary>The reverse ontology lookup and the code system URL and version of generated code tables.</summary>
public class OntologyLookupTests
{
    private static readonly ICodeTable<TissueSample> s_table = GeneTherapy.Domain.CodeTables.Get<TissueSample>();

    [Theory]
    [InlineData("NCIT:C12431", TissueSample.BoneMarrow)]        // a current term wins over a deprecated one of lower value
    [InlineData("UBERON:0002371", TissueSample.BoneMarrow)]     // any ontology, a term's second code
    [InlineData("NCIT:C12434", TissueSample.Blood)]             // two current terms: the lower value wins
    public void TryFromOntologyCode_FindsTheTermThatListsIt(string ontologyCode, TissueSample expected)
    {
        Assert.True(s_table.TryFromOntologyCode(ontologyCode, out TissueSample value));
        Assert.Equal(expected, value);
        Assert.True(s_table.TryGetByOntologyCode(ontologyCode, out ICodeTerm? term));
        Assert.Equal(expected, term!.Value);
    }

    [Theory]
    [InlineData("ncit:C12431")]     // ordinal: the prefix is part of the code as written
    [InlineData("NCIT:C1243")]
    [InlineData("C12431")]
    [InlineData("")]
    [InlineData(null)]
    public void TryFromOntologyCode_UnlistedCode_FindsNothing(string? ontologyCode)
    {
        Assert.False(s_table.TryFromOntologyCode(ontologyCode, out TissueSample value));
        Assert.Equal(default, value);
        Assert.False(s_table.TryGetByOntologyCode(ontologyCode, out ICodeTerm? term));
        Assert.Null(term);
    }

    [Fact]
    public void TryFromOntologyCode_OnlyHolderDeprecated_FindsTheDeprecatedTerm()
    {
        Assert.True(s_table.TryFromOntologyCode("NCIT:C17627", out TissueSample value));
#pragma warning disable CS0618 // the deprecated member is the point
        Assert.Equal(TissueSample.Swab, value);
#pragma warning restore CS0618
    }

    [Fact]
    public void TryFromOntologyCode_AnotherSeedsTable_FindsItsOwnCodesOnly()
    {
        ICodeTable<VisitKind> visits = GeneTherapy.Domain.CodeTables.Get<VisitKind>();

        Assert.True(visits.TryFromOntologyCode("TEST:0002", out VisitKind value));
        Assert.Equal(VisitKind.Remote, value);
        Assert.False(visits.TryFromOntologyCode("NCIT:C12431", out _));
    }

    [Fact]
    public void CodeSystemUrl_IsTheCanonicalBaseAndTheEnumName_OrNullWithoutCanonical()
    {
        Assert.Equal("https://ontology-tests.example.org/fhir/CodeSystem/TissueSample", s_table.CodeSystemUrl);
        Assert.Null(s_table.CodeSystemVersion);
        Assert.Null(GeneTherapy.Domain.CodeTables.Get<VisitKind>().CodeSystemUrl);
        Assert.Null(GeneTherapy.Domain.CodeTables.Get<VisitKind>().CodeSystemVersion);
    }

    [Fact]
    public void BuiltInTables_HaveUrlsUnderThePlaceholderBase_AndTheSeedsVersion()
    {
        ICodeTable vectors = GeneTherapy.Domain.CodeTables.Get<VectorPlatform>();

        Assert.Equal("https://genetherapy-domain.example.org/fhir/CodeSystem/VectorPlatform", vectors.CodeSystemUrl);
        Assert.Equal("0.1.0", vectors.CodeSystemVersion);
        Assert.Equal("https://genetherapy-domain.example.org/fhir/CodeSystem/Jurisdiction", GeneTherapy.Domain.CodeTables.Get<Jurisdiction>().CodeSystemUrl);
        Assert.False(vectors.TryGetByOntologyCode("NCIT:C15238", out _));   // the built-in seeds list no NCIt codes yet
    }
}
