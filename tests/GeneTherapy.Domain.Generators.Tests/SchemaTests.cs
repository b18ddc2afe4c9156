using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using GeneTherapy.Domain.Generators.Binding;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using NJsonSchema;
using Xunit;
using SeedFormat = GeneTherapy.Domain.Generators.Parsing.SeedFormat;

namespace GeneTherapy.Domain.Generators.Tests;

/// <summary>
/// The JSON Schema under seeds/schema/ against the seeds and against the generator: every property the parser
/// accepts is described (so editors complete it), every document the generator accepts validates, and every
/// document the schema can tell is wrong is also rejected by the generator, with the id the generator gives it.
/// </summary>
public class SchemaTests
{
    private const string SeedPath = "seeds/test.seed.json";

    private static readonly string s_schemaPath = Path.Combine(GeneratorHarness.RepoRoot, "seeds", "schema", "seed.schema.json");

    private static readonly Lazy<Task<JsonSchema>> s_schema = new(() => JsonSchema.FromFileAsync(s_schemaPath));

    private static readonly Lazy<JsonObject> s_schemaJson = new(() => (JsonObject)JsonNode.Parse(File.ReadAllText(s_schemaPath))!);

    /// <summary>Each definition that describes an object of the format, with the property names the parser knows for it.</summary>
    private static readonly Dictionary<string, string[]> s_formatObjects = new(StringComparer.Ordinal)
    {
        ["document"] = SeedFormat.DocumentProperties,
        ["source"] = SeedFormat.SourceProperties,
        ["enum"] = SeedFormat.EnumProperties,
        ["field"] = SeedFormat.FieldProperties,
        ["member"] = SeedFormat.MemberProperties,
        ["record"] = SeedFormat.RecordProperties,
        ["entry"] = SeedFormat.EntryProperties,
        ["deprecation"] = SeedFormat.DeprecationProperties,
    };

    /// <summary>Where in <see cref="TestSeeds.EveryProperty"/> an object of each definition stands with all its properties.</summary>
    private static readonly (string Definition, string Path)[] s_instances =
    {
        ("document", string.Empty),
        ("source", "sources/0"),
        ("enum", "enums/0"),
        ("field", "enums/0/properties/0"),
        ("field", "records/0/fields/0"),
        ("member", "enums/0/members/1"),
        ("record", "records/0"),
        ("entry", "entries/Candidate/1"),
        ("deprecation", "enums/0/members/1/deprecated"),
        ("deprecation", "entries/Candidate/1/deprecated"),
    };

    // ---- (a) the repository's seeds -------------------------------------------------------------------

    public static IEnumerable<object[]> BuiltInSeedFiles => Directory
        .GetFiles(Path.Combine(GeneratorHarness.RepoRoot, "seeds"), "*.seed.json")
        .OrderBy(p => p, StringComparer.Ordinal)
        .Select(p => new object[] { Path.GetFileName(p) });

