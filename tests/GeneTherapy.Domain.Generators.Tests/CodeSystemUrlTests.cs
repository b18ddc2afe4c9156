using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit;

namespace GeneTherapy.Domain.Generators.Tests;

/// <summary>
/// The FHIR code system URL and version of each enum: derived from the document's <c>"canonical"</c> base or given by
/// the enum, carried into the generated code table, and checked (GTD0040 invalid, GTD0041 shared, GTD0042 blank version).
/// </summary>
public class CodeSystemUrlTests
{
    private const string Colors = """
        { "name": "Color", "members": [ { "name": "Red", "value": 1, "code": "red", "label": "Red" } ] }
        """;

    private const string Shapes = """
        { "name": "Shape", "members": [ { "name": "Round", "value": 1, "code": "round", "label": "Round" } ] }
        """;

    private static string Doc(string top, params string[] enums)
        => "{ \"seedFormat\": 1, \"namespace\": \"A\", " + top + (top.Length > 0 ? ", " : string.Empty) + "\"enums\": [ " + string.Join(", ", enums) + " ] }";

    private static string TableOf(GeneratorRun run, string enumName) => run.Sources[$"A.{enumName}Extensions.CodeTable.g.cs"];

    [Fact]
    public void DocumentBase_GivesEachEnumBaseCodeSystemName_AndTheVersion()
    {
        GeneratorRun run = GeneratorHarness.Run(("seeds/a.seed.json", Doc("\"canonical\": \"https://acme.example.org/fhir\", \"version\": \"1.2\"", Colors, Shapes)));

        Assert.Empty(run.GeneratorDiagnostics);
        GeneratorHarness.AssertCompiles(run);
        Assert.Contains("codeSystemUrl: \"https://acme.example.org/fhir/CodeSystem/Color\", codeSystemVersion: \"1.2\")", TableOf(run, "Color"));
        Assert.Contains("codeSystemUrl: \"https://acme.example.org/fhir/CodeSystem/Shape\", codeSystemVersion: \"1.2\")", TableOf(run, "Shape"));
    }

    [Fact]
    public void EnumCanonicalAndVersion_OverrideTheDocuments()
    {
        string shape = Shapes.Replace("\"name\": \"Shape\",", "\"name\": \"Shape\", \"canonical\": \"http://shapes.example.org/cs/shape\", \"version\": \"7\",");
        GeneratorRun run = GeneratorHarness.Run(("seeds/a.seed.json", Doc("\"canonical\": \"https://acme.example.org/fhir\", \"version\": \"1.2\"", Colors, shape)));

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Contains("codeSystemUrl: \"http://shapes.example.org/cs/shape\", codeSystemVersion: \"7\")", TableOf(run, "Shape"));
        Assert.Contains("codeSystemUrl: \"https://acme.example.org/fhir/CodeSystem/Color\", codeSystemVersion: \"1.2\")", TableOf(run, "Color"));
    }

    [Fact]
    public void NoCanonical_EmitsATableWithoutUrlOrVersion()
    {
        GeneratorRun run = GeneratorHarness.Run(("seeds/a.seed.json", Doc(string.Empty, Colors)));

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.DoesNotContain("codeSystem", TableOf(run, "Color"));
    }

    [Fact]
    public void VersionWithoutCanonical_EmitsOnlyTheVersion()
    {
        GeneratorRun run = GeneratorHarness.Run(("seeds/a.seed.json", Doc("\"version\": \"3\"", Colors)));

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Contains("Values, codeSystemVersion: \"3\")", TableOf(run, "Color"));
        Assert.DoesNotContain("codeSystemUrl", TableOf(run, "Color"));
    }

    [Theory]
    [InlineData("fhir", "it is not an absolute URL")]
    [InlineData("ftp://acme.example.org/fhir", "its scheme is 'ftp', not http or https")]
    [InlineData("https://acme.example.org/fhir/", "it ends with '/'")]
    [InlineData("https://acme.example.org/fhir|1.0", "'|' separates a canonical URL from a version")]
    [InlineData("https://acme.example.org/fhir#x", "it has a query or a fragment")]
    [InlineData("https://acme.example.org/my fhir", "it contains white space or a control character")]
    public void InvalidDocumentCanonical_ReportsGTD0040AtTheValue_AndEmitsNothing(string canonical, string problem)
    {
        (string text, int line, int column) = GeneratorHarness.Marked(Doc("\"canonical\": $$\"" + canonical + "\"", Colors));

        GeneratorRun run = GeneratorHarness.Run(("seeds/a.seed.json", text));

        Diagnostic diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("GTD0040", diagnostic.Id);
        Assert.Equal(
            $"seeds/a.seed.json({line},{column}): error GTD0040: '{canonical}' is not a valid canonical URL: {problem}; write an absolute http or https URL without query, fragment, '|' or trailing '/', such as \"https://example.org/fhir\"",
            diagnostic.ToString());
        Assert.DoesNotContain(run.Sources.Keys, k => k.StartsWith("A.", System.StringComparison.Ordinal));
    }

