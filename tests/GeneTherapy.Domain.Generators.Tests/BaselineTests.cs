using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using GeneTherapy.Domain.Generators.Baseline;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace GeneTherapy.Domain.Generators.Tests;

/// <summary>
/// The shipped-vocabulary check: each kind of break against a baseline, located (id, file, line, column, message);
/// what passes (deprecation, additions, no baseline, reference seeds); the baseline the generator writes.
/// </summary>
public sealed class BaselineTests
{
    private const string SeedPath = "seeds/acme.seed.json";
    private const string BaselinePath = "seeds/vocabulary.baseline.txt";

    private static readonly string s_shipped = BaselineText(
        "enum Acme.Pipeline.Platform member Aav = 1 code \"aav\"",
        "enum Acme.Pipeline.Platform member Lentiviral = 2 code \"lenti\"",
        "namespace Acme.Pipeline");

    private const string Aav = """        { "name": "Aav", "value": 1, "code": "aav", "label": "AAV" }""";

    [Fact]
    public void Baseline_MemberRemoved_ReportsGTD0050AtItsBaselineLine()
    {
        GeneratorRun run = Run(Seed(Aav), s_shipped);

        Assert.Equal(
            new[] { $"{BaselinePath}({LineOf(s_shipped, "member Lentiviral")},1): error GTD0050: Member 'Lentiviral' of enum 'Acme.Pipeline.Platform' (value 2, code 'lenti') has shipped, but no seed declares it any more; stored values and codes would stop resolving, so put it back and mark it \"deprecated\" (with a reason, and a replacement if there is one) instead of removing it" },
            Lines(run));
        Assert.NotEmpty(run.Sources);
        GeneratorHarness.AssertCompiles(run);
    }

    [Fact]
    public void Baseline_MemberRenumbered_ReportsGTD0051AtTheNewValue()
    {
        (string seed, int line, int column) = GeneratorHarness.Marked(Seed(Aav + ",\n" + """        { "name": "Lentiviral", "value": $$7, "code": "lenti", "label": "Lentiviral" }"""));

        Assert.Equal(
            new[] { $"{SeedPath}({line},{column}): error GTD0051: Member 'Lentiviral' of enum 'Acme.Pipeline.Platform' shipped with value 2; stored values would change meaning, so keep value 2 (to offer another value, add a new member and deprecate this one)" },
            Lines(Run(seed, s_shipped)));
    }

    [Fact]
    public void Baseline_MemberRenamed_ReportsGTD0052AtTheNewName()
    {
        (string seed, int line, int column) = GeneratorHarness.Marked(Seed(Aav + ",\n" + """        { "name": $$"Lentivirus", "value": 2, "code": "lenti", "label": "Lentiviral" }"""));

        Assert.Equal(
            new[] { $"{SeedPath}({line},{column}): error GTD0052: Member 'Lentivirus' of enum 'Acme.Pipeline.Platform' has the value 2 and code 'lenti' that shipped as 'Lentiviral'; code that names 'Lentiviral' would stop compiling, so keep the name 'Lentiviral' (and mark it \"deprecated\" if it should no longer be used)" },
            Lines(Run(seed, s_shipped)));
    }

    [Fact]
    public void Baseline_MemberRecoded_ReportsGTD0053AtTheNewCode()
    {
        (string seed, int line, int column) = GeneratorHarness.Marked(Seed(Aav + ",\n" + """        { "name": "Lentiviral", "value": 2, "code": $$"lv", "label": "Lentiviral" }"""));

        Assert.Equal(
            new[] { $"{SeedPath}({line},{column}): error GTD0053: Member 'Lentiviral' of enum 'Acme.Pipeline.Platform' shipped with code 'lenti'; stored codes would stop resolving, so keep code 'lenti' (to offer another code, add a new member and deprecate this one with it as the replacement)" },
            Lines(Run(seed, s_shipped)));
    }

