using System.Text.Json;
using System.Text.Json.Nodes;
using Clinic.Web;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;
using Xunit;

namespace GeneTherapy.Domain.AspNetCore.Tests;

/// <summary>
/// The test app's served OpenAPI document, read back with Microsoft.OpenApi's reader: no errors, each vocabulary a named
/// string schema listing its codes, labels and retired codes, referenced by parameters and bodies.
/// </summary>
public sealed class OpenApiDocumentTests : IClassFixture<DevelopmentApp>
{
    private readonly DevelopmentApp _app;

    public OpenApiDocumentTests(DevelopmentApp app) => _app = app;

    private async Task<(string Json, OpenApiDocument Document)> ReadAsync()
    {
        string json = await _app.CreateClient().GetStringAsync("/openapi/v1.json");
        ReadResult result = OpenApiDocument.Parse(json, OpenApiConstants.Json);
        Assert.Empty(result.Diagnostic?.Errors ?? new List<OpenApiError>());
        Assert.NotNull(result.Document);
        return (json, result.Document!);
    }

    [Fact]
    public async Task BuiltInEnum_IsANamedStringSchemaOfItsCodesLabelsAndSummary()
    {
        (_, OpenApiDocument document) = await ReadAsync();
        IOpenApiSchema schema = document.Components!.Schemas!["VectorPlatform"];
        ICodeTable table = CodeTables.Get<VectorPlatform>();

        Assert.Equal(JsonSchemaType.String, schema.Type);
        Assert.Equal("The vehicle that carries genetic material into the patient's cells.", schema.Description);
        Assert.Equal(table.Terms.Select(t => t.Code), schema.Enum!.Select(n => n.GetValue<string>()));
        Assert.Equal(9, schema.Enum!.Count);
        Assert.Equal(table.Terms.Select(t => t.Label), Extension(schema, "x-enum-descriptions"));
        Assert.Equal("Adeno-associated virus (AAV)", Extension(schema, "x-enum-descriptions")[0]);
        Assert.Equal(Enum.GetNames<VectorPlatform>(), Extension(schema, "x-enum-varnames"));
        Assert.False(schema.Extensions!.ContainsKey("x-enum-deprecated"));
        Assert.Null(schema.Properties is { Count: > 0 } ? schema.Properties : null);
    }

    [Fact]
    public async Task OwnSeedsEnum_MarksItsRetiredCode()
    {
        (_, OpenApiDocument document) = await ReadAsync();
        IOpenApiSchema schema = document.Components!.Schemas!["VisitKind"];

        Assert.Equal(JsonSchemaType.String, schema.Type);
        Assert.Equal("How a follow-up visit takes place.", schema.Description);
        Assert.Equal(new[] { "on-site", "remote", "phone" }, schema.Enum!.Select(n => n.GetValue<string>()));
        Assert.Equal(new[] { "On site", "Remote", "Telephone" }, Extension(schema, "x-enum-descriptions"));
        Assert.Equal(new[] { "phone" }, Extension(schema, "x-enum-deprecated"));
    }

    [Theory]
    [InlineData("/minimal/vectors/{vector}", "vector", "path", "VectorPlatform")]
    [InlineData("/mvc/vectors/{vector}", "vector", "path", "VectorPlatform")]
    [InlineData("/minimal/vectors", "vector", "query", "VectorPlatform")]
    [InlineData("/mvc/vectors", "vector", "query", "VectorPlatform")]
    [InlineData("/minimal/visits", "X-Visit-Kind", "header", "VisitKind")]
    [InlineData("/mvc/visits", "X-Visit-Kind", "header", "VisitKind")]
    [InlineData("/minimal/visits/{kind}", "then", "query", "VisitKind")]
    public async Task Parameters_ReferenceTheVocabularySchema(string path, string name, string location, string schemaId)
    {
        (string json, _) = await ReadAsync();
        JsonNode parameter = Operation(json, path, "get")["parameters"]!.AsArray()
            .Single(p => (string?)p!["name"] == name && (string?)p["in"] == location)!;
        Assert.Equal("#/components/schemas/" + schemaId, Reference(parameter["schema"]!));
    }

    [Theory]
    [InlineData("/minimal/vector-lists")]
    [InlineData("/mvc/vector-lists")]
    public async Task ArrayParameters_AreArraysOfTheVocabularySchema(string path)
    {
        (string json, _) = await ReadAsync();
        JsonNode schema = Operation(json, path, "get")["parameters"]!.AsArray().Single(p => (string?)p!["name"] == "vector")!["schema"]!;
        Assert.Equal("array", (string?)schema["type"]);
        Assert.Equal("#/components/schemas/VectorPlatform", Reference(schema["items"]!));
    }

    [Theory]
    [InlineData("/minimal/candidates")]
    [InlineData("/mvc/candidates")]
    public async Task Bodies_ReferenceTheVocabularySchema(string path)
    {
        (string json, OpenApiDocument document) = await ReadAsync();
        Assert.NotNull(Operation(json, path, "post")["requestBody"]);
        IOpenApiSchema candidate = document.Components!.Schemas!["Candidate"];
        Assert.Equal("VectorPlatform", ((OpenApiSchemaReference)candidate.Properties!["vector"]).Reference.Id);
        JsonNode visit = JsonNode.Parse(json)!["components"]!["schemas"]!["Candidate"]!["properties"]!["visit"]!;
        Assert.Contains("#/components/schemas/VisitKind", visit.ToJsonString());
    }

    private static JsonNode Operation(string json, string path, string method)
        => JsonNode.Parse(json)!["paths"]![path]![method]!;

    // A reference may stand alone or (for a nullable value) inside oneOf/anyOf next to {"type":"null"}.
    private static string? Reference(JsonNode schema)
        => (string?)schema["$ref"]
            ?? (schema["oneOf"] ?? schema["anyOf"])?.AsArray().Select(s => (string?)s!["$ref"]).Single(r => r is not null);

    private static string[] Extension(IOpenApiSchema schema, string name)
    {
        Assert.True(schema.Extensions!.TryGetValue(name, out IOpenApiExtension? extension), name + " missing");
        return ((JsonNodeExtension)extension!).Node.AsArray().Select(n => n!.GetValue<string>()).ToArray();
    }
}
