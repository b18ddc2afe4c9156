using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Xunit;

namespace GeneTherapy.Domain.Generators.Tests;

/// <summary>
/// Deprecation in data: a deprecated member or entry carries <c>[Obsolete]</c> naming its replacement, its code or key
/// still parses, the runtime can ask about it, and seeds that still use it get GTD0026 where they use it.
/// </summary>
public class DeprecationTests
{
    private const string Path = "seeds/bad.seed.json";

    private static readonly (string Path, string Text)[] s_testSeeds =
    {
        ("seeds/vocabulary.seed.json", TestSeeds.Vocabulary),
        ("seeds/catalog.seed.json", TestSeeds.Catalog),
    };

    /// <summary>An enum with a deprecated member and a record whose entries may use it; <c>{0}</c> is the entries.</summary>
    private const string Shape = """
        { "seedFormat": 1, "namespace": "A",
          "enums": [ { "name": "Color", "members": [
            { "name": "Red", "value": 1, "code": "red", "label": "Red" },
            { "name": "Crimson", "value": 2, "code": "crimson", "label": "Crimson", "deprecated": { "reason": "Use plain red.", "replacement": "red" } } ] } ],
          "records": [ { "name": "Thing", "catalog": "Things", "key": "Id", "fields": [ { "name": "Id", "type": "string" }, { "name": "Shade", "type": "Color" }, { "name": "Next", "type": "Thing?" } ] } ],
          "entries": { "Thing": [ {0} ] } }
        """;

    [Fact]
    public void DeprecatedMemberAndEntry_CarryObsoleteNamingTheReplacement()
    {
        GeneratorRun run = GeneratorHarness.Run(s_testSeeds);
        GeneratorHarness.AssertCompiles(run);
        Assert.Empty(run.GeneratorDiagnostics);

        using Loaded loaded = Loaded.From(run.Output);
        Type platform = loaded.Assembly.GetType("Acme.Pipeline.Platform")!;
        ObsoleteAttribute member = platform.GetField("Retroviral")!.GetCustomAttribute<ObsoleteAttribute>()!;
        Assert.Equal("Merged into the lentiviral member. Use Platform.Lentiviral (code 'lenti') instead.", member.Message);
        Assert.False(member.IsError);
        Assert.Null(platform.GetField("Lentiviral")!.GetCustomAttribute<ObsoleteAttribute>());

        Type candidates = loaded.Assembly.GetType("Acme.Pipeline.Candidates")!;
        ObsoleteAttribute entry = candidates.GetProperty("Ac099")!.GetCustomAttribute<ObsoleteAttribute>()!;
        Assert.Equal("Stopped in 2023; its programme continues as ac-101. Use Candidates.Ac101 (key 'ac-101') instead.", entry.Message);
        Assert.Null(candidates.GetProperty("Ac101")!.GetCustomAttribute<ObsoleteAttribute>());
    }