    [Fact]
    public void Baseline_CatalogKeyRemoved_ReportsGTD0054AtItsBaselineLine_WithEntriesInAnotherFileThanTheRecord()
    {
        string baseline = BaselineText("catalog Acme.Pipeline.Candidates key \"ac-101\"", "catalog Acme.Pipeline.Candidates key \"ac-102\"");

        GeneratorRun run = GeneratorHarness.Run(new[] { RecordSeed(), EntriesSeed("""{ "Id": "ac-101" }"""), (BaselinePath, baseline) });

        Assert.Equal(
            new[] { $"{BaselinePath}({LineOf(baseline, "ac-102")},1): error GTD0054: Entry 'ac-102' of catalog 'Acme.Pipeline.Candidates' has shipped, but no seed declares it any more; stored keys would stop resolving, so put the entry back and mark it \"deprecated\" (with a reason, and a replacement if there is one) instead of removing it" },
            Lines(run));
    }

    [Fact]
    public void Baseline_ValueOfARemovedMemberReused_ReportsGTD0050AndGTD0055AtTheReusedValue()
    {
        (string seed, int line, int column) = GeneratorHarness.Marked(Seed(Aav + ",\n" + """        { "name": "Adenoviral", "value": $$2, "code": "adeno", "label": "Adenoviral" }"""));

        Assert.Equal(
            new[]
            {
                $"{BaselinePath}({LineOf(s_shipped, "member Lentiviral")},1): error GTD0050: Member 'Lentiviral' of enum 'Acme.Pipeline.Platform' (value 2, code 'lenti') has shipped, but no seed declares it any more; stored values and codes would stop resolving, so put it back and mark it \"deprecated\" (with a reason, and a replacement if there is one) instead of removing it",
                $"{SeedPath}({line},{column}): error GTD0055: Value 2 of enum 'Acme.Pipeline.Platform' shipped as member 'Lentiviral'; giving it to 'Adenoviral' would change what stored values mean, so give 'Adenoviral' a value that has never shipped (and keep 'Lentiviral', deprecated if need be)",
            },
            Lines(Run(seed, s_shipped)));
    }

    [Fact]
    public void Baseline_CodeOfARecodedMemberReused_ReportsGTD0053AndGTD0056AtTheReusedCode()
    {
        (string seed, int line, int column) = GeneratorHarness.Marked(Seed(Aav + ",\n"
            + """        { "name": "Lentiviral", "value": 2, "code": "lenti-hiv", "label": "Lentiviral" },""" + "\n"
            + """        { "name": "LentiviralSin", "value": 3, "code": $$"lenti", "label": "SIN lentiviral" }"""));

        string[] lines = Lines(Run(seed, s_shipped));

        Assert.Equal(2, lines.Length);
        Assert.StartsWith($"{SeedPath}({line - 1},53): error GTD0053: Member 'Lentiviral' of enum 'Acme.Pipeline.Platform' shipped with code 'lenti';", lines[0], StringComparison.Ordinal);
        Assert.Equal($"{SeedPath}({line},{column}): error GTD0056: Code 'lenti' of enum 'Acme.Pipeline.Platform' shipped as member 'Lentiviral'; giving it to 'LentiviralSin' would change what stored codes mean, so give 'LentiviralSin' a code that has never shipped (and keep 'Lentiviral', deprecated if need be)", lines[1]);
    }

    [Fact]
    public void Baseline_DeprecatedInsteadOfRemoved_MemberAndEntry_Pass()
    {
        string seed = Seed(Aav + ",\n" + """        { "name": "Lentiviral", "value": 2, "code": "lenti", "label": "Lentiviral", "deprecated": { "reason": "Withdrawn", "replacement": "aav" } }""");
        string baseline = s_shipped + "catalog Acme.Pipeline.Candidates key \"ac-101\"\ncatalog Acme.Pipeline.Candidates key \"ac-102\"\n";
        (string, string) entries = EntriesSeed("""{ "Id": "ac-101" }, { "Id": "ac-102", "deprecated": { "reason": "Stopped", "replacement": "ac-101" } }""");

        GeneratorRun run = GeneratorHarness.Run(new[] { (SeedPath, seed), RecordSeed(), entries, (BaselinePath, baseline) });

        Assert.Empty(Lines(run));
        Assert.Contains("Acme.Pipeline.Platform.g.cs", run.Sources.Keys);
        GeneratorHarness.AssertCompiles(run);
    }

