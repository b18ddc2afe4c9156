using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Diagnostics.Tracing;
using System.Globalization;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Xunit;

namespace GeneTherapy.Domain.Generators.Tests;

/// <summary>
/// A run over 10,000 entries in ten files (the benchmark's largest corpus) allocates nothing on the large-object heap:
/// such arrays trigger generation-2 collections, which halved that run's speed on a two-core machine
/// (docs/benchmarks.md). The runtime's own allocation events tell: every allocation of 100 KB or more fires one.
/// </summary>
/// <remarks>In the serial collection, so that no other test's allocations fall inside the measured window.</remarks>
[Collection(TimingCollection.Name)]
public sealed class LargeObjectHeapTests
{
    private const int StartMarkerLength = 20_000; // long[]: 160 KB, above the 100 KB that always fires an event
    private const int EndMarkerLength = 20_001; // double[]

    [Fact]
    public void TenThousandEntryRun_AllocatesNothingOnTheLargeObjectHeap()
    {
        List<(string Path, string Text)> seeds = Corpus(files: 10, entriesPerFile: 1_000);
        Compilation compilation = GeneratorHarness.CreateCompilation();
        GeneratorDriver warm = GeneratorHarness.CreateDriver(seeds).RunGenerators(compilation);
        Assert.Empty(warm.GetRunResult().Diagnostics);
        Assert.Contains(warm.GetRunResult().GeneratedTrees, t => t.FilePath.EndsWith("Bulk.Rows.g.cs", StringComparison.Ordinal));

        using var listener = new LargeAllocationListener();
        GC.KeepAlive(new long[StartMarkerLength]);
        for (int i = 0; i < 2; i++)
        {
            GC.KeepAlive(GeneratorHarness.CreateDriver(seeds).RunGenerators(compilation));
        }

        GC.KeepAlive(new double[EndMarkerLength]);
        List<string> window = listener.WaitForWindow(TimeSpan.FromSeconds(30));

        Assert.Empty(window);
    }

    /// <summary>One record with a string key, an enum and a list, its entries spread over files, as in the benchmark corpus.</summary>
    private static List<(string Path, string Text)> Corpus(int files, int entriesPerFile)
    {
        var seeds = new List<(string Path, string Text)>
        {
            ("seeds/bulk.seed.json", """
                { "seedFormat": 1, "namespace": "Bulk",
                  "enums": [ { "name": "Kind", "members": [ { "name": "A", "value": 1, "code": "a", "label": "A" }, { "name": "B", "value": 2, "code": "b", "label": "B" } ] } ],
                  "records": [ { "name": "Row", "catalog": "Rows", "key": "Id", "fields": [
                    { "name": "Id", "type": "string" }, { "name": "Label", "type": "string" }, { "name": "Kind", "type": "Kind" }, { "name": "Tags", "type": "string[]" } ] } ] }
                """),
        };
        for (int f = 0; f < files; f++)
        {
            var json = new StringBuilder("{ \"seedFormat\": 1, \"namespace\": \"Bulk\", \"entries\": { \"Row\": [");
            for (int e = 0; e < entriesPerFile; e++)
            {
                string n = ((f * entriesPerFile) + e).ToString(CultureInfo.InvariantCulture);
                json.Append(e == 0 ? "\n" : ",\n").Append("{ \"Id\": \"row-").Append(n).Append("\", \"Label\": \"Row ").Append(n)
                    .Append("\", \"Kind\": \"").Append(e % 2 == 0 ? "a" : "b").Append("\", \"Tags\": [ \"t").Append(n).Append("\" ] }");
            }

            seeds.Add(($"seeds/rows-{f:D2}.seed.json", json.Append(" ] } }").ToString()));
        }

        return seeds;
    }

    /// <summary>
    /// Records the type of every large-object allocation event (GCAllocationTick, AllocationKind 1). The runtime
    /// delivers them on a thread of its own, a little later: the window is what arrives between the two markers.
    /// </summary>
    private sealed class LargeAllocationListener : EventListener
    {
        private readonly ConcurrentQueue<string> _types = new();

        public List<string> WaitForWindow(TimeSpan timeout)
        {
            var clock = Stopwatch.StartNew();
            while (!_types.Contains("System.Double[]"))
            {
                Assert.True(clock.Elapsed < timeout, "the end marker's allocation event never arrived: " + string.Join(", ", _types));
                System.Threading.Thread.Sleep(20);
            }

            List<string> types = _types.ToList();
            int start = types.IndexOf("System.Int64[]");
            Assert.True(start >= 0, "the start marker's allocation event never arrived: " + string.Join(", ", types));
            return types.Skip(start + 1).TakeWhile(t => t != "System.Double[]").ToList();
        }

        protected override void OnEventSourceCreated(EventSource source)
        {
            if (source.Name == "Microsoft-Windows-DotNETRuntime")
            {
                EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x1); // GC
            }
        }

        protected override void OnEventWritten(EventWrittenEventArgs e)
        {
            if (e.EventName is null || !e.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) || e.Payload is null || e.PayloadNames is null)
            {
                return;
            }

            if (Convert.ToInt32(e.Payload[e.PayloadNames.IndexOf("AllocationKind")], CultureInfo.InvariantCulture) == 1)
            {
                _types.Enqueue((string?)e.Payload[e.PayloadNames.IndexOf("TypeName")] ?? "?");
            }
        }
    }
}
