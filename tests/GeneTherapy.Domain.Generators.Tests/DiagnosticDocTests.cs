using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading;
using GeneTherapy.Domain.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace GeneTherapy.Domain.Generators.Tests;

/// <summary>
/// docs/diagnostics.md against the generator: every descriptor has a section its help link opens, and every
/// documented example reports exactly the documented line, so the document cannot drift from the code.
/// </summary>
public class DiagnosticDocTests
{
    /// <summary>The file name every example in the document is run under.</summary>
    private const string ExamplePath = "example.seed.json";

    /// <summary>The file name of an example's shipped-vocabulary baseline (a <c>```baseline</c> block), the package's default.</summary>
    private const string BaselinePath = "vocabulary.baseline.txt";

    /// <summary>Not about seed content: each is triggered by its own test below, the way the document describes.</summary>
    private static readonly string[] s_projectLevelIds = { "GTD0022", "GTD0023", "GTD9999" };

    public static IEnumerable<object[]> SeedContentIds => DiagnosticDescriptors.All
        .Select(d => d.Id)
        .Where(id => !s_projectLevelIds.Contains(id))
        .OrderBy(id => id, StringComparer.Ordinal)
        .Select(id => new object[] { id });

    public static IEnumerable<object[]> IdsWithACorrectedSeed => DiagnosticsDocument.Load().Sections.Values
        .Where(s => s.Blocks.Any(b => b.Label == "Fix" && b.Language is "json" or "baseline"))
        .Select(s => new object[] { s.Id });

    [Fact]
    public void HelpLinkBase_PointsAtTheDiagnosticsDocument()
    {
        const string Blob = "https://github.com/genetherapy-domain/GeneTherapy.Domain/blob/main/";

        Assert.Equal(Blob + "docs/diagnostics.md#", DiagnosticDescriptors.HelpLinkBase);
        Assert.True(File.Exists(Path.Combine(GeneratorHarness.RepoRoot, "docs", "diagnostics.md")));
    }

    [Fact]
    public void Descriptors_HelpLinks_OpenAHeadingOfTheDocument()
    {
        DiagnosticsDocument document = DiagnosticsDocument.Load();

        Assert.All(DiagnosticDescriptors.All, d =>
        {
            Assert.StartsWith(DiagnosticDescriptors.HelpLinkBase, d.HelpLinkUri, StringComparison.Ordinal);
            string fragment = d.HelpLinkUri.Substring(DiagnosticDescriptors.HelpLinkBase.Length);
            Assert.Equal(d.Id.ToLowerInvariant(), fragment);
            Assert.Contains(fragment, document.Anchors);
            Assert.Equal(fragment, document.Sections[d.Id].Anchor);
        });
    }

    [Fact]
    public void Document_IdHeadings_AreExactlyTheDescriptorsInIdOrder()
    {
        DiagnosticsDocument document = DiagnosticsDocument.Load();
        string[] descriptorIds = DiagnosticDescriptors.All.Select(d => d.Id).OrderBy(id => id, StringComparer.Ordinal).ToArray();

        Assert.Equal(descriptorIds, document.IdHeadingsInOrder);
        Assert.DoesNotContain(document.Headings, h => h.Contains("GTD", StringComparison.OrdinalIgnoreCase) && !Regex.IsMatch(h, "^GTD[0-9]{4}$"));
    }

    [Fact]
    public void Document_EachSection_StatesTitleSeverityAndCategoryOfItsDescriptor()
    {
        DiagnosticsDocument document = DiagnosticsDocument.Load();

        Assert.All(DiagnosticDescriptors.All, d =>
        {
            DocSection section = document.Sections[d.Id];
            string severity = SeverityWord(d.DefaultSeverity);
            Assert.Equal($"**{d.Title}** · {severity} · `{d.Category}`", section.TitleLine);
            Assert.Contains("**Example**", section.Body, StringComparison.Ordinal);
            Assert.Contains("**Fix**", section.Body, StringComparison.Ordinal);
        });
    }

    [Theory]
    [MemberData(nameof(SeedContentIds))]
    public void Example_ReportsExactlyTheDocumentedDiagnostic(string id)
    {
        DocSection section = DiagnosticsDocument.Load().Sections[id];
        string[] expected = section.ExpectedLines(id);

        GeneratorRun run = GeneratorHarness.Run(ExampleFiles(section, section.Example("json"), section.Baseline("Example")));

        Assert.Equal(expected, run.GeneratorDiagnostics.Select(Format));
        // A baseline error fails the build but does not stop generation: the seeds themselves are valid.
        DiagnosticDescriptor descriptor = DiagnosticDescriptors.ById(id);
        if (descriptor.DefaultSeverity == DiagnosticSeverity.Error && descriptor.Category != "GeneTherapy.Domain.Baseline")
        {
            Assert.Empty(run.Sources);
        }
        else
        {
            Assert.NotEmpty(run.Sources);
        }

        GeneratorHarness.AssertCompiles(run);
    }

