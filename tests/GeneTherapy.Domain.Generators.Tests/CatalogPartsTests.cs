using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using GeneTherapy.Domain.Generators.Binding;
using GeneTherapy.Domain.Generators.Model;
using GeneTherapy.Domain.Testing;
using Microsoft.CodeAnalysis;
using Xunit;

namespace GeneTherapy.Domain.Generators.Tests;

/// <summary>
/// A catalog whose entries come from several seed files is emitted as one part per file plus an index part, so that an
/// edit to one file's entries re-emits one part. These tests load the compiled catalog and check that nothing of the
/// single-file catalog's behaviour is lost: every entry, <c>All</c> in declaration order, <c>TryGet</c>, and entries
/// that refer to entries of their own catalog, whichever part they live in.
/// </summary>
public class CatalogPartsTests
{
    private const string Declarations = "{ \"seedFormat\": 1, \"namespace\": \"Acme.Labs\", \"records\": [ { \"name\": \"Lab\", \"catalog\": \"Labs\", \"key\": \"Id\", "
        + "\"fields\": [ { \"name\": \"Id\", \"type\": \"string\" }, { \"name\": \"Name\", \"type\": \"string\" }, { \"name\": \"Parent\", \"type\": \"Lab?\" } ] } ] }";

    private static string Entries(params string[] entries) => "{ \"seedFormat\": 1, \"namespace\": \"Acme.Labs\", \"entries\": { \"Lab\": [ " + string.Join(", ", entries) + " ] } }";

    /// <summary>Enough entries in a third file to take the catalog past <see cref="CatalogParts.SplitAbove"/>.</summary>
    private static readonly string s_fillers = Entries(Enumerable.Range(0, CatalogParts.SplitAbove).Select(i => $"{{ \"Id\": \"f-{i}\", \"Name\": \"F{i}\" }}").ToArray());

    private static readonly (string Path, string Text)[] s_seeds =
    {
        ("seeds/labs.seed.json", Declarations),
        ("seeds/a.seed.json", Entries("{ \"Id\": \"root\", \"Name\": \"Root\" }", "{ \"Id\": \"mid\", \"Name\": \"Mid\", \"Parent\": \"root\" }")),
        ("seeds/b.seed.json", Entries("{ \"Id\": \"leaf\", \"Name\": \"Leaf\", \"Parent\": \"mid\" }", "{ \"Id\": \"other\", \"Name\": \"Other\" }")),
        ("seeds/c.seed.json", s_fillers),
    };

    [Fact]
    public void SplitCatalog_OnePartPerFileOfEntriesThatReferToNoOwnEntry_AndAnIndexPart()
    {
        GeneratorRun run = GeneratorHarness.Run(s_seeds);

        GeneratorHarness.AssertCompiles(run);
        Assert.Equal(
            new[] { "Acme.Labs.Lab.g.cs", "Acme.Labs.Labs.g.cs", "Acme.Labs.Labs.part-a.g.cs", "Acme.Labs.Labs.part-b.g.cs", "Acme.Labs.Labs.part-c.g.cs" },
            run.Sources.Keys.OrderBy(k => k, StringComparer.Ordinal));
        Assert.Equal(new[] { "Root" }, PropertiesIn(run.Sources["Acme.Labs.Labs.part-a.g.cs"]));
        Assert.Equal(new[] { "Other" }, PropertiesIn(run.Sources["Acme.Labs.Labs.part-b.g.cs"]));
        string index = run.Sources["Acme.Labs.Labs.g.cs"];
        Assert.Equal(new[] { "Mid", "Leaf", "All" }, PropertiesIn(index));
        Assert.True(index.IndexOf("Mid = new(", StringComparison.Ordinal) < index.IndexOf("Leaf = new(", StringComparison.Ordinal), "the static constructor builds Mid before Leaf, which refers to it");
    }

    [Fact]
    public void SplitCatalog_Loaded_AllInDeclarationOrder_TryGetFindsEveryKey_ReferencesAreTheEntriesThemselves()
    {
        GeneratorRun run = GeneratorHarness.Run(s_seeds);
        using Loaded loaded = Loaded.From(run.Output);
        Type labs = loaded.Assembly.GetType("Acme.Labs.Labs", throwOnError: true)!;

        object[] all = ((IEnumerable)labs.GetProperty("All")!.GetValue(null)!).Cast<object>().ToArray();
        Assert.Equal(new[] { "root", "mid", "leaf", "other", "f-0" }, all.Take(5).Select(e => Field(e, "Id")));
        Assert.Equal(4 + CatalogParts.SplitAbove, all.Length);
        foreach (object entry in all)
        {
            Assert.Same(entry, TryGet(labs, (string)Field(entry, "Id")!));
        }

        Assert.Null(TryGet(labs, "missing"));
        Assert.Same(labs.GetProperty("Mid")!.GetValue(null), Field(labs.GetProperty("Leaf")!.GetValue(null)!, "Parent"));
        Assert.Same(labs.GetProperty("Root")!.GetValue(null), Field(labs.GetProperty("Mid")!.GetValue(null)!, "Parent"));
    }

    [Fact]
    public void SplitCatalog_AboveTheSwitchLimit_TheStaticConstructorFillsTheIndex()
    {
        string Many(string prefix) => Entries(Enumerable.Range(0, 200).Select(i => $"{{ \"Id\": \"{prefix}-{i}\", \"Name\": \"N{i}\" }}").ToArray());
        GeneratorRun run = GeneratorHarness.Run(("seeds/labs.seed.json", Declarations), ("seeds/x.seed.json", Many("x")), ("seeds/y.seed.json", Many("y")));
        Assert.Contains("Acme.Labs.Labs.part-x.g.cs", run.Sources.Keys);
        GeneratorHarness.AssertCompiles(run);
        Assert.Contains("s_index = CreateIndex();", run.Sources["Acme.Labs.Labs.g.cs"], StringComparison.Ordinal);

        using Loaded loaded = Loaded.From(run.Output);
        Type labs = loaded.Assembly.GetType("Acme.Labs.Labs", throwOnError: true)!;
        object[] all = ((IEnumerable)labs.GetProperty("All")!.GetValue(null)!).Cast<object>().ToArray();
        Assert.Equal(400, all.Length);
        Assert.All(all, entry => Assert.Same(entry, TryGet(labs, (string)Field(entry, "Id")!)));
    }

