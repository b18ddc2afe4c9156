using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Text.Json.Nodes;
using GeneTherapy.Domain.Generators.Binding;
using Xunit;

namespace GeneTherapy.Domain.Generators.Tests;

/// <summary>A source's "kind": the generator's table of codes, the runtime enum and the schema agree, and the kind reaches the emitted Source.</summary>
public class SourceKindTests
{
    private const string Seed = """
        {
          "seedFormat": 1,
          "namespace": "Acme.Kinds",
          "sources": [
            { "id": "law", "title": "A law", "kind": "legislation" },
            { "id": "agency", "title": "An agency page", "kind": "regulator" },
            { "id": "paper", "title": "A paper", "kind": "peer-reviewed" },
            { "id": "news", "title": "A news item", "kind": "press" },
            { "id": "ungraded", "title": "A page nobody graded" }
          ]
        }
        """;

    [Fact]
    public void SourceKinds_MemberNames_AreTheRuntimeEnumsMembersInValueOrder()
    {
        var context = new AssemblyLoadContext(nameof(SourceKindTests), isCollectible: true);
        try
        {
            Assembly runtime = context.LoadFromStream(new MemoryStream(GeneratorHarness.RuntimeImage));
            Type kind = runtime.GetType("GeneTherapy.Domain.SourceKind", throwOnError: true)!;

            Assert.Equal(
                Enum.GetValues(kind).Cast<object>().OrderBy(v => Convert.ToInt32(v, System.Globalization.CultureInfo.InvariantCulture)).Select(v => v.ToString()),
                SourceKinds.Codes.Select(SourceKinds.MemberName));
        }
        finally
        {
            context.Unload();
        }
    }

    [Fact]
    public void Schema_SourceKindEnum_ListsTheGeneratorsCodesInOrder()
    {
        var schema = (JsonObject)JsonNode.Parse(File.ReadAllText(Path.Combine(GeneratorHarness.RepoRoot, "seeds", "schema", "seed.schema.json")))!;

        JsonArray codes = schema["definitions"]!["source"]!["properties"]!["kind"]!["enum"]!.AsArray();

        Assert.Equal(SourceKinds.Codes, codes.Select(c => (string)c!));
    }

    [Theory]
    [InlineData("regulator", "Regulator")]
    [InlineData("peer-reviewed", "PeerReviewed")]
    [InlineData("Regulator", null)]
    [InlineData("peer reviewed", null)]
    [InlineData("", null)]
    public void SourceKinds_MemberName_MatchesCodesOrdinally(string code, string? member)
    {
        Assert.Equal(member, SourceKinds.MemberName(code));
    }

    [Fact]
    public void Generator_SourcesWithKinds_EmitEachKindAndNullWhereNoneIsGiven()
    {
        GeneratorRun run = GeneratorHarness.Run(("seeds/kinds.seed.json", Seed));
        Assert.Empty(run.GeneratorDiagnostics);
        GeneratorHarness.AssertCompiles(run);

        using var loaded = Loaded.From(run.Output);
        Type sources = loaded.Assembly.GetType("Acme.Kinds.Sources", throwOnError: true)!;
        string? KindOf(string property)
        {
            object source = sources.GetProperty(property)!.GetValue(null)!;
            return source.GetType().GetProperty("Kind")!.GetValue(source)?.ToString();
        }

        bool IsOfficial(string property)
        {
            object source = sources.GetProperty(property)!.GetValue(null)!;
            return (bool)source.GetType().GetProperty("IsOfficial")!.GetValue(source)!;
        }

        Assert.Equal(
            new[] { "Legislation", "Regulator", "PeerReviewed", "Press", null },
            new[] { KindOf("Law"), KindOf("Agency"), KindOf("Paper"), KindOf("News"), KindOf("Ungraded") });
        Assert.Equal(
            new[] { true, true, false, false, false },
            new[] { IsOfficial("Law"), IsOfficial("Agency"), IsOfficial("Paper"), IsOfficial("News"), IsOfficial("Ungraded") });
    }
}
