using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using GeneTherapy.Domain.Generators.Binding;
using GeneTherapy.Domain.Generators.Model;
using GeneTherapy.Domain.Generators.Tests.Binding;
using GeneTherapy.Domain.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace GeneTherapy.Domain.Generators.Tests;

/// <summary>
/// Binding per file (issue 15): the declarations are compared without locations or entry values, and each document's
/// entries are bound on their own, so an edit to one file's values binds that file again and no other; and whatever the
/// pipeline caches, an incremental run generates and reports exactly what a fresh run does.
/// </summary>
public sealed class PerFileBindingTests
{
    private const string Declarations = """
        { "seedFormat": 1, "namespace": "T", "sources": [ { "id": "s1", "title": "Source one" } ],
          "enums": [ { "name": "Phase", "members": [
              { "name": "P1", "value": 1, "code": "p1", "label": "P1" },
              { "name": "P2", "value": 2, "code": "p2", "label": "P2" } ] } ],
          "records": [ { "name": "Site", "catalog": "Sites", "key": "Id", "fields": [
              { "name": "Id", "type": "string" }, { "name": "Name", "type": "string" },
              { "name": "Parent", "type": "Site?" }, { "name": "Phase", "type": "Phase" } ] } ] }
        """;

    private const string A = """
        { "seedFormat": 1, "namespace": "T", "entries": { "Site": [
          { "Id": "a1", "Name": "A one", "Phase": "p1" },
          { "Id": "a2", "Name": "A two", "Parent": "b1", "Phase": "p1", "source": "s1" } ] } }
        """;

    private const string B = """
        { "seedFormat": 1, "namespace": "T", "entries": { "Site": [
          { "Id": "b1", "Name": "B one", "Phase": "p1" },
          { "Id": "b2", "Name": "B two", "Parent": "a1", "Phase": "p2" } ] } }
        """;

    private static readonly (string Path, string Text)[] s_seeds = { ("seeds/decl.seed.json", Declarations), ("seeds/a.seed.json", A), ("seeds/b.seed.json", B) };