    [Theory]
    [MemberData(nameof(BuiltInSeedFiles))]
    public async Task BuiltInSeed_NamesTheSchemaFirstAndValidatesWithNoErrors(string fileName)
    {
        string path = Path.Combine(GeneratorHarness.RepoRoot, "seeds", fileName);
        string text = File.ReadAllText(path);

        using JsonDocument document = JsonDocument.Parse(text);
        JsonProperty first = document.RootElement.EnumerateObject().First();
        Assert.Equal("$schema", first.Name);
        string resolved = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, first.Value.GetString()!));
        Assert.Equal(s_schemaPath, resolved);
        Assert.True(File.Exists(resolved));

        Assert.Empty(await ValidateAsync(text));
    }

    [Fact]
    public void BuiltInSeeds_AreThere()
    {
        Assert.True(BuiltInSeedFiles.Count() >= 6, "fewer built-in seeds than expected under seeds/");
    }

    [Theory]
    [InlineData("tests/GeneTherapy.Domain.PackageTests/Consumers/Console/pipeline.seed.json")]
    [InlineData("tests/GeneTherapy.Domain.PackageTests/Consumers/Library/data/registry-sites.json")]
    [InlineData("samples/GeneTherapy.Domain.Sample/registry.seed.json")]
    public async Task ConsumerSeed_ValidatesWithNoErrors(string relativePath)
    {
        string path = Path.Combine(GeneratorHarness.RepoRoot, relativePath);

        Assert.Empty(await ValidateAsync(File.ReadAllText(path)));
    }

    // ---- (b) the schema describes exactly the properties the parser knows ------------------------------

    public static IEnumerable<object[]> FormatObjects => s_formatObjects.Keys.Select(k => new object[] { k });

    [Theory]
    [MemberData(nameof(FormatObjects))]
    public void Definition_HasExactlyTheParsersPropertiesEachWithADescription(string definition)
    {
        JsonObject schema = Definition(definition);
        JsonObject properties = schema["properties"]!.AsObject();

        Assert.Equal(
            s_formatObjects[definition].OrderBy(p => p, StringComparer.Ordinal),
            properties.Select(p => p.Key).OrderBy(p => p, StringComparer.Ordinal));
        Assert.All(properties, p => Assert.False(
            string.IsNullOrWhiteSpace((string?)p.Value!["description"]),
            $"'{definition}.{p.Key}' has no description, so editors would show none"));
        Assert.False(string.IsNullOrWhiteSpace((string?)schema["description"]), $"'{definition}' has no description");
        Assert.Equal("object", (string?)schema["type"]);

        // Fixed-shape objects reject unknown properties (the generator warns GTD0005); an entry's other properties are fields.
        Assert.Equal(definition != "entry", !(bool)schema["additionalProperties"]!);
    }

    [Fact]
    public void Schema_IsDraft07_RootIsTheDocument_AndEveryObjectDefinitionIsChecked()
    {
        JsonObject root = s_schemaJson.Value;
        Assert.Equal("http://json-schema.org/draft-07/schema#", (string?)root["$schema"]);
        Assert.Equal("#/definitions/document", (string?)root["$ref"]);

        string[] withProperties = root["definitions"]!.AsObject()
            .Where(d => d.Value!["properties"] is not null)
            .Select(d => d.Key)
            .OrderBy(d => d, StringComparer.Ordinal)
            .ToArray();
        Assert.Equal(s_formatObjects.Keys.OrderBy(k => k, StringComparer.Ordinal), withProperties);
    }

    [Fact]
    public void EveryPropertyDocument_HasEveryPropertyOfEveryDefinition()
    {
        JsonNode document = JsonNode.Parse(TestSeeds.EveryProperty)!;
        foreach (string definition in s_formatObjects.Keys)
        {
            Assert.Contains(s_instances, i => i.Definition == definition);
        }

        foreach ((string definition, string path) in s_instances)
        {
            JsonObject instance = At(document, path).AsObject();
            Assert.All(s_formatObjects[definition], p => Assert.True(instance.ContainsKey(p), $"'{path}' ({definition}) lacks '{p}'"));
        }
    }

    // ---- (c) valid documents: the schema and the generator both accept them ----------------------------

    public static IEnumerable<object[]> ValidDocuments => new List<object[]>
    {
        new object[] { "minimal", new[] { "{ \"seedFormat\": 1, \"namespace\": \"A\" }" } },
        new object[] { "every property", new[] { TestSeeds.EveryProperty } },
        new object[] { "TestSeeds.Vocabulary and TestSeeds.Catalog", new[] { TestSeeds.Vocabulary, TestSeeds.Catalog } },
    };

    [Theory]
    [MemberData(nameof(ValidDocuments))]
    public async Task ValidDocument_PassesTheSchemaAndTheGeneratorWithNoDiagnostics(string name, string[] documents)
    {
        foreach (string document in documents)
        {
            Assert.Empty(await ValidateAsync(document));
        }

        GeneratorRun run = GeneratorHarness.Run(documents.Select((d, i) => ($"seeds/{i}.seed.json", d)).ToArray());

        Assert.True(run.GeneratorDiagnostics.IsEmpty, name + ": " + string.Join("\n", run.GeneratorDiagnostics));
        GeneratorHarness.AssertCompiles(run);
    }

    // ---- (d) invalid documents: the schema and the generator both reject them --------------------------

    /// <summary>
    /// Every property of every object, left out of <see cref="TestSeeds.EveryProperty"/>: the schema requires it exactly
    /// when the generator reports GTD0003 for it (GTD0030 for a record's key).
    /// </summary>
    public static IEnumerable<object[]> Removals => s_instances
        .SelectMany(i => s_formatObjects[i.Definition].Select(p => new object[] { i.Definition, i.Path, p }));

    [Theory]
    [MemberData(nameof(Removals))]
    public async Task PropertyLeftOut_IsRequiredBySchemaExactlyWhenTheGeneratorReportsGTD0003(string definition, string path, string property)
    {
        JsonNode document = JsonNode.Parse(TestSeeds.EveryProperty)!;
        At(document, path).AsObject().Remove(property);
        string text = document.ToJsonString();

        bool requiredBySchema = Required(definition).Contains(property);
        bool schemaRejects = (await ValidateAsync(text)).Count > 0;
        GeneratorRun run = GeneratorHarness.Run((SeedPath, text));
        bool generatorRequires = run.GeneratorDiagnostics.Any(d => d.Id == "GTD0003" && Message(d).Contains($"required property '{property}'", StringComparison.Ordinal))
            || (property == "key" && run.GeneratorDiagnostics.Any(d => d.Id == "GTD0030"));

        // A record's key is required only when the record has entries, which may come from any seed file: no
        // schema of one file can say that. The generator asks for it here (GTD0030) because EveryProperty has entries.
        bool expected = requiredBySchema || (definition == "record" && property == "key");
        Assert.Equal(requiredBySchema, schemaRejects);
        Assert.True(expected == generatorRequires,
            $"{path}: without '{property}' the schema {(requiredBySchema ? "rejects" : "accepts")} it, but the generator reports: "
            + string.Join("; ", run.GeneratorDiagnostics));
    }

    /// <summary>Every typed property of every object given a value of another JSON type: schema error and GTD0004.</summary>
    public static IEnumerable<object[]> WrongJsonTypes => s_instances
        .SelectMany(i => s_formatObjects[i.Definition]
            // The generator never reads "$schema"; the schema asks for a string (editors cannot use anything else).
            .Where(p => p != "$schema")
            .Select(p => new object[] { i.Definition, i.Path, p }));

    [Theory]
    [MemberData(nameof(WrongJsonTypes))]
    public async Task PropertyOfTheWrongJsonType_IsRejectedBySchemaAndReportedAsGTD0004(string definition, string path, string property)
    {
        string type = (string)Definition(definition)["properties"]![property]!["type"]!;
        JsonNode replacement = type switch
        {
            "string" => JsonValue.Create(42),
            "integer" => JsonValue.Create("1"),
            "array" => new JsonObject(),
            "object" => new JsonArray(),
            _ => throw new InvalidOperationException($"{definition}.{property} has the unexpected type '{type}'"),
        };
        JsonNode document = JsonNode.Parse(TestSeeds.EveryProperty)!;
        At(document, path)[property] = replacement;
        string text = document.ToJsonString();

        Assert.NotEmpty(await ValidateAsync(text));
        GeneratorRun run = GeneratorHarness.Run((SeedPath, text));
        Assert.True(
            run.GeneratorDiagnostics.Any(d => d.Id == "GTD0004" && Message(d).StartsWith($"'{property}' must be", StringComparison.Ordinal)),
            $"{path}.{property} = {replacement.ToJsonString()}: the generator reports " + string.Join("; ", run.GeneratorDiagnostics));
    }

    /// <summary>An unknown property on each fixed-shape object: schema error (additionalProperties) and warning GTD0005.</summary>
    public static IEnumerable<object[]> FixedShapeInstances => s_instances
        .Where(i => i.Definition != "entry")
        .Select(i => new object[] { i.Definition, i.Path });

    [Theory]
    [MemberData(nameof(FixedShapeInstances))]
    public async Task UnknownProperty_IsRejectedBySchemaAndReportedAsGTD0005(string definition, string path)
    {
        JsonNode document = JsonNode.Parse(TestSeeds.EveryProperty)!;
        At(document, path)["notAProperty"] = 1;
        string text = document.ToJsonString();

        Assert.NotEmpty(await ValidateAsync(text));
        GeneratorRun run = GeneratorHarness.Run((SeedPath, text));
        Assert.True(
            run.GeneratorDiagnostics.Any(d => d.Id == "GTD0005" && Message(d).StartsWith("'notAProperty' is not a property of", StringComparison.Ordinal)),
            $"{definition} at '{path}': the generator reports " + string.Join("; ", run.GeneratorDiagnostics));
    }

    private const string Color = """
        "enums": [ { "name": "Color", "members": [ { "name": "Red", "value": 1, "code": "red", "label": "Red" }, { "name": "Blue", "value": 2, "code": "blue", "label": "Blue" } ] } ]
        """;

    private const string Thing = """
        "records": [ { "name": "Thing", "key": "Id", "fields": [ { "name": "Id", "type": "string" } ] } ]
        """;

    private static string Doc(string body) => "{ \"seedFormat\": 1, \"namespace\": \"A\", " + body + " }";

    private static string OneMember(string member) => Doc("\"enums\": [ { \"name\": \"Color\", \"members\": [ " + member + " ] } ]");

    private static string OneField(string field) => Doc("\"records\": [ { \"name\": \"Thing\", \"fields\": [ " + field + " ] } ]");

    private static string OneEntry(string entry) => Doc(Thing + ", \"entries\": { \"Thing\": [ " + entry + " ] }");

    private static object[] Case(string name, string id, string markedSeed) => new object[] { name, id, markedSeed };

    /// <summary>
    /// Purpose-built invalid documents. The generator must report exactly one diagnostic, with this id, at the
    /// <c>$$</c> marker; the schema must report at least one error.
    /// </summary>
    public static IEnumerable<object[]> InvalidDocuments => new List<object[]>
    {
        // Unknown properties (GTD0005; additionalProperties: false).
        Case("unknown document property", "GTD0005", Doc("$$\"enum\": []")),
        Case("unknown source property", "GTD0005", Doc("\"sources\": [ { \"id\": \"s\", \"title\": \"S\", $$\"titel\": \"T\" } ]")),
        Case("unknown enum property", "GTD0005", Doc("\"enums\": [ { \"name\": \"Color\", \"members\": [], $$\"member\": [] } ]")),
        Case("unknown field property", "GTD0005", OneField("{ \"name\": \"Id\", \"type\": \"string\", $$\"summery\": \"S\" }")),
        Case("unknown member property", "GTD0005", OneMember("{ \"name\": \"Red\", \"value\": 1, \"code\": \"red\", \"label\": \"Red\", $$\"lable\": \"R\" }")),
        Case("unknown record property", "GTD0005", Doc("\"records\": [ { \"name\": \"Thing\", \"fields\": [], $$\"keys\": \"Id\" } ]")),
        Case("unknown property of a member's deprecated", "GTD0005", Doc(Color.Replace("\"label\": \"Red\"", "\"label\": \"Red\", \"deprecated\": { \"reason\": \"Renamed.\", $$\"replacment\": \"blue\" }"))),
        Case("unknown property of an entry's deprecated", "GTD0005", OneEntry("{ \"Id\": \"x\", \"deprecated\": { \"reason\": \"Withdrawn.\", $$\"since\": \"2025-01-01\" } }")),

        // Missing required properties (GTD0003; required).
        Case("document without seedFormat", "GTD0003", "$${ \"namespace\": \"A\" }"),
        Case("document without namespace", "GTD0003", "$${ \"seedFormat\": 1 }"),
        Case("source without id", "GTD0003", Doc("\"sources\": [ $${ \"title\": \"S\" } ]")),
        Case("source without title", "GTD0003", Doc("\"sources\": [ $${ \"id\": \"s\" } ]")),
        Case("enum without name", "GTD0003", Doc("\"enums\": [ $${ \"members\": [] } ]")),
        Case("enum without members", "GTD0003", Doc("\"enums\": [ $${ \"name\": \"Color\" } ]")),
        Case("member without name", "GTD0003", OneMember("$${ \"value\": 1, \"code\": \"red\", \"label\": \"Red\" }")),
        Case("member without value", "GTD0003", OneMember("$${ \"name\": \"Red\", \"code\": \"red\", \"label\": \"Red\" }")),
        Case("member without code", "GTD0003", OneMember("$${ \"name\": \"Red\", \"value\": 1, \"label\": \"Red\" }")),
        Case("member without label", "GTD0003", OneMember("$${ \"name\": \"Red\", \"value\": 1, \"code\": \"red\" }")),
        Case("field without name", "GTD0003", OneField("$${ \"type\": \"string\" }")),
        Case("field without type", "GTD0003", OneField("$${ \"name\": \"Id\" }")),
        Case("record without name", "GTD0003", Doc("\"records\": [ $${ \"fields\": [] } ]")),
        Case("record without fields", "GTD0003", Doc("\"records\": [ $${ \"name\": \"Thing\" } ]")),
        Case("member deprecated without reason", "GTD0003", Doc(Color.Replace("\"label\": \"Red\"", "\"label\": \"Red\", \"deprecated\": $${ \"replacement\": \"blue\" }"))),
        Case("entry deprecated without reason", "GTD0003", OneEntry("{ \"Id\": \"x\", \"deprecated\": $${ } }")),

        // Wrong JSON types (GTD0004; type, and integer bounds).
        Case("document is an array", "GTD0004", "$$[]"),
        Case("seedFormat is a string", "GTD0004", "{ \"seedFormat\": $$\"1\", \"namespace\": \"A\" }"),
        Case("namespace is a number", "GTD0004", "{ \"seedFormat\": 1, \"namespace\": $$1 }"),
        Case("sources is a string", "GTD0004", Doc("\"sources\": $$\"s\"")),
        Case("enums is an object", "GTD0004", Doc("\"enums\": $${}")),
        Case("entries is an array", "GTD0004", Doc("\"entries\": $$[]")),
        Case("source is not an object", "GTD0004", Doc("\"sources\": [ $$\"s\" ]")),
        Case("url is a number", "GTD0004", Doc("\"sources\": [ { \"id\": \"s\", \"title\": \"S\", \"url\": $$1 } ]")),
        Case("value is a string", "GTD0004", OneMember("{ \"name\": \"Red\", \"value\": $$\"1\", \"code\": \"red\", \"label\": \"Red\" }")),
        Case("value is a fraction", "GTD0004", OneMember("{ \"name\": \"Red\", \"value\": $$1.5, \"code\": \"red\", \"label\": \"Red\" }")),
        Case("value above int.MaxValue", "GTD0004", OneMember("{ \"name\": \"Red\", \"value\": $$2147483648, \"code\": \"red\", \"label\": \"Red\" }")),
        Case("value below int.MinValue", "GTD0004", OneMember("{ \"name\": \"Red\", \"value\": $$-2147483649, \"code\": \"red\", \"label\": \"Red\" }")),
        Case("ontology code is a number", "GTD0004", OneMember("{ \"name\": \"Red\", \"value\": 1, \"code\": \"red\", \"label\": \"Red\", \"ontology\": [ $$7 ] }")),
        Case("member properties is an array", "GTD0004", OneMember("{ \"name\": \"Red\", \"value\": 1, \"code\": \"red\", \"label\": \"Red\", \"properties\": $$[] }")),
        Case("field type is a number", "GTD0004", OneField("{ \"name\": \"Id\", \"type\": $$1 }")),
        Case("entries of a record is not an array", "GTD0004", Doc(Thing + ", \"entries\": { \"Thing\": $${} }")),
        Case("entry is not an object", "GTD0004", Doc(Thing + ", \"entries\": { \"Thing\": [ $$\"x\" ] }")),
        Case("entry source is a number", "GTD0004", OneEntry("{ \"Id\": \"x\", \"source\": $$1 }")),
        Case("member deprecated is a string", "GTD0004", Doc(Color.Replace("\"label\": \"Red\"", "\"label\": \"Red\", \"deprecated\": $$\"use blue\""))),
        Case("deprecation reason is a number", "GTD0004", OneEntry("{ \"Id\": \"x\", \"deprecated\": { \"reason\": $$1 } }")),
        Case("deprecation reason is only spaces", "GTD0033", OneEntry("{ \"Id\": \"x\", \"deprecated\": { \"reason\": $$\"  \" } }")),

        // Format version (GTD0002; const).
        Case("seedFormat 2", "GTD0002", "{ \"seedFormat\": $$2, \"namespace\": \"A\" }"),
        Case("seedFormat 0", "GTD0002", "{ \"seedFormat\": $$0, \"namespace\": \"A\" }"),

        // Values (GTD0032, GTD0015, GTD0034; minLength, enum, format).
        Case("empty code", "GTD0032", OneMember("{ \"name\": \"Red\", \"value\": 1, \"code\": $$\"\", \"label\": \"Red\" }")),
        Case("unknown source kind", "GTD0015", Doc("\"sources\": [ { \"id\": \"s\", \"title\": \"S\", \"kind\": $$\"blog\" } ]")),
        Case("source kind in capitals", "GTD0015", Doc("\"sources\": [ { \"id\": \"s\", \"title\": \"S\", \"kind\": $$\"Regulator\" } ]")),
        Case("source kind is a number", "GTD0004", Doc("\"sources\": [ { \"id\": \"s\", \"title\": \"S\", \"kind\": $$1 } ]")),
        Case("relative url", "GTD0034", Doc("\"sources\": [ { \"id\": \"s\", \"title\": \"S\", \"url\": $$\"handbook.html\" } ]")),
        Case("blank document version", "GTD0042", Doc("\"version\": $$\" \"")),
        Case("empty enum version", "GTD0042", Doc("\"enums\": [ { \"name\": \"Color\", \"version\": $$\"\", \"members\": [] } ]")),

        // Canonical URLs (GTD0040; the canonicalUrl pattern).
        Case("relative canonical", "GTD0040", Doc("\"canonical\": $$\"fhir\"")),
        Case("canonical of another scheme", "GTD0040", Doc("\"canonical\": $$\"urn:acme:fhir\"")),
        Case("canonical with a trailing slash", "GTD0040", Doc("\"canonical\": $$\"https://acme.example.org/fhir/\"")),
        Case("canonical with a version", "GTD0040", Doc("\"canonical\": $$\"https://acme.example.org/fhir|1.0\"")),
        Case("canonical with a query", "GTD0040", Doc("\"canonical\": $$\"https://acme.example.org/fhir?x=1\"")),
        Case("canonical with a space", "GTD0040", Doc("\"canonical\": $$\"https://acme.example.org/my fhir\"")),
        Case("enum canonical with a fragment", "GTD0040", Doc("\"enums\": [ { \"name\": \"Color\", \"canonical\": $$\"https://acme.example.org/cs#color\", \"members\": [] } ]")),

        // Type syntax (GTD0018; the fieldType pattern).
        Case("type string??", "GTD0018", OneField("{ \"name\": \"Id\", \"type\": $$\"string??\" }")),
        Case("type []", "GTD0018", OneField("{ \"name\": \"Id\", \"type\": $$\"[]\" }")),
        Case("type string?[]", "GTD0018", OneField("{ \"name\": \"Id\", \"type\": $$\"string?[]\" }")),
        Case("type empty", "GTD0018", OneField("{ \"name\": \"Id\", \"type\": $$\"\" }")),
        Case("type List<string>", "GTD0018", OneField("{ \"name\": \"Id\", \"type\": $$\"List<string>\" }")),

        // Names (GTD0006; the identifier, typeName, namespace and sourceId patterns).
        Case("lower-case enum name", "GTD0006", Doc("\"enums\": [ { \"name\": $$\"color\", \"members\": [] } ]")),
        Case("enum name with a leading digit", "GTD0006", Doc("\"enums\": [ { \"name\": $$\"9Lives\", \"members\": [] } ]")),
        Case("lower-case record name", "GTD0006", Doc("\"records\": [ { \"name\": $$\"thing\", \"fields\": [] } ]")),
        Case("member name value__", "GTD0006", OneMember("{ \"name\": $$\"value__\", \"value\": 1, \"code\": \"red\", \"label\": \"Red\" }")),
        Case("member name with @", "GTD0006", OneMember("{ \"name\": $$\"@Red\", \"value\": 1, \"code\": \"red\", \"label\": \"Red\" }")),
        Case("field name starting with __", "GTD0006", OneField("{ \"name\": $$\"__Id\", \"type\": \"string\" }")),
        Case("field name with a hyphen", "GTD0006", OneField("{ \"name\": $$\"first-seen\", \"type\": \"string\" }")),
        Case("namespace part is a keyword", "GTD0006", "{ \"seedFormat\": 1, \"namespace\": $$\"Acme.class\" }"),
        Case("namespace with an empty part", "GTD0006", "{ \"seedFormat\": 1, \"namespace\": $$\"Acme..Pipeline\" }"),
        Case("source id without a letter or digit", "GTD0006", Doc("\"sources\": [ { \"id\": $$\"--\", \"title\": \"S\" } ]")),

        // Invisible format characters in names, codes and source ids (GTD0027; the patterns exclude \p{Cf}). Decomposed
        // text (GTD0028) is not in this table: no pattern can say "normalization form C".
        Case("enum name with a zero-width space", "GTD0027", Doc("\"enums\": [ { \"name\": $$\"Col\\u200Bor\", \"members\": [] } ]")),
        Case("member name with a right-to-left override", "GTD0027", OneMember("{ \"name\": $$\"Re\\u202Ed\", \"value\": 1, \"code\": \"red\", \"label\": \"Red\" }")),
        Case("field name with a byte order mark", "GTD0027", OneField("{ \"name\": $$\"I\\uFEFFd\", \"type\": \"string\" }")),
        Case("record name with a word joiner", "GTD0027", Doc("\"records\": [ { \"name\": $$\"Th\\u2060ing\", \"fields\": [] } ]")),
        Case("namespace with a left-to-right isolate", "GTD0027", "{ \"seedFormat\": 1, \"namespace\": $$\"Acme.Pi\\u2066peline\" }"),
        Case("member code with a right-to-left mark", "GTD0027", OneMember("{ \"name\": \"Red\", \"value\": 1, \"code\": $$\"re\\u200Fd\", \"label\": \"Red\" }")),
        Case("source id with a soft hyphen", "GTD0027", Doc("\"sources\": [ { \"id\": $$\"hand\\u00ADbook\", \"title\": \"S\" } ]")),

        // References the schema can rule out without seeing other files.
        Case("entries for a lower-case record name", "GTD0013", Doc("\"entries\": { $$\"thing\": [] }")),
        Case("key that is no field name", "GTD0019", Doc("\"records\": [ { \"name\": \"Thing\", \"key\": $$\"my id\", \"fields\": [ { \"name\": \"Id\", \"type\": \"string\" } ] } ]")),
        Case("source reference without a letter or digit", "GTD0014", Doc("\"enums\": [ { \"name\": \"Color\", \"source\": $$\"--\", \"members\": [] } ]")),
    };

    [Theory]
    [MemberData(nameof(InvalidDocuments))]
    public async Task InvalidDocument_IsRejectedBySchemaAndByTheGeneratorWithTheExpectedId(string name, string id, string markedSeed)
    {
        (string text, int line, int column) = GeneratorHarness.Marked(markedSeed);

        Assert.True((await ValidateAsync(text)).Count > 0, name + ": the schema accepts it");

        GeneratorRun run = GeneratorHarness.Run((SeedPath, text));
        Assert.True(run.GeneratorDiagnostics.Length == 1, $"{name}: expected only {id}, got: " + string.Join("; ", run.GeneratorDiagnostics));
        Diagnostic diagnostic = run.GeneratorDiagnostics[0];
        Assert.Equal(id, diagnostic.Id);
        LinePosition start = diagnostic.Location.GetLineSpan().StartLinePosition;
        Assert.Equal((line, column), (start.Line + 1, start.Character + 1));
    }

    // ---- the name and type patterns against the generator's own rules ------------------------------------

    /// <summary>
    /// Every string of up to three symbols from an alphabet that covers each character class the C# identifier
    /// rules tell apart, plus every C# keyword: the schema's patterns (as .NET reads them, as NJsonSchema does)
    /// accept exactly what the generator accepts.
    /// </summary>
    [Fact]
    public void NamePatterns_AgreeWithTheGeneratorsRules()
    {
        string[] alphabet =
        {
            "a", "Z", "_", "7", "é", "ǅ", "ʰ", "中", "Ⅻ", "٣", "\u0301", "\u0903", "\u200D", "‿", "@", "-", " ", "\U0001D49C",
        };
        var samples = new List<string> { string.Empty, "value__", "__", "Color", "color", "iPhone", "_1", "string[]?", "[]", "?" };
        foreach (string a in alphabet)
        {
            samples.Add(a);
            foreach (string b in alphabet)
            {
                samples.Add(a + b);
                foreach (string c in alphabet)
                {
                    samples.Add(a + b + c);
                }
            }
        }

        IEnumerable<string> keywords = SyntaxFacts.GetKeywordKinds().Concat(SyntaxFacts.GetContextualKeywordKinds()).Select(SyntaxFacts.GetText);
        samples.AddRange(keywords);

        Regex identifier = Pattern("identifier");
        Regex typeName = Pattern("typeName");
        Regex fieldType = Pattern("fieldType");
        Regex sourceId = Pattern("sourceId");
        var disagreements = new List<string>();
        foreach (string sample in samples.Distinct(StringComparer.Ordinal))
        {
            // The generator's verdict as a pattern can state it: its name rules, and no format character (GTD0027).
            // Normalization form C (GTD0028) is left out: the patterns cannot express it.
            bool visible = UnicodeRules.FirstFormatCharacter(sample) is null;
            Check("identifier", identifier.IsMatch(sample), visible && Names.CheckMemberName(sample) is null, sample);
            Check("typeName", typeName.IsMatch(sample), visible && Names.CheckTypeName(sample) is null, sample);
            Check("sourceId", sourceId.IsMatch(sample), visible && Names.ToPascalIdentifier(sample) is not null, sample);
            // A type with a format character refers to no declared type (GTD0012), whatever its syntax.
            foreach (string suffix in visible ? new[] { string.Empty, "?", "[]", "[]?", "?[]", "??", "[][]" } : Array.Empty<string>())
            {
                Check("fieldType", fieldType.IsMatch(sample + suffix), TypeParser.TrySplit(sample + suffix, out _, out _, out _), sample + suffix);
            }
        }

        Regex ns = Pattern("namespace");
        foreach (string part in samples.Where(s => !s.Contains('.', StringComparison.Ordinal)).Concat(new[] { "global" }).Distinct(StringComparer.Ordinal))
        {
            foreach (string candidate in new[] { part, "Acme." + part, part + ".Pipeline", "Acme." + part + ".Pipeline" })
            {
                Check("namespace", ns.IsMatch(candidate), UnicodeRules.FirstFormatCharacter(candidate) is null && Names.CheckNamespace(candidate) is null, candidate);
            }
        }

        Assert.True(disagreements.Count == 0, disagreements.Count + " disagreements, e.g.:\n" + string.Join("\n", disagreements.Take(20)));

        void Check(string what, bool schema, bool generator, string sample)
        {
            if (schema != generator)
            {
                disagreements.Add($"{what} \"{Escape(sample)}\": schema {(schema ? "accepts" : "rejects")}, generator {(generator ? "accepts" : "rejects")}");
            }
        }
    }

    // ---- helpers ------------------------------------------------------------------------------------

    private static async Task<List<string>> ValidateAsync(string json)
    {
        JsonSchema schema = await s_schema.Value;
        return schema.Validate(json).Select(e => e.ToString()).ToList();
    }

    private static JsonObject Definition(string name) => s_schemaJson.Value["definitions"]![name]!.AsObject();

    private static HashSet<string> Required(string definition)
        => Definition(definition)["required"] is JsonArray required
            ? required.Select(r => (string)r!).ToHashSet(StringComparer.Ordinal)
            : new HashSet<string>(StringComparer.Ordinal);

    private static Regex Pattern(string definition) => new((string)Definition(definition)["pattern"]!, RegexOptions.CultureInvariant);

    private static JsonNode At(JsonNode root, string path)
    {
        JsonNode node = root;
        foreach (string step in path.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            node = (int.TryParse(step, NumberStyles.None, CultureInfo.InvariantCulture, out int index) ? node[index] : node[step])
                ?? throw new InvalidOperationException($"'{path}' does not lead to an object in the document");
        }

        return node;
    }

    private static string Message(Diagnostic diagnostic) => diagnostic.GetMessage(CultureInfo.InvariantCulture);

    private static string Escape(string text)
    {
        var builder = new StringBuilder();
        foreach (char c in text)
        {
            builder.Append(c is >= ' ' and <= '~' ? c.ToString() : $"\\u{(int)c:X4}");
        }

        return builder.ToString();
    }
}