    [Theory]
    [MemberData(nameof(IdsWithACorrectedSeed))]
    public void Fix_CorrectedSeed_GeneratesWithoutDiagnostics(string id)
    {
        DocSection section = DiagnosticsDocument.Load().Sections[id];
        string seed = section.Blocks.FirstOrDefault(b => b.Label == "Fix" && b.Language == "json")?.Text ?? section.Example("json");

        GeneratorRun run = GeneratorHarness.Run(ExampleFiles(section, seed, section.Baseline("Fix") ?? section.Baseline("Example")));

        // A fix may add a term the baseline does not list yet: GTD0057 is an info, not a problem.
        Assert.Empty(run.GeneratorDiagnostics.Where(d => d.Severity > DiagnosticSeverity.Info).Select(Format));
        Assert.NotEmpty(run.Sources);
        GeneratorHarness.AssertCompiles(run);
    }

    [Fact]
    public void Example_GTD0022_TheDocumentedLangVersion_ReportsTheDocumentedDiagnostic()
    {
        DocSection section = DiagnosticsDocument.Load().Sections["GTD0022"];
        Match langVersion = Regex.Match(section.Example("xml"), "<LangVersion>([^<]+)</LangVersion>");
        Assert.True(langVersion.Success, "the GTD0022 example sets no <LangVersion>");
        Assert.True(LanguageVersionFacts.TryParse(langVersion.Groups[1].Value, out LanguageVersion version));

        GeneratorRun run = GeneratorHarness.Run(new[] { (ExamplePath, section.Example("json")) }, version);

        Assert.Equal(new[] { section.ExpectedLine("GTD0022") }, run.GeneratorDiagnostics.Select(Format));
        Assert.Empty(run.Sources);
    }

    [Fact]
    public void Example_GTD0023_NoRuntimeLibraryReferenced_ReportsTheDocumentedDiagnostic()
    {
        DocSection section = DiagnosticsDocument.Load().Sections["GTD0023"];

        GeneratorRun run = GeneratorHarness.Run(new[] { (ExamplePath, section.Example("json")) }, withRuntime: false);

        Assert.Equal(new[] { section.ExpectedLine("GTD0023") }, run.GeneratorDiagnostics.Select(Format));
        Assert.Empty(run.Sources);
        GeneratorHarness.AssertCompiles(run);
    }

    [Fact]
    public void Example_GTD9999_SeedFileTheHostCannotRead_ReportsTheDocumentedDiagnostic()
    {
        DocSection section = DiagnosticsDocument.Load().Sections["GTD9999"];
        string missing = Regex.Match(section.Example("xml"), "<GeneTherapySeed Include=\"([^\"]+)\"").Groups[1].Value;
        Assert.Equal(ExamplePath, missing);

        // The command-line compiler hands the generator a null text for an AdditionalFile it cannot read
        // (and reports CS2001 itself); this is that file.
        GeneratorRun run = GeneratorHarness.Run(
            new[] { new UnreadableAdditionalText(missing) },
            LanguageVersion.CSharp12);

        Assert.Equal(new[] { section.ExpectedLine("GTD9999") }, run.GeneratorDiagnostics.Select(Format));
        Assert.Empty(run.Sources);
    }

    /// <summary>The line that shows how a diagnostic reads is real: a built-in seed with a code written in capitals.</summary>
    [Fact]
    public void Intro_SampleLine_IsWhatTheBuiltInSeedsReportWithThatCodeInCapitals()
    {
        string expected = DiagnosticsDocument.Load().IntroBlocks.First(b => b.Language == "text").Text.TrimEnd('\n');
        Match where = Regex.Match(expected, @"^(?<path>[^(]+)\((?<line>[0-9]+),(?<column>[0-9]+)\): error GTD0015: '(?<code>[^']+)'");
        Assert.True(where.Success, expected);
        string path = where.Groups["path"].Value;
        string code = where.Groups["code"].Value;
        (string Path, string Text)[] seeds = GeneratorHarness.BuiltInSeeds.ToArray();
        int index = Array.FindIndex(seeds, s => s.Path == path);
        Assert.True(index >= 0, path + " is not a built-in seed");
        string[] lines = seeds[index].Text.Split('\n');
        int line = int.Parse(where.Groups["line"].Value, CultureInfo.InvariantCulture) - 1;
        int column = int.Parse(where.Groups["column"].Value, CultureInfo.InvariantCulture) - 1;
        string token = "\"" + code.ToLowerInvariant() + "\"";
        Assert.Equal(token, lines[line].Substring(column, token.Length));
        lines[line] = lines[line].Substring(0, column) + "\"" + code + "\"" + lines[line].Substring(column + token.Length);
        seeds[index] = (path, string.Join("\n", lines));

        GeneratorRun run = GeneratorHarness.Run(seeds);

        Assert.Equal(new[] { expected }, run.GeneratorDiagnostics.Select(Format));
    }