    [Fact]
    public void ValueEdit_BindsOnlyThatFilesEntriesAgain()
    {
        GeneratorRunResult result = RunThenEdit("seeds/a.seed.json", A.Replace("\"A one\"", "\"A uno\""));

        // The edited file's keys are read again, no other file's; the record keys they are read against did not change.
        Assert.Equal(IncrementalStepRunReason.Unchanged, Step(result, TrackingNames.RecordKeys).Single().Reason);
        Assert.Equal(
            new[] { ("seeds/a.seed.json", IncrementalStepRunReason.Unchanged), ("seeds/b.seed.json", IncrementalStepRunReason.Cached), ("seeds/decl.seed.json", IncrementalStepRunReason.Cached) },
            Step(result, TrackingNames.FileKeys).Select(o => (((FileKeys)o.Value).Path, o.Reason)).OrderBy(f => f.Item1, StringComparer.Ordinal));

        // The declarations ran again (a document changed) and found nothing they summarise changed.
        Assert.Equal(IncrementalStepRunReason.Unchanged, Step(result, TrackingNames.Declared).Single().Reason);
        Assert.Equal(IncrementalStepRunReason.Cached, Step(result, TrackingNames.Declarations).Single().Reason);
        Assert.Equal(
            new[] { ("seeds/a.seed.json", IncrementalStepRunReason.Modified), ("seeds/b.seed.json", IncrementalStepRunReason.Cached), ("seeds/decl.seed.json", IncrementalStepRunReason.Cached) },
            FileSteps(result));
        Assert.Contains("\"A uno\"", result.GeneratedSources.Single(s => s.HintName == "T.Sites.g.cs").SourceText.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void KeyEdit_ChangesTheDeclarationsAndBindsEveryFileAgain()
    {
        GeneratorRunResult result = RunThenEdit("seeds/b.seed.json", B.Replace("\"b2\"", "\"b3\""));

        Assert.Equal(IncrementalStepRunReason.Modified, Step(result, TrackingNames.Declarations).Single().Reason);
        Assert.DoesNotContain(FileSteps(result), f => f.Reason == IncrementalStepRunReason.Cached);
    }

    [Fact]
    public void StaleDeclarations_WithAnEqualSummary_BindAnEditedFileAsFreshOnesDo()
    {
        // The pipeline may hand the per-file step the declarations of an earlier run when their summaries are equal.
        string edited = "\n\n" + B.Replace("\"B one\"", "\"B eins\"").Replace("\"p2\"", "\"p9\"");
        ImmutableArray<ParseResult> before = BindingSteps.Parse(s_seeds);
        ImmutableArray<ParseResult> after = BindingSteps.Parse(s_seeds[0], s_seeds[1], ("seeds/b.seed.json", edited));
        DeclaredVocabulary stale = BindingSteps.Declare(before).Vocabulary;
        DeclaredVocabulary fresh = BindingSteps.Declare(after).Vocabulary;
        Assert.Equal(stale, fresh);

        FileBinding fromStale = FileBinder.Bind(after[2].Document!, stale, CancellationToken.None);
        FileBinding fromFresh = FileBinder.Bind(after[2].Document!, fresh, CancellationToken.None);

        Assert.Equal(fromFresh, fromStale);
        Assert.Equal("GTD0015 seeds/b.seed.json(5,59): p9 | Phase | \"p1\", \"p2\"", BindingSteps.Format(fromStale.Diagnostics.Single()));
        Assert.True(fromStale.Failed);
    }

    [Theory]
    [InlineData("\"A one\"", "\"A uno\"", true)]
    [InlineData("\"Phase\": \"p1\" }", "\"Phase\": \"p2\" }", true)]
    [InlineData("{ \"Id\": \"a1\"", "\n  { \"Id\": \"a1\"", true)]
    [InlineData("\"a1\"", "\"a9\"", false)]
    [InlineData("\"source\": \"s1\"", "\"source\": \"s1\", \"deprecated\": { \"reason\": \"Gone.\" }", false)]
    public void Summary_IsEqualExactlyWhenOnlyValuesOrLayoutChange(string find, string replace, bool equal)
    {
        Assert.Contains(find, A, StringComparison.Ordinal);
        DeclarationSummary before = BindingSteps.Declare(BindingSteps.Parse(s_seeds)).Vocabulary.Summary;
        DeclarationSummary after = BindingSteps.Declare(BindingSteps.Parse(s_seeds[0], ("seeds/a.seed.json", A.Replace(find, replace)), s_seeds[2])).Vocabulary.Summary;

        Assert.Equal(equal, before.Equals(after));
    }

    /// <summary>
    /// Edits one after another, each followed by an incremental run and a fresh run over the same texts: the generated
    /// files and the diagnostics (id, location and message) must be the same, whatever the steps cached.
    /// </summary>
    [Fact]
    public void EverySuccessiveEdit_IncrementalRunMatchesAFreshRun()
    {
        (string Path, string Find, string Replace)[] edits =
        {
            ("seeds/a.seed.json", "\"A one\"", "\"A uno\""),
            ("seeds/b.seed.json", "\"Name\": \"B one\"", "\"Name\": 7"),
            ("seeds/b.seed.json", "\"Name\": 7", "\"Name\": \"B one\""),
            ("seeds/b.seed.json", "\"B one\", \"Phase\": \"p1\" }", "\"B one\", \"Phase\": \"p1\", \"deprecated\": { \"reason\": \"Merged.\", \"replacement\": \"b2\" } }"),
            ("seeds/b.seed.json", "\"Merged.\"", "\"Closed.\""),
            ("seeds/a.seed.json", "{ \"seedFormat\"", "\n\n{ \"seedFormat\""),
            ("seeds/b.seed.json", "\"Id\": \"b1\"", "\"Id\": \"b9\""),
            ("seeds/b.seed.json", "\"Id\": \"b9\"", "\"Id\": \"b1\""),
            ("seeds/a.seed.json", "\"Parent\": \"b1\"", "\"Parent\": \"a1\""),
            ("seeds/a.seed.json", "\"Name\": \"A uno\",", "\"Name\": \"A uno\", \"Parent\": \"a2\","),
            ("seeds/a.seed.json", "\"Name\": \"A uno\", \"Parent\": \"a2\",", "\"Name\": \"A uno\","),
            ("seeds/decl.seed.json", "\"title\": \"Source one\"", "\"title\": \"Source uno\""),
            ("seeds/decl.seed.json", "\"code\": \"p2\"", "\"code\": \"p2\", \"deprecated\": { \"reason\": \"Old.\" }"),
            ("seeds/b.seed.json", "\"Phase\": \"p2\"", "\"Phase\": \"p1\""),
        };
        var texts = s_seeds.ToDictionary(s => s.Path, s => s.Text);
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation();
        GeneratorDriver driver = GeneratorHarness.CreateDriver(s_seeds, trackSteps: true).RunGenerators(compilation);
        var seen = new HashSet<string>();
        foreach ((string path, string find, string replace) in edits)
        {
            Assert.Contains(find, texts[path], StringComparison.Ordinal);
            texts[path] = texts[path].Replace(find, replace);
            driver = Replace(driver, path, texts[path]).RunGenerators(compilation);

            GeneratorRunResult incremental = driver.GetRunResult().Results.Single();
            GeneratorRunResult fresh = GeneratorHarness.CreateDriver(texts.Select(t => (t.Key, t.Value))).RunGenerators(compilation).GetRunResult().Results.Single();
            Assert.Equal(Describe(fresh.Diagnostics), Describe(incremental.Diagnostics));
            Assert.Equal(Sources(fresh), Sources(incremental));
            seen.UnionWith(fresh.Diagnostics.Select(d => d.Id));
        }

        // The edits reach the diagnostics that quote other files' declarations.
        Assert.Superset(new HashSet<string> { "GTD0016", "GTD0017", "GTD0026", "GTD0035" }, seen);
    }

    /// <summary>A run over the seeds, then one after replacing the text of <paramref name="path"/>, steps tracked.</summary>
    private static GeneratorRunResult RunThenEdit(string path, string text)
    {
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation();
        GeneratorDriver driver = GeneratorHarness.CreateDriver(s_seeds, trackSteps: true).RunGenerators(compilation);
        return Replace(driver, path, text).RunGenerators(compilation).GetRunResult().Results.Single();
    }

    private static string[] Describe(ImmutableArray<Diagnostic> diagnostics) => diagnostics.Select(d => d.ToString()).ToArray();

    private static string[] Sources(GeneratorRunResult result)
        => result.GeneratedSources.Select(s => s.HintName + "\n" + s.SourceText).OrderBy(s => s, StringComparer.Ordinal).ToArray();

    private static List<(string Path, IncrementalStepRunReason Reason)> FileSteps(GeneratorRunResult result)
        => Step(result, TrackingNames.FileBound).Select(o => (((FileBinding)o.Value).Path, o.Reason)).OrderBy(f => f.Item1, StringComparer.Ordinal).ToList();

    private static IEnumerable<(object Value, IncrementalStepRunReason Reason)> Step(GeneratorRunResult result, string name)
        => result.TrackedSteps[name].SelectMany(s => s.Outputs);

    private static GeneratorDriver Replace(GeneratorDriver driver, string path, string text)
    {
        return driver.ReplaceAdditionalText(FindTracked(driver, path), new InMemoryAdditionalText(path, text));
    }

    private static AdditionalText FindTracked(GeneratorDriver driver, string path)
        => driver.GetRunResult().Results.Single().TrackedSteps[TrackingNames.SeedFiles].SelectMany(s => s.Outputs)
            .Select(o => (((AdditionalText Text, SeedKind Kind))o.Value).Text)
            .Single(t => t.Path == path);
}