    [Fact]
    public void DeprecatedCodeAndKey_StillParse_AndTheRuntimeKnowsWhy()
    {
        GeneratorRun run = GeneratorHarness.Run(s_testSeeds);
        using Loaded loaded = Loaded.From(run.Output);
        Type platform = loaded.Assembly.GetType("Acme.Pipeline.Platform")!;
        Type extensions = loaded.Assembly.GetType("Acme.Pipeline.PlatformExtensions")!;
        Type candidates = loaded.Assembly.GetType("Acme.Pipeline.Candidates")!;
        object retroviral = Enum.ToObject(platform, 4);
        object lentiviral = Enum.ToObject(platform, 2);

        // The old code still reads, as text and as JSON.
        MethodInfo tryParse = extensions.GetMethods().Single(m => m.Name == "TryParseCode" && m.GetParameters().Length == 2 && m.GetParameters()[0].ParameterType == typeof(string));
        object?[] parse = { "retro", null };
        Assert.True((bool)tryParse.Invoke(null, parse)!);
        Assert.Equal(retroviral, parse[1]);
        Assert.Equal(retroviral, System.Text.Json.JsonSerializer.Deserialize("\"retro\"", platform));
        Assert.Equal("\"retro\"", System.Text.Json.JsonSerializer.Serialize(retroviral, platform));
        Assert.Contains(retroviral, ((System.Collections.IEnumerable)extensions.GetProperty("Values")!.GetValue(null)!).Cast<object>());

        // TermInfo says it is deprecated, why, and what replaces it; a current member says it is not.
        MethodInfo getInfo = extensions.GetMethod("GetInfo")!;
        object info = getInfo.Invoke(null, new[] { retroviral })!;
        Assert.True((bool)info.GetType().GetProperty("IsDeprecated")!.GetValue(info)!);
        Assert.Equal("Merged into the lentiviral member", info.GetType().GetProperty("DeprecationReason")!.GetValue(info));
        Assert.Equal(lentiviral, info.GetType().GetProperty("ReplacedBy")!.GetValue(info));
        object current = getInfo.Invoke(null, new[] { lentiviral })!;
        Assert.False((bool)current.GetType().GetProperty("IsDeprecated")!.GetValue(current)!);
        Assert.Null(current.GetType().GetProperty("ReplacedBy")!.GetValue(current));

        // The old key still finds its entry, and IsDeprecated answers by key.
        object?[] get = { "ac-099", null };
        Assert.True((bool)candidates.GetMethod("TryGet")!.Invoke(null, get)!);
        Assert.Same(candidates.GetProperty("Ac099")!.GetValue(null), get[1]);
        MethodInfo isDeprecated = candidates.GetMethod("IsDeprecated")!;
        object?[] ask = { "ac-099", null, null };
        Assert.True((bool)isDeprecated.Invoke(null, ask)!);
        Assert.Equal("Stopped in 2023; its programme continues as ac-101.", ask[1]);
        Assert.Same(candidates.GetProperty("Ac101")!.GetValue(null), ask[2]);
        foreach (string key in new[] { "ac-101", "ac-102", "no-such-key" })
        {
            object?[] notDeprecated = { key, "stale", null };
            Assert.False((bool)isDeprecated.Invoke(null, notDeprecated)!);
            Assert.Null(notDeprecated[1]);
            Assert.Null(notDeprecated[2]);
        }
    }

    [Fact]
    public void CodeThatUsesADeprecatedMember_GetsCS0618WithTheReplacement_AndStillCompiles()
    {
        const string User = """
            namespace User
            {
                public static class Uses
                {
                    public static Acme.Pipeline.Platform Old() => Acme.Pipeline.Platform.Retroviral;
                    public static Acme.Pipeline.Candidate Gone() => Acme.Pipeline.Candidates.Ac099;
                    public static Acme.Pipeline.Platform New() => Acme.Pipeline.Platform.Lentiviral;
                }
            }
            """;
        Compilation compilation = GeneratorHarness.CreateCompilation(true, User)
            .WithOptions(GeneratorHarness.CreateCompilation().Options.WithGeneralDiagnosticOption(ReportDiagnostic.Default));
        GeneratorHarness.CreateDriver(s_testSeeds).RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> generatorDiagnostics);
        Assert.Empty(generatorDiagnostics);

