using System.Collections.Generic;
using System.Linq;
using Task = System.Threading.Tasks.Task;
using Hl7.Fhir.Model;
using Xunit;

namespace GeneTherapy.Domain.Fhir.Tests;

/// <summary>Firely's local terminology service over the generated resources: <c>$validate-code</c> and <c>$expand</c>.</summary>
public class TerminologyTests
{
    public static IEnumerable<object[]> TableNames => FhirValidation.Tables.Select(t => new object[] { t.Name });

    [Theory]
    [MemberData(nameof(TableNames))]
    public async Task ValidateCode_AcceptsEveryCode_AndRejectsAWrongOne(string tableName)
    {
        ICodeTable table = FhirValidation.Tables.Single(t => t.Name == tableName);
        string valueSet = FhirNames.ValueSetUrl(table);

        foreach (ICodeTerm term in table.Terms)
        {
            Parameters result = await ValidateCodeAsync(valueSet, table.CodeSystemUrl!, term.Code);
            Assert.True(Result(result), $"{term.Code}: {Message(result)}");
        }

        Parameters wrong = await ValidateCodeAsync(valueSet, table.CodeSystemUrl!, table.Terms[0].Code + "-not-a-code");
        Assert.False(Result(wrong));
        Assert.Contains("-not-a-code", Message(wrong));

        // Codes are case-sensitive (caseSensitive = true): another case is another code.
        Parameters upper = await ValidateCodeAsync(valueSet, table.CodeSystemUrl!, table.Terms[0].Code.ToUpperInvariant());
        Assert.Equal(table.Terms[0].Code == table.Terms[0].Code.ToUpperInvariant(), Result(upper));
    }

    [Fact]
    public async Task ValidateCode_ACodeOfAnotherSystem_IsRejected()
    {
        ICodeTable vectors = CodeTables.Get<VectorPlatform>();
        ICodeTable delivery = CodeTables.Get<Delivery>();

        Parameters result = await ValidateCodeAsync(FhirNames.ValueSetUrl(vectors), delivery.CodeSystemUrl!, "aav");

        Assert.False(Result(result));
    }

    [Theory]
    [MemberData(nameof(TableNames))]
    public async Task Expand_ReturnsEveryCodeInOrder_WithItsDisplay(string tableName)
    {
        ICodeTable table = FhirValidation.Tables.Single(t => t.Name == tableName);
        var parameters = new Parameters();
        parameters.Add("url", new FhirUri(FhirNames.ValueSetUrl(table)));

        var expanded = Assert.IsType<ValueSet>(await FhirValidation.Terminology.Expand(parameters));
        ValueSet.ExpansionComponent expansion = Assert.IsType<ValueSet.ExpansionComponent>(expanded.Expansion);

        Assert.Equal(
            table.Terms.Select(t => $"{table.CodeSystemUrl}|{t.Code}|{t.Label}"),
            expansion.Contains.Select(c => $"{c.System}|{c.Code}|{c.Display}"));
        Assert.Equal(table.Terms.Count, expansion.Total);
    }

    private static async System.Threading.Tasks.Task<Parameters> ValidateCodeAsync(string valueSet, string system, string code)
    {
        var parameters = new Parameters();
        parameters.Add("url", new FhirUri(valueSet));
        parameters.Add("system", new FhirUri(system));
        parameters.Add("code", new Code(code));
        return await FhirValidation.Terminology.ValueSetValidateCode(parameters);
    }

    private static bool Result(Parameters result) => result.Parameter.Single(p => p.Name == "result").Value is FhirBoolean { Value: true };

    private static string Message(Parameters result) => result.Parameter.FirstOrDefault(p => p.Name == "message")?.Value?.ToString() ?? string.Empty;
}