    [Fact]
    public void Baseline_MemberAndEntryAdded_PassWithAnInfoGTD0057AtTheirNameAndKey()
    {
        (string seed, int line, int column) = GeneratorHarness.Marked(Seed(Aav + ",\n"
            + """        { "name": "Lentiviral", "value": 2, "code": "lenti", "label": "Lentiviral" },""" + "\n"
            + """        { "name": $$"Adenoviral", "value": 3, "code": "adeno", "label": "Adenoviral" }"""));
        (string entriesPath, string entries) = EntriesSeed("""{ "Id": "ac-101" }, { "Id": "ac-102" }""");
        string baseline = s_shipped + "catalog Acme.Pipeline.Candidates key \"ac-101\"\n";

        GeneratorRun run = GeneratorHarness.Run(new[] { (SeedPath, seed), RecordSeed(), (entriesPath, entries), (BaselinePath, baseline) });

        (int keyLine, int keyColumn) = Position(entries, "\"ac-102\"");
        Assert.Equal(
            new[]
            {
                $"{SeedPath}({line},{column}): info GTD0057: Member 'Adenoviral' of enum 'Acme.Pipeline.Platform' is not in the shipped vocabulary baseline yet; when you release it, run 'dotnet build -t:GeneTherapyDomainUpdateBaseline' and commit the baseline",
                $"{entriesPath}({keyLine},{keyColumn}): info GTD0057: Entry 'ac-102' of catalog 'Acme.Pipeline.Candidates' is not in the shipped vocabulary baseline yet; when you release it, run 'dotnet build -t:GeneTherapyDomainUpdateBaseline' and commit the baseline",
            },
            Lines(run));
        Assert.All(run.GeneratorDiagnostics, d => Assert.Equal(DiagnosticSeverity.Info, d.Severity));
        GeneratorHarness.AssertCompiles(run);
    }

    /// <summary>
    /// GTD0057 is configurable like RS0016: what &lt;NoWarn&gt; and a global AnalyzerConfig's
    /// <c>dotnet_diagnostic.GTD0057.severity</c> turn into reach the generator's info at a seed token.
    /// </summary>
    [Theory]
    [InlineData(ReportDiagnostic.Suppress, null)]
    [InlineData(ReportDiagnostic.Error, DiagnosticSeverity.Error)]
    public void Baseline_NotShippedInfo_TakesTheSeverityTheProjectConfigures(ReportDiagnostic configured, DiagnosticSeverity? reported)
    {
        string seed = Seed(Aav + ",\n" + """        { "name": "Lentiviral", "value": 2, "code": "lenti", "label": "Lentiviral" },""" + "\n"
            + """        { "name": "Adenoviral", "value": 3, "code": "adeno", "label": "Adenoviral" }""");
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation();
        compilation = compilation.WithOptions(compilation.Options.WithSpecificDiagnosticOptions(
            new Dictionary<string, ReportDiagnostic> { ["GTD0057"] = configured }));

        GeneratorHarness.CreateDriver(new[] { (SeedPath, seed), (BaselinePath, s_shipped) })
            .RunGeneratorsAndUpdateCompilation(compilation, out _, out ImmutableArray<Diagnostic> diagnostics);

        Assert.Equal(reported is null ? Array.Empty<string>() : new[] { $"GTD0057 {reported}" }, diagnostics.Select(d => $"{d.Id} {d.Severity}"));
    }

