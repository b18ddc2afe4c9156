using System.Globalization;
using System.Linq;
using System.Text;
using Xunit;

namespace GeneTherapy.Domain.Generators.Tests;

/// <summary>How much code an entry costs: every consumer compiles it on every build.</summary>
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