    [Fact]
    public void TwoEnumsWithOneCanonical_ReportsGTD0041AtTheSecond()
    {
        string color = Colors.Replace("\"name\": \"Color\",", "\"name\": \"Color\", \"canonical\": \"https://acme.example.org/cs\",");
        string shape = Shapes.Replace("\"name\": \"Shape\",", "\"name\": \"Shape\", \"canonical\": $$\"https://acme.example.org/cs\",");
        (string text, int line, int column) = GeneratorHarness.Marked(Doc(string.Empty, color, shape));

        GeneratorRun run = GeneratorHarness.Run(("seeds/a.seed.json", text));

        Diagnostic diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal(
            $"seeds/a.seed.json({line},{column}): error GTD0041: Enum 'Shape' would publish its code system at 'https://acme.example.org/cs', the URL of enum 'Color' (at a.seed.json(1,59)); give this enum a \"canonical\" URL of its own",
            diagnostic.ToString());
    }

    [Fact]
    public void EnumCanonicalEqualToAnotherFilesDerivedUrl_ReportsGTD0041AtTheExplicitOneWhicheverComesFirst()
    {
        // "a" sorts before "b": the explicit URL is bound first and the derived one collides with it later.
        string shape = Shapes.Replace("\"name\": \"Shape\",", "\"name\": \"Shape\", \"canonical\": $$\"https://acme.example.org/fhir/CodeSystem/Color\",");
        (string text, int line, int column) = GeneratorHarness.Marked(Doc(string.Empty, shape));

        GeneratorRun run = GeneratorHarness.Run(
            ("seeds/a.seed.json", text),
            ("seeds/b.seed.json", Doc("\"canonical\": \"https://acme.example.org/fhir\"", Colors).Replace("\"A\"", "\"B\"")));

        Diagnostic diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("GTD0041", diagnostic.Id);
        FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
        Assert.Equal(("seeds/a.seed.json", line, column), (span.Path, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1));
        Assert.StartsWith("Enum 'Shape' would publish its code system at 'https://acme.example.org/fhir/CodeSystem/Color', the URL of enum 'Color' (at b.seed.json(1,",
            diagnostic.GetMessage(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void ConsumerEnumClaimingABuiltInUrl_ReportsGTD0041()
    {
        string shape = Shapes.Replace("\"name\": \"Shape\",", "\"name\": \"Shape\", \"canonical\": $$\"https://genetherapy-domain.example.org/fhir/CodeSystem/VectorPlatform\",");
        (string text, int line, int column) = GeneratorHarness.Marked(Doc(string.Empty, shape));
        var seeds = GeneratorHarness.BuiltInSeeds.Append(("seeds/zz.seed.json", text)).ToArray();

        GeneratorRun run = GeneratorHarness.Run(seeds);

        Diagnostic diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("GTD0041", diagnostic.Id);
        Assert.Equal((line, column), (diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1, diagnostic.Location.GetLineSpan().StartLinePosition.Character + 1));
        Assert.Contains("the URL of enum 'VectorPlatform' (at vectors.seed.json(", diagnostic.GetMessage(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void BuiltInSeeds_GiveEveryEnumAUrlUnderThePlaceholderDomain()
    {
        GeneratorRun run = GeneratorHarness.Run(GeneratorHarness.BuiltInSeeds.ToArray());

        Assert.Empty(run.GeneratorDiagnostics);
        string[] tables = run.Sources.Where(s => s.Key.EndsWith("Extensions.CodeTable.g.cs", System.StringComparison.Ordinal)).Select(s => s.Value).ToArray();
        Assert.NotEmpty(tables);
        Assert.All(tables, t => Assert.Matches("codeSystemUrl: \"https://genetherapy-domain\\.example\\.org/fhir/CodeSystem/[A-Za-z]+\", codeSystemVersion: \"0\\.1\\.0\"\\)", t));
    }
}