    [Fact]
    public void Baseline_NoBaselineFile_NoBaselineDiagnostics()
    {
        Assert.Empty(Lines(GeneratorHarness.Run((SeedPath, Seed(Aav)))));
    }

    [Fact]
    public void Baseline_SeedWithAnError_IsNotCompared_SoItsTermsDoNotLookRemoved()
    {
        GeneratorRun run = Run("{ \"seedFormat\": 1, \"namespace\": \"Acme.Pipeline\", \"enums\": [ { \"name\": \"Platform\", \"members\": [ { \"name\": \"Aav\" } ] } ] }", s_shipped);

        Assert.Equal(new[] { "GTD0003" }, run.GeneratorDiagnostics.Select(d => d.Id).Distinct());
    }

    [Fact]
    public void Baseline_ReferenceSeeds_AreNeitherComparedNorListed()
    {
        // A consumer's build: the package's seeds are reference-only; the consumer's baseline guards its own seed.
        var metadata = GeneratorHarness.BuiltInSeeds.ToDictionary(
            s => s.Path,
            _ => new Dictionary<string, string> { [SeedGenerator.SeedMetadata] = "reference" });
        IEnumerable<(string, string)> files = GeneratorHarness.BuiltInSeeds.Append((SeedPath, Seed(Aav))).Append((BaselinePath, s_shipped));

        GeneratorRun run = GeneratorHarness.Run(files, metadata: metadata);

        Assert.Equal(new[] { "GTD0050" }, run.GeneratorDiagnostics.Select(d => d.Id));
        Assert.Equal(BaselinePath, run.GeneratorDiagnostics[0].Location.GetLineSpan().Path);
    }

    [Fact]
    public void BuiltInSeeds_WithTheCommittedBaseline_BreakNothingShipped()
    {
        string baseline = System.IO.File.ReadAllText(System.IO.Path.Combine(GeneratorHarness.RepoRoot, "seeds", "vocabulary.baseline.txt"));
        Assert.Contains("enum GeneTherapy.Domain.VectorPlatform member AdenoAssociatedVirus = 1 code \"aav\"\n", baseline, StringComparison.Ordinal);
        Assert.Contains("catalog GeneTherapy.Domain.RegulatoryRequirements key \"us-ind\"\n", baseline, StringComparison.Ordinal);

        GeneratorRun run = GeneratorHarness.Run(GeneratorHarness.BuiltInSeeds.Append((BaselinePath, baseline)));

        // New terms since 0.1.0 are infos until the next release's baseline; nothing shipped may break.
        Assert.Empty(run.GeneratorDiagnostics.Where(d => d.Severity > DiagnosticSeverity.Info).Select(d => d.ToString()));
    }

    [Fact]
    public void Baseline_UnreadableLinesAndRepeatedTerms_ReportGTD0058AtTheLine()
    {
        string baseline = BaselineText(
            "enum Acme.Pipeline.Platform member Aav = 1 code \"aav\"",
            "enum Acme.Pipeline.Platform member Lentiviral = two code \"lenti\"",
            "enum Acme.Pipeline.Platform member Aav = 1 code \"aav\"",
            "catalog Acme.Pipeline.Candidates key \"ac-\\q\"",
            "namespace",
            "shipped Acme.Pipeline");

        string[] lines = Lines(Run(Seed(Aav), baseline)).Where(l => l.Contains("GTD0058", StringComparison.Ordinal)).ToArray();

        string Line(string text, string problem) => $"{BaselinePath}({LineOf(baseline, text)},1): error GTD0058: This line of the vocabulary baseline cannot be read: {problem}; write the file with 'dotnet build -t:GeneTherapyDomainUpdateBaseline' rather than by hand";
        Assert.Equal(
            new[]
            {
                Line("= two", "'two' is not an integer value"),
                Line("ac-\\q", "a quoted string allows only the escapes \\\\, \\\" and \\uXXXX"),
                Line("namespace\n", "the line ends where a namespace should follow"),
                Line("shipped Acme", "a term starts with 'namespace', 'enum' or 'catalog', not 'shipped'"),
                $"{BaselinePath}({LineOf(baseline, "Aav", 2)},1): error GTD0058: This line of the vocabulary baseline cannot be read: member 'Aav' of enum 'Acme.Pipeline.Platform' is listed twice (first at {BaselinePath}({LineOf(baseline, "Aav")},1)); write the file with 'dotnet build -t:GeneTherapyDomainUpdateBaseline' rather than by hand",
            },
            lines);
    }