        List<Diagnostic> problems = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.Equal(new[] { "CS0618", "CS0618" }, problems.Select(d => d.Id));
        Assert.All(problems, d => Assert.Same(compilation.SyntaxTrees.Single(), d.Location.SourceTree));
        string[] messages = problems.Select(d => d.GetMessage(CultureInfo.InvariantCulture)).ToArray();
        Assert.Equal(
            new[]
            {
                "'Platform.Retroviral' is obsolete: 'Merged into the lentiviral member. Use Platform.Lentiviral (code 'lenti') instead.'",
                "'Candidates.Ac099' is obsolete: 'Stopped in 2023; its programme continues as ac-101. Use Candidates.Ac101 (key 'ac-101') instead.'",
            },
            messages);
    }

    public static IEnumerable<object[]> Cases => new List<object[]>
    {
        // A current entry that uses a deprecated member or entry is warned at the value; the file still generates.
        Case("GTD0026", Entries("{ \"Id\": \"x\", \"Shade\": $$\"crimson\" }"), "Member 'crimson' of enum 'Color' is deprecated: Use plain red; use 'red' instead"),
        Case("GTD0026", Entries("{ \"Id\": \"old\", \"Shade\": \"red\", \"deprecated\": { \"reason\": \"Retired\" } }, { \"Id\": \"x\", \"Shade\": \"red\", \"Next\": $$\"old\" }"), "Entry 'old' of 'Thing' is deprecated: Retired"),

        // Replacements must name a current member or entry of the same type.
        Case("GTD0025", Entries("{ \"Id\": \"x\", \"Shade\": \"red\", \"deprecated\": { \"reason\": \"R\", \"replacement\": $$\"x\" } }"), "'x' cannot replace entry 'x' of 'Thing': it is the deprecated entry itself"),
        Case("GTD0025", Entries("{ \"Id\": \"a\", \"Shade\": \"red\", \"deprecated\": { \"reason\": \"R\" } }, { \"Id\": \"b\", \"Shade\": \"red\", \"deprecated\": { \"reason\": \"R\", \"replacement\": $$\"a\" } }"), "'a' cannot replace entry 'b' of 'Thing': it is deprecated too; name a current (not deprecated) entry of 'Thing'"),
        Case("GTD0025", Member("{ \"reason\": \"R\", \"replacement\": $$\"blue\" }"), "'blue' cannot replace member 'Blue' of enum 'Paint': it is the deprecated member itself"),
        Case("GTD0016", Entries("{ \"Id\": \"x\", \"Shade\": \"red\", \"deprecated\": { \"reason\": \"R\", \"replacement\": $$\"y\" } }"), "'y' is not the key of any 'Thing' entry"),
        Case("GTD0015", Member("{ \"reason\": \"R\", \"replacement\": $$\"green\" }"), "'green' is not a code of enum 'Paint'; use one of: \"red\", \"blue\""),

        // Shape problems are the parser's.
        Case("GTD0003", Member("$${ \"replacement\": \"red\" }"), "\"deprecated\" of member #2 of enum 'Paint' is missing the required property 'reason'"),
        Case("GTD0033", Member("{ \"reason\": $$\" \" }"), "The \"reason\" of the deprecation of member #2 of enum 'Paint' is blank; say why it is deprecated"),
        Case("GTD0004", Entries("{ \"Id\": \"x\", \"Shade\": \"red\", \"deprecated\": $$true }"), "'deprecated' must be an object with \"reason\" and optionally \"replacement\", but it is"),
        Case("GTD0005", Member("{ \"reason\": \"R\", $$\"replacment\": \"red\" }"), "did you mean 'replacement'?"),
        Case("GTD0031", "{ \"seedFormat\": 1, \"namespace\": \"A\", \"records\": [ { \"name\": \"Thing\", \"fields\": [ { \"name\": $$\"deprecated\", \"type\": \"bool\" } ] } ] }", "No field of record 'Thing' can be named 'deprecated': entries use \"deprecated\" for their deprecation; rename the field"),
        Case("GTD0031", "{ \"seedFormat\": 1, \"namespace\": \"A\", \"records\": [ { \"name\": \"Thing\", \"fields\": [ { \"name\": $$\"source\", \"type\": \"string?\" } ] } ] }", "entries use \"source\" for their source"),
        Case("GTD0024", Entries("{ \"Id\": $$\"is-deprecated\", \"Shade\": \"red\" }"), "'is-deprecated' clashes with the generated member 'IsDeprecated' of the catalog 'Things'"),
        Case("GTD0024", "{ \"seedFormat\": 1, \"namespace\": \"A\", \"records\": [ { \"name\": \"Thing\", \"catalog\": $$\"IsDeprecated\", \"key\": \"Id\", \"fields\": [ { \"name\": \"Id\", \"type\": \"string\" } ] } ] }", "'IsDeprecated' clashes with the generated member 'IsDeprecated' of the catalog 'IsDeprecated' itself"),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void BadOrRiskyDeprecation_IsReportedAtTheToken(string id, string markedSeed, string messageFragment)
    {
        (string text, int line, int column) = GeneratorHarness.Marked(markedSeed);

        GeneratorRun run = GeneratorHarness.Run((Path, text));

        Diagnostic diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal(id, diagnostic.Id);
        FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
        Assert.Equal((Path, line, column), (span.Path, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1));
        Assert.Contains(messageFragment, diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        GeneratorHarness.AssertCompiles(run);

        // A warning leaves the file generating; an error stops it.
        bool generated = run.Output.SyntaxTrees.Any(t => t.FilePath.EndsWith("A.Things.g.cs", StringComparison.Ordinal) || t.FilePath.EndsWith("A.Paint.g.cs", StringComparison.Ordinal));
        Assert.Equal(diagnostic.DefaultSeverity == DiagnosticSeverity.Warning, generated);
    }

    [Fact]
    public void DeprecatedData_ThatUsesDeprecatedTerms_IsNotWarned()
    {
        // As C# does not warn about obsolete uses inside obsolete code: a retired entry may keep its retired values.
        string seed = Entries("{ \"Id\": \"old\", \"Shade\": \"crimson\", \"deprecated\": { \"reason\": \"Retired\", \"replacement\": \"new\" } }, { \"Id\": \"new\", \"Shade\": \"red\" }");

        GeneratorRun run = GeneratorHarness.Run((Path, seed.Replace("$$", string.Empty, StringComparison.Ordinal)));

        Assert.Empty(run.GeneratorDiagnostics);
        GeneratorHarness.AssertCompiles(run);
        Assert.Contains("[global::System.Obsolete(\"Retired. Use Things.New (key 'new') instead.\")]", run.Sources["A.Things.g.cs"], StringComparison.Ordinal);
    }

    [Fact]
    public void ConsumerSeed_UsingADeprecatedBuiltInEntry_IsWarnedAtTheToken()
    {
        // The package's seeds reach a consumer's compilation as reference-only; their deprecations still count.
        var metadata = GeneratorHarness.BuiltInSeeds.ToDictionary(s => s.Path, _ => new Dictionary<string, string> { [SeedGenerator.SeedMetadata] = "reference" });
        (string text, int line, int column) = GeneratorHarness.Marked("""
            { "seedFormat": 1, "namespace": "Registry",
              "records": [ { "name": "Protocol", "catalog": "Protocols", "key": "Id",
                "fields": [ { "name": "Id", "type": "string" }, { "name": "Guidance", "type": "RegulatoryInstrument" } ] } ],
              "entries": { "Protocol": [ { "Id": "ltfu-v1", "Guidance": $$"fda-delayed-adverse-events-guidance-2006" } ] } }
            """);

        GeneratorRun run = GeneratorHarness.Run(GeneratorHarness.BuiltInSeeds.Append(("registry.seed.json", text)), metadata: metadata);

        Diagnostic warning = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("GTD0026", warning.Id);
        FileLinePositionSpan span = warning.Location.GetLineSpan();
        Assert.Equal(("registry.seed.json", line, column), (span.Path, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1));
        Assert.Equal(
            "Entry 'fda-delayed-adverse-events-guidance-2006' of 'RegulatoryInstrument' is deprecated: FDA's January 2020 long-term "
            + "follow-up guidance superseded this November 2006 guidance; use 'fda-ltfu-guidance-2020' instead",
            warning.GetMessage(CultureInfo.InvariantCulture));
        Assert.Equal(new[] { "Registry.Protocol.g.cs", "Registry.Protocols.g.cs" }, run.Sources.Keys.OrderBy(k => k, StringComparer.Ordinal));
    }

    [Fact]
    public void DeprecationWithoutReplacement_CarriesOnlyTheReason()
    {
        string seed = Member("{ \"reason\": \"No longer used (see the 2024 handbook)\" }").Replace("$$", string.Empty, StringComparison.Ordinal);

        GeneratorRun run = GeneratorHarness.Run((Path, seed));

        Assert.Empty(run.GeneratorDiagnostics);
        GeneratorHarness.AssertCompiles(run);
        using Loaded loaded = Loaded.From(run.Output);
        Type paint = loaded.Assembly.GetType("A.Paint")!;
        Assert.Equal("No longer used (see the 2024 handbook).", paint.GetField("Blue")!.GetCustomAttribute<ObsoleteAttribute>()!.Message);
        object info = loaded.Assembly.GetType("A.PaintExtensions")!.GetMethod("GetInfo")!.Invoke(null, new[] { Enum.ToObject(paint, 2) })!;
        Assert.True((bool)info.GetType().GetProperty("IsDeprecated")!.GetValue(info)!);
        Assert.Null(info.GetType().GetProperty("ReplacedBy")!.GetValue(info));
    }

    [Fact]
    public void ReplacementInAnotherFile_IsEmitted_AndFollowsThatFilesFate()
    {
        const string Record = """
            { "seedFormat": 1, "namespace": "A",
              "records": [ { "name": "Thing", "catalog": "Things", "key": "Id", "fields": [ { "name": "Id", "type": "string" }, { "name": "Rank", "type": "int" } ] } ],
              "entries": { "Thing": [ { "Id": "old", "Rank": 1, "deprecated": { "reason": "Renumbered.", "replacement": "new" } } ] } }
            """;
        const string Newer = """{ "seedFormat": 1, "namespace": "A", "entries": { "Thing": [ { "Id": "new", "Rank": 2 } ] } }""";

        GeneratorRun run = GeneratorHarness.Run(("seeds/a.seed.json", Record), ("seeds/b.seed.json", Newer));
        Assert.Empty(run.GeneratorDiagnostics);
        GeneratorHarness.AssertCompiles(run);
        Assert.Contains("case \"old\": reason = \"Renumbered.\"; replacement = New; return true;", run.Sources["A.Things.g.cs"], StringComparison.Ordinal);

        // When the replacement's file fails, the deprecation cannot name it: the file that deprecates generates nothing.
        GeneratorRun broken = GeneratorHarness.Run(("seeds/a.seed.json", Record), ("seeds/b.seed.json", Newer.Replace("\"Rank\": 2", "\"Rank\": \"two\"", StringComparison.Ordinal)));
        Assert.Equal("GTD0017", Assert.Single(broken.GeneratorDiagnostics).Id);
        Assert.Empty(broken.Sources);
        GeneratorHarness.AssertCompiles(broken);
    }

    [Fact]
    public void SourceIdIsDeprecated_IsFine_BecauseSourcesHasNoSuchMember()
    {
        const string Seed = """{ "seedFormat": 1, "namespace": "A", "sources": [ { "id": "is-deprecated", "title": "A source with an odd id" } ] }""";

        GeneratorRun run = GeneratorHarness.Run((Path, Seed));

        Assert.Empty(run.GeneratorDiagnostics);
        GeneratorHarness.AssertCompiles(run);
        Assert.Contains("IsDeprecated", run.Sources["A.Sources.g.cs"], StringComparison.Ordinal);
    }

    private static string Entries(string entries) => Shape.Replace("{0}", entries, StringComparison.Ordinal);

    /// <summary>An enum 'Paint' whose second member carries the given <c>deprecated</c> object.</summary>
    private static string Member(string deprecated) =>
        "{ \"seedFormat\": 1, \"namespace\": \"A\", \"enums\": [ { \"name\": \"Paint\", \"members\": [\n"
        + "  { \"name\": \"Red\", \"value\": 1, \"code\": \"red\", \"label\": \"Red\" },\n"
        + "  { \"name\": \"Blue\", \"value\": 2, \"code\": \"blue\", \"label\": \"Blue\", \"deprecated\": " + deprecated + " } ] } ] }";

    private static object[] Case(string id, string markedSeed, string messageFragment) => new object[] { id, markedSeed, messageFragment };
}