    [Fact]
    public void SingleFileCatalog_IsOneFileAsBefore()
    {
        GeneratorRun run = GeneratorHarness.Run(("seeds/labs.seed.json", Declarations), ("seeds/c.seed.json", s_fillers.Replace("] } }", ", { \"Id\": \"one-more\", \"Name\": \"M\" } ] } }", StringComparison.Ordinal)));

        Assert.Equal(new[] { "Acme.Labs.Lab.g.cs", "Acme.Labs.Labs.g.cs" }, run.Sources.Keys.OrderBy(k => k, StringComparer.Ordinal));
        Assert.DoesNotContain("static Labs()", run.Sources["Acme.Labs.Labs.g.cs"], StringComparison.Ordinal);
    }

    [Fact]
    public void SmallCatalogAcrossFiles_StaysOneFile()
    {
        GeneratorRun run = GeneratorHarness.Run(s_seeds[0], s_seeds[1], s_seeds[2]);

        GeneratorHarness.AssertCompiles(run);
        Assert.Equal(new[] { "Acme.Labs.Lab.g.cs", "Acme.Labs.Labs.g.cs" }, run.Sources.Keys.OrderBy(k => k, StringComparer.Ordinal));
        Assert.DoesNotContain("static Labs()", run.Sources["Acme.Labs.Labs.g.cs"], StringComparison.Ordinal);
    }

    [Fact]
    public void EntryValueEdit_ReemitsOnlyThatFilesPart()
    {
        Microsoft.CodeAnalysis.CSharp.CSharpCompilation compilation = GeneratorHarness.CreateCompilation();
        GeneratorDriver driver = GeneratorHarness.CreateDriver(s_seeds, trackSteps: true).RunGenerators(compilation);
        AdditionalText b = TrackedText(driver, "seeds/b.seed.json");

        driver = driver.ReplaceAdditionalText(b, new InMemoryAdditionalText(b.Path, s_seeds[2].Text.Replace("\"Other\"", "\"Other lab\"", StringComparison.Ordinal)))
            .RunGenerators(compilation);

        GeneratorRunResult result = Assert.Single(driver.GetRunResult().Results);
        Dictionary<string, IncrementalStepRunReason> outputs = result.TrackedSteps[TrackingNames.Outputs]
            .SelectMany(s => s.Outputs)
            .ToDictionary(o => ((OutputSpec)o.Value).HintName, o => o.Reason, StringComparer.Ordinal);
        Assert.Equal(IncrementalStepRunReason.Modified, outputs["Acme.Labs.Labs.part-b.g.cs"]);
        Assert.Equal(IncrementalStepRunReason.Unchanged, outputs["Acme.Labs.Labs.part-a.g.cs"]);
        Assert.Equal(IncrementalStepRunReason.Unchanged, outputs["Acme.Labs.Labs.g.cs"]);
        Assert.Contains("\"Other lab\"", Assert.Single(result.GeneratedSources, s => s.HintName == "Acme.Labs.Labs.part-b.g.cs").SourceText.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void PartNames_FileStemsMadeSafeAndUnique_WhateverTheHostsOrder()
    {
        string[] paths = { "seeds/y/products.seed.json", "seeds/odd name!.json", "seeds/x/products.seed.json", "seeds/x/Products.seed.json" };

        Dictionary<string, string> names = CatalogParts.PartNames(paths);
        Dictionary<string, string> reversed = CatalogParts.PartNames(paths.Reverse());

        Assert.Equal("odd_name__json", names["seeds/odd name!.json"]);
        Assert.Equal("Products", names["seeds/x/Products.seed.json"]);
        Assert.Equal("products-2", names["seeds/x/products.seed.json"]);
        Assert.Equal("products-3", names["seeds/y/products.seed.json"]);
        Assert.Equal(names.OrderBy(p => p.Key, StringComparer.Ordinal), reversed.OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    private static AdditionalText TrackedText(GeneratorDriver driver, string path) => Assert.Single(driver.GetRunResult().Results)
        .TrackedSteps[TrackingNames.SeedFiles].SelectMany(s => s.Outputs)
        .Select(o => (((AdditionalText Text, SeedKind Kind))o.Value).Text)
        .Single(t => t.Path == path);

    private static string[] PropertiesIn(string source) => source.Split('\n')
        .Select(line => line.Trim())
        .Where(line => line.StartsWith("public static ", StringComparison.Ordinal) && line.Contains("{ get; }", StringComparison.Ordinal))
        .Select(line => line.Substring(0, line.IndexOf(" { get; }", StringComparison.Ordinal)))
        .Select(declaration => declaration.Substring(declaration.LastIndexOf(' ') + 1))
        .ToArray();

    private static object? Field(object entry, string name) => entry.GetType().GetProperty(name)!.GetValue(entry);

    private static object? TryGet(Type catalog, string key)
    {
        object?[] arguments = { key, null };
        bool found = (bool)catalog.GetMethod("TryGet", BindingFlags.Public | BindingFlags.Static)!.Invoke(null, arguments)!;
        Assert.Equal(found, arguments[1] is not null);
        return arguments[1];
    }
}