    [Fact]
    public void Readme_DiagnosticsSection_ListsEveryDescriptorAndShowsTheDocumentsSampleLine()
    {
        string readme = File.ReadAllText(Path.Combine(GeneratorHarness.RepoRoot, "README.md")).Replace("\r\n", "\n");
        int start = readme.IndexOf("\n## Diagnostics\n", StringComparison.Ordinal);
        Assert.True(start >= 0, "README.md has no '## Diagnostics' section");
        int end = readme.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        string section = end < 0 ? readme.Substring(start) : readme.Substring(start, end - start);
        string[] rows = Regex.Matches(section, @"(?m)^\|.*GTD.*\|$").Select(m => m.Value).ToArray();

        string[] expected = DiagnosticDescriptors.All
            .OrderBy(d => d.Id, StringComparer.Ordinal)
            .Select(d => $"| [{d.Id}](docs/diagnostics.md#{d.Id.ToLowerInvariant()}) | {d.Title} | {SeverityWord(d.DefaultSeverity)} |")
            .ToArray();
        Assert.Equal(expected, rows);
        Assert.Contains("](docs/diagnostics.md)", section, StringComparison.Ordinal);
        string sample = DiagnosticsDocument.Load().IntroBlocks.First(b => b.Language == "text").Text.TrimEnd('\n');
        Assert.Contains("`" + sample + "`", section, StringComparison.Ordinal);
    }

    /// <summary>
    /// The line the compiler prints for a diagnostic, without the help link and project the build appends. The
    /// severity is the descriptor's: the harness compiles with warnings as errors, a default project does not.
    /// </summary>
    private static string Format(Diagnostic diagnostic)
    {
        FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
        string severity = SeverityWord(diagnostic.DefaultSeverity);
        return string.Format(
            CultureInfo.InvariantCulture,
            "{0}({1},{2}): {3} {4}: {5}",
            span.Path,
            span.StartLinePosition.Line + 1,
            span.StartLinePosition.Character + 1,
            severity,
            diagnostic.Id,
            diagnostic.GetMessage(CultureInfo.InvariantCulture));
    }

    /// <summary>The word the compiler prints for a severity.</summary>
    private static string SeverityWord(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "info",
    };

    /// <summary>The example's seed, and its baseline when the section shows one.</summary>
    private static (string Path, string Text)[] ExampleFiles(DocSection section, string seed, string? baseline)
        => baseline is null ? new[] { (ExamplePath, seed) } : new[] { (ExamplePath, seed), (BaselinePath, baseline) };

    private sealed class UnreadableAdditionalText : AdditionalText
    {
        public UnreadableAdditionalText(string path) => Path = path;

        public override string Path { get; }

        public override SourceText? GetText(CancellationToken cancellationToken = default) => null;
    }
}

/// <summary>A fenced block of the document, with the bold label (<c>**Example**</c>, <c>**Fix**</c>) it follows.</summary>
internal sealed record DocBlock(string Language, string Text, string? Label);

/// <summary>One <c>## GTDnnnn</c> section of docs/diagnostics.md.</summary>
internal sealed record DocSection(string Id, string Anchor, string? TitleLine, string Body, IReadOnlyList<DocBlock> Blocks)
{
    /// <summary>The single block of the given language under <c>**Example**</c>.</summary>
    public string Example(string language)
    {
        DocBlock[] blocks = Blocks.Where(b => b.Label == "Example" && b.Language == language).ToArray();
        Assert.True(blocks.Length == 1, $"{Id}: expected one ```{language} block under **Example**, found {blocks.Length}");
        return blocks[0].Text;
    }

    /// <summary>The <c>```baseline</c> block under the label, if there is one.</summary>
    public string? Baseline(string label) => Blocks.SingleOrDefault(b => b.Label == label && b.Language == "baseline")?.Text;

