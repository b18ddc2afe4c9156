using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using GeneTherapy.Domain.Generators.Model;
using GeneTherapy.Domain.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace GeneTherapy.Domain.Generators.Tests;

/// <summary>
/// The pipeline is incremental by construction: runs with step tracking over the built-in seeds, then an edit,
/// then the reasons Roslyn records for every tracked step.
/// </summary>
public sealed class CachingTests
{
    private static readonly string[] s_trackedSteps =
    {
        TrackingNames.SeedFiles, TrackingNames.Parsed, TrackingNames.ParseDiagnostics, TrackingNames.CompilationFacts,
        TrackingNames.RecordKeys, TrackingNames.FileKeys, TrackingNames.Declared, TrackingNames.Declarations, TrackingNames.FileBound,
        TrackingNames.Bound, TrackingNames.BindDiagnostics, TrackingNames.Outputs, TrackingNames.CodeTables,
        TrackingNames.ModuleInitializerPolyfill,
    };

    [Fact]
    public void UnrelatedCSharpEdit_EveryTrackedStepAndOutputIsCached()
    {
        (GeneratorDriver driver, CSharpCompilation compilation) = RunOnce(GeneratorHarness.BuiltInSeeds);

        driver = driver.RunGenerators(compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace Elsewhere { internal sealed class Unrelated { } }")));
        GeneratorRunResult result = Single(driver);

        foreach (string step in s_trackedSteps)
        {
            Assert.All(Steps(result, step).SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
        }

        Assert.All(result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs),
            o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    [Fact]
    public void OneSeedEdit_ReparsesOnlyThatFileAndReemitsOnlyTheOutputsWhoseTextChanged()
    {
        List<(string Path, string Text)> seeds = GeneratorHarness.BuiltInSeeds.ToList();
        (GeneratorDriver driver, CSharpCompilation compilation) = RunOnce(seeds);
        Dictionary<string, string> before = Sources(driver);

        (string path, string text) = seeds.Single(s => s.Path.EndsWith("vectors.seed.json", StringComparison.Ordinal));
        string edited = text.Replace("\"label\": \"Lentiviral vector\"", "\"label\": \"Lentiviral vector (HIV-1 based)\"");
        Assert.NotEqual(text, edited);
        driver = Replace(driver, path, edited).RunGenerators(compilation);
        GeneratorRunResult result = Single(driver);
        Dictionary<string, string> after = Sources(driver);

        // Parse: the edited file only.
        List<IncrementalStepRunReason> parse = Steps(result, TrackingNames.Parsed).SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        Assert.Equal(seeds.Count, parse.Count);
        Assert.Equal(1, parse.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(seeds.Count - 1, parse.Count(r => r == IncrementalStepRunReason.Cached));

        // Emit: exactly the outputs whose text differs, as Roslyn would otherwise re-add every file.
        HashSet<string> changed = after.Where(p => before[p.Key] != p.Value).Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(new[] { "GeneTherapy.Domain.VectorPlatform.g.cs", "GeneTherapy.Domain.VectorPlatformExtensions.g.cs" }, changed.OrderBy(h => h, StringComparer.Ordinal));
        HashSet<string> reemitted = Steps(result, TrackingNames.Outputs).SelectMany(s => s.Outputs)
            .Where(o => o.Reason is IncrementalStepRunReason.Modified or IncrementalStepRunReason.New)
            .SelectMany(o => Files((OutputSpec)o.Value)).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(changed.OrderBy(h => h, StringComparer.Ordinal), reemitted.OrderBy(h => h, StringComparer.Ordinal));
        Assert.Equal(1, result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs)
            .Count(o => o.Reason is IncrementalStepRunReason.Modified or IncrementalStepRunReason.New));
    }

    [Fact]
    public void LabelEdit_LeavesEveryCodeTableSpecUnchangedAndReemitsNoTable()
    {
        List<(string Path, string Text)> seeds = GeneratorHarness.BuiltInSeeds.ToList();
        (GeneratorDriver driver, CSharpCompilation compilation) = RunOnce(seeds);

        (string path, string text) = seeds.Single(s => s.Path.EndsWith("vectors.seed.json", StringComparison.Ordinal));
        string edited = text.Replace("\"label\": \"Replication-deficient\"", "\"label\": \"Replication-deficient (cannot multiply)\"");
        Assert.NotEqual(text, edited);
        driver = Replace(driver, path, edited).RunGenerators(compilation);
        GeneratorRunResult result = Single(driver);

        // The Replication enum's spec changed, its table's did not: labels live in the extensions class.
        List<(IncrementalStepRunReason Reason, CodeTableSpec Spec)> tables = Steps(result, TrackingNames.CodeTables)
            .SelectMany(s => s.Outputs).Select(o => (o.Reason, (CodeTableSpec)o.Value)).ToList();
        Assert.Equal(BuiltInEnumCount, tables.Count);
        Assert.Equal(IncrementalStepRunReason.Unchanged, tables.Single(t => t.Spec.Name == "Replication").Reason);
        Assert.All(tables, t => Assert.Contains(t.Reason, new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged }));
        Assert.All(Steps(result, TrackingNames.ModuleInitializerPolyfill).SelectMany(s => s.Outputs),
            o => Assert.Contains(o.Reason, new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged }));
        Assert.DoesNotContain(ReemittedTables(result), _ => true);
    }

    [Fact]
    public void NewMember_ModifiesOnlyThatEnumsCodeTableSpecAndReemitsOnlyItsTable()
    {
        List<(string Path, string Text)> seeds = GeneratorHarness.BuiltInSeeds.ToList();
        (GeneratorDriver driver, CSharpCompilation compilation) = RunOnce(seeds);
        Dictionary<string, string> before = Sources(driver);

        (string path, string text) = seeds.Single(s => s.Path.EndsWith("vectors.seed.json", StringComparison.Ordinal));
        const string Anchor = "\"name\": \"Replication\",\n      \"summary\": \"Whether a viral vector can multiply in the patient.\",\n      \"members\": [";
        string edited = text.Replace(Anchor, Anchor
            + "\n        { \"name\": \"ConditionallyReplicating\", \"value\": 3, \"code\": \"conditionally-replicating-in-tumour-cells\", \"label\": \"Conditionally replicating\" },");
        Assert.NotEqual(text, edited);
        driver = Replace(driver, path, edited).RunGenerators(compilation);
        GeneratorRunResult result = Single(driver);
        Assert.Empty(result.Diagnostics);

        List<(IncrementalStepRunReason Reason, CodeTableSpec Spec)> tables = Steps(result, TrackingNames.CodeTables)
            .SelectMany(s => s.Outputs).Select(o => (o.Reason, (CodeTableSpec)o.Value)).ToList();
        (IncrementalStepRunReason reason, CodeTableSpec replication) = tables.Single(t => t.Spec.Name == "Replication");
        Assert.Equal(IncrementalStepRunReason.Modified, reason);
        Assert.Equal(new[] { "ReplicationDeficient", "ReplicationCompetent", "ConditionallyReplicating" }, replication.MemberNames); // by value
        Assert.Equal("conditionally-replicating-in-tumour-cells".Length, replication.MaxCodeLength);
        Assert.All(tables.Where(t => t.Spec.Name != "Replication"),
            t => Assert.Contains(t.Reason, new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged }));

        Assert.Equal(new[] { "GeneTherapy.Domain.ReplicationExtensions.CodeTable.g.cs" }, ReemittedTables(result));
        string table = Sources(driver)["GeneTherapy.Domain.ReplicationExtensions.CodeTable.g.cs"];
        Assert.NotEqual(before["GeneTherapy.Domain.ReplicationExtensions.CodeTable.g.cs"], table);
        Assert.Equal(1, replication.FirstValue); // values 1, 2, 3: IndexOf subtracts 1 instead of switching
        Assert.Contains($"maxCodeLength: {"conditionally-replicating-in-tumour-cells".Length},", table, StringComparison.Ordinal);
    }