    [Fact]
    public void Format_QuotedCodesAndKeys_RoundTripEveryCharacterTheWriterEscapes()
    {
        const string Awkward = "a \"b\" \\c\td\u2028#e";
        string line = BaselineFormat.KeyLine("Acme.Pipeline.Candidates", Awkward);
        Assert.Equal("catalog Acme.Pipeline.Candidates key \"a \\\"b\\\" \\\\c\\u0009d\\u2028#e\"", line);

        BaselineDocument document = BaselineParser.ParseBaseline("b.baseline.txt", line + "\n", default);

        Assert.Empty(document.Diagnostics);
        Assert.Equal(Awkward, Assert.Single(document.Terms).Name);
    }

    internal static string BaselineText(params string[] lines)
        => string.Join("\n", BaselineFormat.Header.Concat(lines)) + "\n";

    internal static string Seed(string members) => $$"""
        {
          "seedFormat": 1,
          "namespace": "Acme.Pipeline",
          "enums": [
            {
              "name": "Platform",
              "members": [
        {{members}}
              ]
            }
          ]
        }
        """;

    private static (string Path, string Text) RecordSeed() => ("seeds/records.seed.json", """
        {
          "seedFormat": 1,
          "namespace": "Acme.Pipeline",
          "records": [
            { "name": "Candidate", "catalog": "Candidates", "key": "Id", "fields": [ { "name": "Id", "type": "string" }, { "name": "Note", "type": "string?" } ] }
          ]
        }
        """);

    private static (string Path, string Text) EntriesSeed(string entries) => ("seeds/entries.seed.json", $$"""
        {
          "seedFormat": 1,
          "namespace": "Acme.Pipeline",
          "entries": {
            "Candidate": [ {{entries}} ]
          }
        }
        """);

    private static GeneratorRun Run(string seed, string baseline) => GeneratorHarness.Run((SeedPath, seed), (BaselinePath, baseline));

    /// <summary>Each diagnostic as the compiler prints it, without the help link.</summary>
    internal static string[] Lines(GeneratorRun run) => run.GeneratorDiagnostics.Select(d =>
    {
        FileLinePositionSpan span = d.Location.GetLineSpan();
        string severity = d.Severity switch { DiagnosticSeverity.Error => "error", DiagnosticSeverity.Warning => "warning", _ => "info" };
        return string.Format(CultureInfo.InvariantCulture, "{0}({1},{2}): {3} {4}: {5}",
            span.Path, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1, severity, d.Id, d.GetMessage(CultureInfo.InvariantCulture));
    }).ToArray();

    /// <summary>The 1-based line of the n-th occurrence of a text.</summary>
    private static int LineOf(string text, string part, int occurrence = 1)
    {
        int index = -1;
        for (int i = 0; i < occurrence; i++)
        {
            index = text.IndexOf(part, index + 1, StringComparison.Ordinal);
            Assert.True(index >= 0, part + " not found");
        }

        return text.Substring(0, index).Count(c => c == '\n') + 1;
    }

    private static (int Line, int Column) Position(string text, string token)
    {
        int index = text.IndexOf(token, StringComparison.Ordinal);
        Assert.True(index >= 0, token + " not found");
        return (text.Substring(0, index).Count(c => c == '\n') + 1, index - text.LastIndexOf('\n', index - 1));
    }
}