    /// <summary>
    /// The documented diagnostic lines (the <c>```text</c> example block), in the order they are reported; at least
    /// one of them is the section's id (a baseline break can take two diagnostics to show).
    /// </summary>
    public string[] ExpectedLines(string id)
    {
        string[] lines = Example("text").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, line => Regex.IsMatch(line, $": (error|warning|info) {id}: "));
        return lines;
    }

    /// <summary>The documented diagnostic line: the one line of the <c>```text</c> example block.</summary>
    public string ExpectedLine(string id)
    {
        string[] lines = Example("text").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length == 1, $"{Id}: the ```text example block must hold exactly one diagnostic line");
        Assert.Contains($": {(lines[0].Contains(": warning ", StringComparison.Ordinal) ? "warning" : "error")} {id}: ", lines[0], StringComparison.Ordinal);
        return lines[0];
    }
}

/// <summary>The parts of docs/diagnostics.md the tests read: headings (with GitHub's anchors) and fenced blocks.</summary>
internal sealed class DiagnosticsDocument
{
    private static readonly Lazy<DiagnosticsDocument> s_document = new(() =>
        Parse(File.ReadAllText(Path.Combine(GeneratorHarness.RepoRoot, "docs", "diagnostics.md"))));

    private DiagnosticsDocument()
    {
    }

    /// <summary>Every heading's text, in order.</summary>
    public List<string> Headings { get; } = new();

    /// <summary>The anchors GitHub gives the headings.</summary>
    public HashSet<string> Anchors { get; } = new(StringComparer.Ordinal);

    public List<string> IdHeadingsInOrder { get; } = new();

    /// <summary>The fenced blocks before the first <c>## GTDnnnn</c> section.</summary>
    public List<DocBlock> IntroBlocks { get; } = new();

    public Dictionary<string, DocSection> Sections { get; } = new(StringComparer.Ordinal);

    public static DiagnosticsDocument Load() => s_document.Value;

    /// <summary>
    /// GitHub's heading anchor: lower case, characters other than letters, digits, spaces, '-' and '_' dropped,
    /// spaces turned into '-'; a repeated anchor gets "-1", "-2", ...
    /// </summary>
    public static string GitHubAnchor(string heading, Dictionary<string, int> seen)
    {
        var builder = new StringBuilder(heading.Length);
        foreach (char c in heading.Trim().ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c) || c is '-' or '_')
            {
                builder.Append(c);
            }
            else if (c == ' ')
            {
                builder.Append('-');
            }
        }

        string anchor = builder.ToString();
        if (seen.TryGetValue(anchor, out int count))
        {
            seen[anchor] = count + 1;
            return anchor + "-" + count.ToString(CultureInfo.InvariantCulture);
        }

        seen[anchor] = 1;
        return anchor;
    }

    private static DiagnosticsDocument Parse(string markdown)
    {
        var document = new DiagnosticsDocument();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        string[] lines = markdown.Replace("\r\n", "\n").Split('\n');

        string? id = null;
        string? anchor = null;
        string? titleLine = null;
        string? label = null;
        var body = new StringBuilder();
        var blocks = new List<DocBlock>();

        void Close()
        {
            if (id is not null)
            {
                document.Sections.TryAdd(id, new DocSection(id, anchor!, titleLine, body.ToString(), blocks.ToArray()));
            }

            id = null;
            titleLine = null;
            label = null;
            body.Clear();
            blocks.Clear();
        }

        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i];
            if (line.StartsWith("```", StringComparison.Ordinal))
            {
                string language = line.Substring(3).Trim();
                var text = new StringBuilder();
                for (i++; i < lines.Length && !lines[i].StartsWith("```", StringComparison.Ordinal); i++)
                {
                    text.Append(lines[i]).Append('\n');
                }

                (id is null ? document.IntroBlocks : blocks).Add(new DocBlock(language, text.ToString(), label));
                continue;
            }

            Match heading = Regex.Match(line, "^(#{1,6}) +(.+?) *$");
            if (heading.Success)
            {
                string text = heading.Groups[2].Value;
                string headingAnchor = GitHubAnchor(text, seen);
                document.Headings.Add(text);
                document.Anchors.Add(headingAnchor);
                if (heading.Groups[1].Value.Length <= 2)
                {
                    Close();
                    if (heading.Groups[1].Value.Length == 2 && Regex.IsMatch(text, "^GTD[0-9]{4}$"))
                    {
                        id = text;
                        anchor = headingAnchor;
                        document.IdHeadingsInOrder.Add(text);
                    }
                }

                continue;
            }

            if (id is null)
            {
                continue;
            }

            body.Append(line).Append('\n');
            if (titleLine is null && line.Trim().Length > 0)
            {
                titleLine = line.Trim();
            }

            Match bold = Regex.Match(line, @"^\*\*(Example|Fix)\*\*");
            if (bold.Success)
            {
                label = bold.Groups[1].Value;
            }
        }

        Close();
        return document;
    }
}