    /// <summary>The built-in seeds declare this many enums, each with one code table.</summary>
    private const int BuiltInEnumCount = 23;

    /// <summary>
    /// Hint names of the code tables whose source output ran again (new or modified): an output step records the
    /// generated text, so the table is found through the step's input, the spec it was given.
    /// </summary>
    private static List<string> ReemittedTables(GeneratorRunResult result) => result.TrackedOutputSteps.SelectMany(s => s.Value)
        .Where(step => step.Outputs.Any(o => o.Reason is IncrementalStepRunReason.Modified or IncrementalStepRunReason.New))
        .SelectMany(step => step.Inputs)
        .Select(input => input.Source.Outputs[input.OutputIndex].Value)
        .OfType<CodeTableSpec>()
        .Select(spec => spec.HintName)
        .ToList();

    [Fact]
    public void WhitespaceOnlyEdit_ReparsesThatFileButChangesNoSpecAndNoOutput()
    {
        List<(string Path, string Text)> seeds = GeneratorHarness.BuiltInSeeds.ToList();
        (GeneratorDriver driver, CSharpCompilation compilation) = RunOnce(seeds);

        (string path, string text) = seeds.Single(s => s.Path.EndsWith("regulation.seed.json", StringComparison.Ordinal));
        driver = Replace(driver, path, "\n\n  " + text.Replace("\n", "\n  ") + "\n").RunGenerators(compilation);
        GeneratorRunResult result = Single(driver);

        Assert.Equal(1, Steps(result, TrackingNames.Parsed).SelectMany(s => s.Outputs).Count(o => o.Reason == IncrementalStepRunReason.Modified));
        // The documents moved (locations differ), but binding drops locations: the declarations and the edited file's
        // entries bind to equal results, so the final binding step does not even run.
        Assert.All(Steps(result, TrackingNames.Declared).SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Unchanged, o.Reason));
        List<(IncrementalStepRunReason Reason, string Path)> files = Steps(result, TrackingNames.FileBound).SelectMany(s => s.Outputs)
            .Select(o => (o.Reason, ((FileBinding)o.Value).Path)).ToList();
        Assert.Equal(new[] { (IncrementalStepRunReason.Unchanged, path) }, files.Where(f => f.Reason != IncrementalStepRunReason.Cached));
        Assert.Equal(seeds.Count, files.Count);
        Assert.All(Steps(result, TrackingNames.Bound).SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
        Assert.All(Steps(result, TrackingNames.Outputs).SelectMany(s => s.Outputs),
            o => Assert.Contains(o.Reason, new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged }));
        Assert.All(result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs),
            o => Assert.Contains(o.Reason, new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged }));
    }

    [Fact]
    public void PipelineValues_HoldNoCompilationSymbolSyntaxOrLocation()
    {
        (GeneratorDriver driver, _) = RunOnce(GeneratorHarness.BuiltInSeeds.Append(("seeds/broken.seed.json", "{ \"seedFormat\": 1, \"namespace\": 7 }")));
        GeneratorRunResult result = Single(driver);

        int walked = 0;
        var visited = new HashSet<object>(ReferenceEqualityComparer.Instance);
        foreach (string step in s_trackedSteps)
        {
            Assert.NotEmpty(Steps(result, step));
            foreach (IncrementalGeneratorRunStep run in Steps(result, step))
            {
                foreach ((object value, _) in run.Outputs)
                {
                    walked += Walk(value, step, visited);
                }
            }
        }

        Assert.True(walked > 1000, $"only {walked} objects walked");
    }

    /// <summary>Counts the objects under a pipeline value, failing on any compilation, symbol, syntax or location.</summary>
    internal static int Walk(object? value, string path, HashSet<object> visited)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || value is decimal)
        {
            return 0;
        }

        Assert.False(value is Compilation or ISymbol or SyntaxNode or SyntaxTree or Location or SemanticModel,
            $"{path} holds a {value.GetType().FullName}");
        if (!value.GetType().IsValueType && !visited.Add(value))
        {
            return 0;
        }

        int count = 1;
        if (value is IEnumerable sequence)
        {
            int i = 0;
            foreach (object? item in sequence)
            {
                count += Walk(item, $"{path}[{i++}]", visited);
            }

            return count;
        }

        if (value.GetType().Namespace?.StartsWith("GeneTherapy", StringComparison.Ordinal) != true && !value.GetType().IsGenericType)
        {
            return count; // framework leaf types (AdditionalText's implementation, options) are not models
        }

        foreach (FieldInfo field in value.GetType().GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            count += Walk(field.GetValue(value), path + "." + field.Name, visited);
        }

        return count;
    }

    private static (GeneratorDriver Driver, CSharpCompilation Compilation) RunOnce(IEnumerable<(string Path, string Text)> seeds)
    {
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation();
        GeneratorDriver driver = GeneratorHarness.CreateDriver(seeds, trackSteps: true).RunGenerators(compilation);
        Assert.Null(Single(driver).Exception);
        return (driver, compilation);
    }

    private static GeneratorDriver Replace(GeneratorDriver driver, string path, string text)
    {
        return driver.ReplaceAdditionalText(FindText(driver, path), new InMemoryAdditionalText(path, text));
    }

    private static AdditionalText FindText(GeneratorDriver driver, string path)
    {
        // The driver does not expose its additional texts; the SeedFiles step recorded them.
        return Steps(Single(driver), TrackingNames.SeedFiles).SelectMany(s => s.Outputs)
            .Select(o => (((AdditionalText Text, SeedKind Kind))o.Value).Text)
            .Single(t => t.Path == path);
    }

    /// <summary>The files an output spec is emitted as: an enum and its extensions class share one spec.</summary>
    private static IEnumerable<string> Files(OutputSpec spec) => spec is EnumSpec
        ? new[] { spec.HintName, spec.Namespace + "." + spec.Name + "Extensions.g.cs" }
        : new[] { spec.HintName };

    private static GeneratorRunResult Single(GeneratorDriver driver) => Assert.Single(driver.GetRunResult().Results);

    private static ImmutableArray<IncrementalGeneratorRunStep> Steps(GeneratorRunResult result, string name) =>
        result.TrackedSteps.TryGetValue(name, out ImmutableArray<IncrementalGeneratorRunStep> steps) ? steps : ImmutableArray<IncrementalGeneratorRunStep>.Empty;

    private static Dictionary<string, string> Sources(GeneratorDriver driver) =>
        Single(driver).GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString(), StringComparer.Ordinal);
}
