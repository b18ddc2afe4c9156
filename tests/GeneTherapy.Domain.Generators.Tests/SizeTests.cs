using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Xunit;

namespace GeneTherapy.Domain.Generators.Tests;

/// <summary>How much code an entry costs: every consumer compiles it on every build.</summary>
[Collection(TimingCollection.Name)]
public sealed class SizeTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1_000)]
    public void Generator_CatalogOfNEntries_CompilesCleanly(int entries)
    {
        GeneratorRun run = GeneratorHarness.Run(("seeds/sized.seed.json", Seed(entries)));
        GeneratorHarness.AssertCompiles(run);
        Assert.Equal(entries, run.Sources["Sized.Items.g.cs"].Split('\n').Count(l => l.Contains("new(\"item-", System.StringComparison.Ordinal)));
    }

    [Fact]
    public void Generator_EachEntry_CostsAtMostEightGeneratedLines()
    {
        int Lines(int entries) => GeneratorHarness.Run(("seeds/sized.seed.json", Seed(entries))).Sources.Values.Sum(s => s.Split('\n').Length);

        double perEntry = (Lines(1_000) - Lines(0)) / 1_000.0;
        Assert.InRange(perEntry, 1.0, 8.0);
    }

    /// <summary>About 90 s and several GB: run with GTD_SLOW_TESTS=1 (see the README).</summary>
    [SlowFact]
    public void Generator_TenThousandMembersAndFiftyThousandEntriesAcrossFiles_GenerateAndCompile()
    {
        List<(string Path, string Text)> files = Large();
        GeneratorRun run = GeneratorHarness.Run(files);
        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationDiagnostics);
        // The entries come from several files, so the catalog is split: an index part and one part per file.
        Assert.Equal(50_000, run.Sources.Where(s => s.Key.StartsWith("Large.Rows.part-", StringComparison.Ordinal))
            .Sum(s => s.Value.Split('\n').Count(l => l.Contains("new(\"r", StringComparison.Ordinal))));
        Assert.Equal(50_000, run.Sources["Large.Rows.g.cs"].Split('\n').Count(l => l.Contains("index.Add(\"r", StringComparison.Ordinal)));
        Assert.Contains("M9999 = 10000,", run.Sources["Large.Wide.g.cs"], StringComparison.Ordinal);
    }

    [Fact]
    public void Generator_CancelledMidRun_StopsWithinAFractionOfTheRun()
    {
        List<(string Path, string Text)> files = Large();
        Compilation compilation = GeneratorHarness.CreateCompilation();

        // The shortest of two warm runs: the first run of a test process also pays for JIT compilation.
        TimeSpan fullRun = TimeSpan.MaxValue;
        for (int i = 0; i < 3; i++)
        {
            var run = Stopwatch.StartNew();
            GeneratorHarness.CreateDriver(files).RunGenerators(compilation);
            run.Stop();
            if (i > 0 && run.Elapsed < fullRun)
            {
                fullRun = run.Elapsed;
            }
        }

        using var cancellation = new CancellationTokenSource();
        var cancelled = Stopwatch.StartNew();
        long cancelledAtTicks = 0;

        // The moment is taken before Cancel(), on the timer's thread: a callback registered on the token could run
        // after the generator had already seen the cancellation and thrown, and then read as "never cancelled".
        using var timer = new Timer(
            _ =>
            {
                Interlocked.Exchange(ref cancelledAtTicks, cancelled.Elapsed.Ticks);
                cancellation.Cancel();
            },
            null,
            TimeSpan.FromTicks(fullRun.Ticks / 4),
            Timeout.InfiniteTimeSpan);
        Assert.ThrowsAny<OperationCanceledException>(() => GeneratorHarness.CreateDriver(files).RunGenerators(compilation, cancellation.Token));
        cancelled.Stop();
        TimeSpan cancelledAt = TimeSpan.FromTicks(Interlocked.Read(ref cancelledAtTicks));

        // Loops check the token: the run ends soon after the token is cancelled, not at the end of the work. The
        // latency is measured from the moment the token was cancelled, because on a busy machine the timer that
        // cancels it can fire late.
        TimeSpan latency = cancelled.Elapsed - cancelledAt;
        Assert.True(cancelledAt > TimeSpan.Zero && latency < fullRun * 0.5,
            $"full run {fullRun.TotalMilliseconds:F0} ms, cancelled at {cancelledAt.TotalMilliseconds:F0} ms, stopped {latency.TotalMilliseconds:F0} ms later");
    }

    [Fact]
    public void Generator_AboveTheSwitchLimit_LooksKeysAndCodesUpThroughAnIndex()
    {
        int n = Emitting.CSharpSyntax.SwitchLimit + 44;
        var seed = new StringBuilder("{ \"seedFormat\": 1, \"namespace\": \"Indexed\", \"enums\": [ { \"name\": \"Code\", \"members\": [");
        seed.Append(string.Join(",", Enumerable.Range(0, n).Select(i => $"{{ \"name\": \"C{i}\", \"value\": {i + 1}, \"code\": \"c-{i}\", \"label\": \"L{i}\" }}")));
        seed.Append(" ] } ], \"records\": [ { \"name\": \"Row\", \"catalog\": \"Rows\", \"key\": \"Id\", \"fields\": [ { \"name\": \"Id\", \"type\": \"string\" } ] } ], \"entries\": { \"Row\": [");
        seed.Append(string.Join(",", Enumerable.Range(0, n).Select(i => $"{{ \"Id\": \"row-{i}\" }}"))).Append("] } }");

        GeneratorRun run = GeneratorHarness.Run(("seeds/indexed.seed.json", seed.ToString()));
        GeneratorHarness.AssertCompiles(run);
        Assert.Contains("s_index.TryGetValue(key, out value)", run.Sources["Indexed.Rows.g.cs"], StringComparison.Ordinal);
        Assert.Contains("s_index.TryGetValue(code, out value)", run.Sources["Indexed.CodeExtensions.g.cs"], StringComparison.Ordinal);

        using Loaded loaded = Loaded.From(run.Output);
        System.Reflection.MethodInfo tryGet = loaded.Assembly.GetType("Indexed.Rows")!.GetMethod("TryGet")!;
        System.Reflection.MethodInfo tryParse = loaded.Assembly.GetType("Indexed.CodeExtensions")!.GetMethods()
            .Single(m => m.Name == "TryParseCode" && m.GetParameters().Length == 2 && m.GetParameters()[0].ParameterType == typeof(string));
        for (int i = 0; i < n; i++)
        {
            object?[] row = { "row-" + i.ToString(CultureInfo.InvariantCulture), null };
            Assert.True((bool)tryGet.Invoke(null, row)!);
            Assert.Equal("row-" + i.ToString(CultureInfo.InvariantCulture), row[1]!.GetType().GetProperty("Id")!.GetValue(row[1]));
            object?[] code = { "c-" + i.ToString(CultureInfo.InvariantCulture), null };
            Assert.True((bool)tryParse.Invoke(null, code)!);
            Assert.Equal(i + 1, Convert.ToInt32(code[1], CultureInfo.InvariantCulture));
        }

        Assert.False((bool)tryGet.Invoke(null, new object?[] { null, null })!);
        Assert.False((bool)tryGet.Invoke(null, new object?[] { "row-" + n.ToString(CultureInfo.InvariantCulture), null })!);
        Assert.False((bool)tryParse.Invoke(null, new object?[] { "C-0", null })!);
    }

    /// <summary>An enum of 10,000 members and a catalog of 50,000 entries in 50 files that use it.</summary>
    private static List<(string Path, string Text)> Large()
    {
        var declarations = new StringBuilder("{ \"seedFormat\": 1, \"namespace\": \"Large\", \"enums\": [ { \"name\": \"Wide\", \"members\": [");
        for (int m = 0; m < 10_000; m++)
        {
            string i = m.ToString(CultureInfo.InvariantCulture);
            declarations.Append(m == 0 ? "\n" : ",\n").Append("{ \"name\": \"M").Append(i).Append("\", \"value\": ").Append((m + 1).ToString(CultureInfo.InvariantCulture))
                .Append(", \"code\": \"m-").Append(i).Append("\", \"label\": \"Member ").Append(i).Append("\" }");
        }

        declarations.Append(" ] } ], \"records\": [ { \"name\": \"Row\", \"catalog\": \"Rows\", \"key\": \"Id\", \"fields\": [ { \"name\": \"Id\", \"type\": \"string\" }, { \"name\": \"Wide\", \"type\": \"Wide\" } ] } ] }");
        var files = new List<(string Path, string Text)> { ("seeds/large.seed.json", declarations.ToString()) };
        for (int f = 0; f < 50; f++)
        {
            var json = new StringBuilder("{ \"seedFormat\": 1, \"namespace\": \"Large\", \"entries\": { \"Row\": [");
            for (int e = 0; e < 1_000; e++)
            {
                int n = (f * 1_000) + e;
                json.Append(e == 0 ? "\n" : ",\n").Append("{ \"Id\": \"r").Append(n.ToString(CultureInfo.InvariantCulture))
                    .Append("\", \"Wide\": \"m-").Append((n % 10_000).ToString(CultureInfo.InvariantCulture)).Append("\" }");
            }

            files.Add(($"seeds/rows-{f:D2}.seed.json", json.Append(" ] } }").ToString()));
        }

        return files;
    }

    private static string Seed(int entries)
    {
        var json = new StringBuilder("""
            { "seedFormat": 1, "namespace": "Sized",
              "enums": [ { "name": "Kind", "members": [ { "name": "A", "value": 1, "code": "a", "label": "A" }, { "name": "B", "value": 2, "code": "b", "label": "B" } ] } ],
              "records": [ { "name": "Item", "catalog": "Items", "key": "Id", "fields": [
                { "name": "Id", "type": "string" }, { "name": "Kind", "type": "Kind" }, { "name": "Year", "type": "int?" }, { "name": "Tags", "type": "string[]" } ] } ],
              "entries": { "Item": [
            """);
        for (int i = 0; i < entries; i++)
        {
            json.Append(i == 0 ? "\n" : ",\n")
                .Append("{ \"Id\": \"item-").Append(i.ToString(CultureInfo.InvariantCulture))
                .Append("\", \"Kind\": \"").Append(i % 2 == 0 ? "a" : "b")
                .Append("\", \"Year\": ").Append((2000 + (i % 20)).ToString(CultureInfo.InvariantCulture))
                .Append(", \"Tags\": [ \"x\" ] }");
        }

        return json.Append("] } }").ToString();
    }
}

/// <summary>Tests that compare durations run alone, after the parallel ones, so other tests do not skew their clocks.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimingCollection
{
    public const string Name = "Timing";
}
