using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace GeneTherapy.Domain.Generators.Tests;

/// <summary>Every diagnostic id, with the file, line, column and message it must report.</summary>
public class DiagnosticTests
{
    private const string Path = "seeds/bad.seed.json";

    private const string Enum = """
        "enums": [ { "name": "Color", "members": [ { "name": "Red", "value": 1, "code": "red", "label": "Red" } ] } ]
        """;

    public static IEnumerable<object[]> Cases => new List<object[]>
    {
        Case("GTD0001", "{ \"seedFormat\": 1, \"namespace\": \"A\" $$\"enums\": [] }", "not valid JSON"),
        Case("GTD0001", "$$", "empty"),
        Case("GTD0002", "{ \"seedFormat\": $$2, \"namespace\": \"A\" }", "\"seedFormat\" is 2"),
        Case("GTD0003", "{ \"seedFormat\": 1, \"namespace\": \"A\", \"enums\": [ $${ \"members\": [] } ] }", "missing the required property 'name'"),
        Case("GTD0004", "{ \"seedFormat\": 1, \"namespace\": \"A\", \"enums\": $${} }", "'enums' must be an array, but it is an object"),
        Case("GTD0005", "{ \"seedFormat\": 1, \"namespace\": \"A\", $$\"enum\": [] }", "did you mean 'enums'?"),
        Case("GTD0006", "{ \"seedFormat\": 1, \"namespace\": \"A\", \"enums\": [ { \"name\": $$\"9Lives\", \"members\": [] } ] }", "'9Lives' cannot be used as the C# name of an enum"),
        Case("GTD0006", "{ \"seedFormat\": 1, \"namespace\": \"A\", \"enums\": [ { \"name\": $$\"color\", \"members\": [] } ] }", "upper-case"),
        Case("GTD0007", "{ \"seedFormat\": 1, \"namespace\": \"A\", \"enums\": [ { \"name\": \"Color\", \"members\": [] }, { \"name\": $$\"Color\", \"members\": [] } ] }", "Type 'Color' is declared twice"),
        Case("GTD0008", "{ \"seedFormat\": 1, \"namespace\": \"A\", \"enums\": [ { \"name\": \"Color\", \"members\": [ { \"name\": \"Red\", \"value\": 1, \"code\": \"red\", \"label\": \"Red\" }, { \"name\": \"Blue\", \"value\": $$1, \"code\": \"blue\", \"label\": \"Blue\" } ] } ] }", "already uses value 1 for member 'Red'"),
        Case("GTD0009", "{ \"seedFormat\": 1, \"namespace\": \"A\", \"enums\": [ { \"name\": \"Color\", \"members\": [ { \"name\": \"Red\", \"value\": 1, \"code\": \"red\", \"label\": \"Red\" }, { \"name\": \"Blue\", \"value\": 2, \"code\": $$\"red\", \"label\": \"Blue\" } ] } ] }", "already uses code 'red'"),
        Case("GTD0010", "{ \"seedFormat\": 1, \"namespace\": \"A\", \"records\": [ { \"name\": \"Thing\", \"key\": \"Id\", \"fields\": [ { \"name\": \"Id\", \"type\": \"string\" } ] } ], \"entries\": { \"Thing\": [ { \"Id\": \"x\" }, { \"Id\": $$\"x\" } ] } }", "Key 'x' is used by two entries of 'Thing'"),
        Case("GTD0011", "{ \"seedFormat\": 1, \"namespace\": \"A\", \"sources\": [ { \"id\": \"s\", \"title\": \"S\" }, { \"id\": $$\"s\", \"title\": \"T\" } ] }", "Source 's' is declared twice"),
        Case("GTD0012", "{ \"seedFormat\": 1, \"namespace\": \"A\", \"records\": [ { \"name\": \"Thing\", \"fields\": [ { \"name\": \"Shade\", \"type\": $$\"Colour[]\" } ] } ] }", "'Colour' is neither a built-in type"),
        Case("GTD0013", "{ \"seedFormat\": 1, \"namespace\": \"A\", \"entries\": { $$\"Thing\": [] } }", "Entries are given for 'Thing'"),
        Case("GTD0014", "{ \"seedFormat\": 1, \"namespace\": \"A\", \"sources\": [ { \"id\": \"handbook\", \"title\": \"H\" } ], \"enums\": [ { \"name\": \"Color\", \"source\": $$\"handbok\", \"members\": [] } ] }", "did you mean 'handbook'?"),
        Case("GTD0015", "{ \"seedFormat\": 1, \"namespace\": \"A\", " + Enum + ", \"records\": [ { \"name\": \"Thing\", \"key\": \"Id\", \"fields\": [ { \"name\": \"Id\", \"type\": \"string\" }, { \"name\": \"Shade\", \"type\": \"Color\" } ] } ], \"entries\": { \"Thing\": [ { \"Id\": \"x\", \"Shade\": $$\"blue\" } ] } }", "'blue' is not a code of enum 'Color'; use one of: \"red\""),
        Case("GTD0015", "{ \"seedFormat\": 1, \"namespace\": \"A\", \"sources\": [ { \"id\": \"s\", \"title\": \"S\", \"kind\": $$\"news\" } ] }", "'news' is not a code of enum 'SourceKind'; use one of: \"regulator\", \"legislation\", \"peer-reviewed\", \"company\", \"press\""),
        Case("GTD0016", "{ \"seedFormat\": 1, \"namespace\": \"A\", \"records\": [ { \"name\": \"Thing\", \"key\": \"Id\", \"fields\": [ { \"name\": \"Id\", \"type\": \"string\" }, { \"name\": \"Next\", \"type\": \"Thing?\" } ] } ], \"entries\": { \"Thing\": [ { \"Id\": \"first\", \"Next\": $$\"frist\" } ] } }", "did you mean 'first'?"),
        Case("GTD0017", "{ \"seedFormat\": 1, \"namespace\": \"A\", \"records\": [ { \"name\": \"Thing\", \"key\": \"Id\", \"fields\": [ { \"name\": \"Id\", \"type\": \"string\" }, { \"name\": \"Since\", \"type\": \"date\" } ] } ], \"entries\": { \"Thing\": [ { \"Id\": \"x\", \"Since\": $$\"2024-13-01\" } ] } }", "'Since' has type 'date', but this value is the string \"2024-13-01\"; write a date as \"YYYY-MM-DD\""),
        Case("GTD0018", "{ \"seedFormat\": 1, \"namespace\": \"A\", \"records\": [ { \"name\": \"Thing\", \"fields\": [ { \"name\": \"Id\", \"type\": $$\"string??\" } ] } ] }", "'string??' is not a valid type"),
        Case("GTD0019", "{ \"seedFormat\": 1, \"namespace\": \"A\", \"records\": [ { \"name\": \"Thing\", \"key\": $$\"Count\", \"fields\": [ { \"name\": \"Count\", \"type\": \"int\" } ] } ] }", "Key 'Count' of record 'Thing' must name"),
        Case("GTD0020", "{ \"seedFormat\": 1, \"namespace\": \"A\", $$\"namespace\": \"B\" }", "'namespace' appears more than once"),
        Case("GTD0021", "{ \"seedFormat\": 1, \"namespace\": \"A\", \"records\": [ { \"name\": \"Hen\", \"fields\": [ { \"name\": \"Egg\", \"type\": \"Egg\" } ] }, { \"name\": \"Egg\", \"fields\": [ { \"name\": \"Hen\", \"type\": $$\"Hen\" } ] } ] }", "loop (Hen -> Egg -> Hen)"),
        Case("GTD0035", "{ \"seedFormat\": 1, \"namespace\": \"A\", \"records\": [ { \"name\": \"Thing\", \"key\": \"Id\", \"fields\": [ { \"name\": \"Id\", \"type\": \"string\" }, { \"name\": \"Next\", \"type\": \"Thing?\" } ] } ], \"entries\": { \"Thing\": [ $${ \"Id\": \"x\", \"Next\": \"x\" } ] } }", "Entry 'x' of 'Thing' refers back to itself, directly or through other entries of 'Thing'"),
        Case("GTD0042", "{ \"seedFormat\": 1, \"namespace\": \"A\", \"version\": $$\"\", \"enums\": [] }", "The code system \"version\" is blank; write one such as \"1.0.0\""),
        Case("GTD0024", "{ \"seedFormat\": 1, \"namespace\": \"A\", \"records\": [ { \"name\": \"Thing\", \"fields\": [ { \"name\": $$\"Source\", \"type\": \"string\" } ] } ] }", "clashes with the generated member 'Source'"),
        Case("GTD0024", "{ \"seedFormat\": 1, \"namespace\": \"A\", \"records\": [ { \"name\": \"Thing\", \"fields\": [ { \"name\": $$\"ListEquals\", \"type\": \"string\" } ] } ] }", "'ListEquals' clashes with the generated member 'ListEquals' of the generated record 'Thing'"),
        Case("GTD0024", "{ \"seedFormat\": 1, \"namespace\": \"A\", \"records\": [ { \"name\": \"Thing\", \"key\": \"Id\", \"fields\": [ { \"name\": \"Id\", \"type\": \"string\" } ] } ], \"entries\": { \"Thing\": [ { \"Id\": $$\"create-index\" } ] } }", "'create-index' clashes with the generated member 'CreateIndex' of the catalog 'ThingCatalog'"),
        Case("GTD0024", "{ \"seedFormat\": 1, \"namespace\": \"A\", \"enums\": [ { \"name\": \"Color\", \"properties\": [ { \"name\": $$\"s_terms\", \"type\": \"int\" } ], \"members\": [] } ] }", "'s_terms' clashes with the generated member 's_terms' of the generated class 'ColorExtensions'"),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Generator_BadSeed_ReportsDiagnosticAtToken(string id, string markedSeed, string messageFragment)
    {
        (string text, int line, int column) = GeneratorHarness.Marked(markedSeed);

        GeneratorRun run = GeneratorHarness.Run((Path, text));

        Diagnostic diagnostic = Assert.Single(run.GeneratorDiagnostics, d => d.Id == id);
        FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
        Assert.Equal(Path, span.Path);
        Assert.Equal((line, column), (span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1));
        Assert.Contains(messageFragment, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal($"{Path}({line},{column}): ", diagnostic.ToString().Substring(0, $"{Path}({line},{column}): ".Length));
        GeneratorHarness.AssertCompiles(run);
    }

    [Fact]
    public void Generator_TypeNamedLikeANamespace_ReportsGTD0007PointingAtTheNamespace()
    {
        (string types, int line, int column) = GeneratorHarness.Marked("{ \"seedFormat\": 1, \"namespace\": \"A\", \"enums\": [ { \"name\": $$\"Color\", \"members\": [] } ] }");
        const string Other = "{ \"seedFormat\": 1, \"namespace\": \"A.Color\" }";

        GeneratorRun run = GeneratorHarness.Run(("seeds/types.seed.json", types), ("seeds/other.seed.json", Other));

        Diagnostic diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("GTD0007", diagnostic.Id);
        FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
        Assert.Equal(("seeds/types.seed.json", line, column), (span.Path, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1));
        Assert.Equal("Type 'A.Color' is declared twice (first at other.seed.json(1,33), as a namespace); give each one a unique name",
            diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Generator_LanguageVersion8_ReportsGTD0022AndEmitsNothing()
    {
        GeneratorRun run = GeneratorHarness.Run(new[] { ("seeds/v.seed.json", TestSeeds.Vocabulary) }, Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp8);

        Diagnostic diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("GTD0022", diagnostic.Id);
        Assert.Equal("seeds/v.seed.json", diagnostic.Location.GetLineSpan().Path);
        Assert.Contains("C# 8.0", diagnostic.GetMessage());
        Assert.Empty(run.Sources);
    }

    [Fact]
    public void Generator_NoRuntimeLibrary_ReportsGTD0023AndEmitsNothing()
    {
        GeneratorRun run = GeneratorHarness.Run(new[] { ("seeds/v.seed.json", TestSeeds.Vocabulary) }, withRuntime: false);

        Diagnostic diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("GTD0023", diagnostic.Id);
        Assert.Empty(run.Sources);
        GeneratorHarness.AssertCompiles(run);
    }

    [Fact]
    public void Generator_RuntimeLibraryWithoutUndefinedValue_ReportsGTD0023AndEmitsNothing()
    {
        // An older runtime: the types generated code needed before lookups threw through UndefinedValue.
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation(
            withRuntime: false,
            "namespace GeneTherapy.Domain { public sealed class Source { } public sealed class TermInfo<TEnum> { } }");
        GeneratorDriver driver = GeneratorHarness.CreateDriver(new[] { ("seeds/v.seed.json", TestSeeds.Vocabulary) })
            .RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> diagnostics);

        Diagnostic diagnostic = Assert.Single(diagnostics);
        Assert.Equal("GTD0023", diagnostic.Id);
        Assert.Contains("'GeneTherapy.Domain.UndefinedValue'", diagnostic.GetMessage(), System.StringComparison.Ordinal);
        Assert.Empty(driver.GetRunResult().GeneratedTrees);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    [Fact]
    public void Generator_UnknownEntryField_WarnsWithNearestFieldAndStillEmits()
    {
        (string text, int line, int column) = GeneratorHarness.Marked(
            "{ \"seedFormat\": 1, \"namespace\": \"A\", \"records\": [ { \"name\": \"Thing\", \"key\": \"Id\", \"fields\": [ { \"name\": \"Id\", \"type\": \"string\" }, { \"name\": \"Label\", \"type\": \"string?\" } ] } ],\n  \"entries\": { \"Thing\": [ { \"Id\": \"x\", $$\"Lable\": \"y\" } ] } }");

        GeneratorRun run = GeneratorHarness.Run((Path, text));

        Diagnostic diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal(("GTD0005", DiagnosticSeverity.Warning), (diagnostic.Id, diagnostic.Descriptor.DefaultSeverity));
        Assert.Equal((line - 1, column - 1), (diagnostic.Location.GetLineSpan().StartLinePosition.Line, diagnostic.Location.GetLineSpan().StartLinePosition.Character));
        Assert.Contains("did you mean 'Label'?", diagnostic.GetMessage());
        Assert.Contains("A.ThingCatalog.g.cs", run.Sources.Keys);
        GeneratorHarness.AssertCompiles(run);
    }

    private static object[] Case(string id, string seed, string message) => new object[] { id, seed, message };
}
