using System.Collections.Generic;
using System.Linq;
using Hl7.Fhir.Model;
using Xunit;
using Xunit.Abstractions;

namespace GeneTherapy.Domain.Fhir.Tests;

/// <summary>Every CodeSystem, ValueSet and ConceptMap validates against the R4 core specification with no error and no warning.</summary>
public class ValidatorTests
{
    private readonly ITestOutputHelper _output;

    public ValidatorTests(ITestOutputHelper output) => _output = output;

    public static IEnumerable<object[]> ResourceKeys => FhirValidation.Resources.Select(r => new object[] { FhirPackage.FileName(r) });

    [Theory]
    [MemberData(nameof(ResourceKeys))]
    public void Resource_ValidatesAgainstTheCoreSpecification_WithNoErrorOrWarning(string fileName)
    {
        Resource resource = FhirValidation.Resources.Single(r => FhirPackage.FileName(r) == fileName);

        OperationOutcome outcome = FhirValidation.Validate(resource);

        _output.WriteLine($"{fileName}: {outcome.Issue.Count} issues; first validator call took {FhirValidation.FirstCall?.TotalMilliseconds:F0} ms");
        foreach (OperationOutcome.IssueComponent issue in outcome.Issue)
        {
            _output.WriteLine($"  {issue.Severity} {issue.Code}: {issue.Details?.Text ?? issue.Diagnostics}");
        }

        Assert.Empty(FhirValidation.Problems(outcome));
    }

    [Fact]
    public void Resources_CoverEveryPublishedTable_AndTheTestSeedsConceptMap()
    {
        string[] files = FhirValidation.Resources.Select(FhirPackage.FileName).ToArray();

        Assert.All(FhirValidation.Tables, t =>
        {
            Assert.Contains("CodeSystem-" + t.Name + ".json", files);
            Assert.Contains("ValueSet-" + t.Name + ".json", files);
        });
        Assert.Equal(new[] { "ConceptMap-SampleKind-to-ncit.json" }, files.Where(f => f.StartsWith("ConceptMap-", System.StringComparison.Ordinal)));
        Assert.DoesNotContain("CodeSystem-Unpublished.json", files);
    }

    [Fact]
    public void Validator_WarnsAboutACodeSystemWithoutNarrative_WhichTheGeneratedOneHas()
    {
        CodeSystem withoutText = FhirTerminology.ToCodeSystem(CodeTables.Get<VectorPlatform>());
        withoutText.Text = null;

        IReadOnlyList<string> problems = FhirValidation.Problems(FhirValidation.Validate(withoutText));

        Assert.Contains(problems, p => p.StartsWith("Warning", System.StringComparison.Ordinal) && p.Contains("dom-6", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Validator_RejectsABrokenCodeSystem_SoTheCleanResultsMeanSomething()
    {
        CodeSystem broken = FhirTerminology.ToCodeSystem(CodeTables.Get<VectorPlatform>());
        broken.Concept[1].Code = broken.Concept[0].Code;   // two concepts with one code

        IReadOnlyList<string> problems = FhirValidation.Problems(FhirValidation.Validate(broken));

        _output.WriteLine(string.Join("\n", problems));
        Assert.Contains(problems, p => p.StartsWith("Error", System.StringComparison.Ordinal) && p.Contains("csd-1", System.StringComparison.Ordinal));
    }
}
