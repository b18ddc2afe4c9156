using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using GeneTherapy.Domain.Registry;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.OpenApi;
using Xunit;

namespace GeneTherapy.Domain.AspNetCore.Tests;

/// <summary>
/// The registry sample on a real Kestrel server at 127.0.0.1 (a free port) with a real SQLite file: every endpoint the
/// README shows, called over TCP, and the rows checked in the file itself.
/// </summary>
public sealed class RegistrySampleTests : IAsyncLifetime
{
    private readonly string _database = Path.Combine(Path.GetTempPath(), $"gtd-registry-{Guid.NewGuid():N}.db");
    private readonly int _port = FreePort();
    private WebApplicationFactory<RegistryContext>? _app;
    private HttpClient? _client;

    public Task InitializeAsync()
    {
        _app = new WebApplicationFactory<RegistryContext>().WithWebHostBuilder(builder => builder
            .UseEnvironment("Production")
            .UseSetting("ConnectionStrings:Registry", $"Data Source={_database}"));
        _app.UseKestrel(options => options.Listen(IPAddress.Loopback, _port));
        _app.StartServer();
        _client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{_port}") };
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _client?.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        File.Delete(_database);
    }

    [Fact]
    public async Task Products_FilteredByCodes_ListsTheMatchingApprovals()
    {
        JsonArray products = (await _client!.GetFromJsonAsync<JsonArray>("/products?vector=aav&vector=lentiviral&jurisdiction=eu&status=authorised"))!;
        Assert.Equal(
            new[] { "kymriah-eu", "luxturna-eu", "libmeldy-eu", "zolgensma-eu", "abecma-eu", "breyanzi-eu", "carvykti-eu", "roctavian-eu", "upstaza-eu", "hemgenix-eu", "aucatzyl-eu", "waskyra-eu" },
            products.Select(p => (string)p!["id"]!));
        Assert.All(products, p => Assert.Equal("eu", (string)p!["jurisdiction"]!));
        Assert.All(products, p => Assert.Contains((string)p!["vector"]!, new[] { "aav", "lentiviral" }));
        Assert.Equal("2018-11-23", (string)products.Single(p => (string)p!["id"]! == "luxturna-eu")!["firstAuthorised"]!);
    }

    [Fact]
    public async Task Products_UnknownVector_IsTheProblem()
    {
        using HttpResponseMessage response = await _client!.GetAsync("/products?vector=aav&vector=retroviral");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        JsonNode problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("vector", (string)problem["parameter"]!);
        Assert.Equal("retroviral", (string)problem["value"]!);
        Assert.Equal(CodeTables.Get<VectorPlatform>().Terms.Select(t => t.Code), problem["validCodes"]!.AsArray().Select(c => (string)c!));
    }

    [Fact]
    public async Task Enrol_ThenFollowUp_AnswersFromTheRulesAndStoresCodes()
    {
        using HttpResponseMessage created = await _client!.PostAsJsonAsync("/enrolments",
            new { participant = "p-0042", cohort = "tdt-2024", product = "zynteglo-us", enrolledOn = "2024-03-01" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("/participants/p-0042/follow-up", created.Headers.Location?.OriginalString);
        Assert.Equal("""{"id":1,"participant":"p-0042","cohort":"tdt-2024","product":"zynteglo-us","brand":"Zynteglo","jurisdiction":"us","vector":"lentiviral","enrolledOn":"2024-03-01"}""",
            await created.Content.ReadAsStringAsync());
        using HttpResponseMessage second = await _client!.PostAsJsonAsync("/enrolments",
            new { participant = "p-0042", cohort = "sma-eu-2025", product = "zolgensma-eu", enrolledOn = "2025-01-15" });
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);

        JsonArray owed = (await _client!.GetFromJsonAsync<JsonArray>("/participants/p-0042/follow-up"))!;
        Assert.Equal(2, owed.Count);
        Assert.Equal(15, (int)owed[0]!["years"]!);
        Assert.Equal("2039-03-01", (string)owed[0]!["until"]!);
        Assert.Equal("us-ltfu-integrating", (string)owed[0]!["requirement"]!);
        Assert.Equal("FDA Guidance for Industry, January 2020 (Docket FDA-2018-D-2173)", (string)owed[0]!["instrument"]!);
        Assert.True((bool)owed[1]!["riskBased"]!);
        Assert.Null(owed[1]!["until"]);
        Assert.Equal("CHMP/GTWP/60436/07", (string)owed[1]!["instrument"]!);
        Assert.Equal(HttpStatusCode.NotFound, (await _client!.GetAsync("/participants/p-9999/follow-up")).StatusCode);

        // The SQLite file holds codes and catalog keys, not numbers.
        await using var connection = new SqliteConnection($"Data Source={_database}");
        await connection.OpenAsync();
        await using SqliteCommand select = connection.CreateCommand();
        select.CommandText = "SELECT Product, Jurisdiction, Vector, EnrolledOn FROM Enrolments ORDER BY Id";
        await using SqliteDataReader reader = await select.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add($"{reader.GetString(0)}|{reader.GetString(1)}|{reader.GetString(2)}|{reader.GetString(3)}");
        }

        Assert.Equal(new[] { "zynteglo-us|us|lentiviral|2024-03-01", "zolgensma-eu|eu|aav|2025-01-15" }, rows);
    }

    [Fact]
    public async Task Enrol_UnknownProductKey_IsAValidationProblem()
    {
        using HttpResponseMessage response = await _client!.PostAsJsonAsync("/enrolments",
            new { participant = "p-1", cohort = "x", product = "zynteglo", enrolledOn = "2025-01-15" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        JsonNode problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("zynteglo is not a product key of the catalog (for example zynteglo-us or luxturna-eu).", (string)problem["errors"]!["product"]![0]!);
    }

    [Fact]
    public async Task OpenApiDocument_ListsTheFilterCodes()
    {
        string json = await _client!.GetStringAsync("/openapi/v1.json");
        Microsoft.OpenApi.Reader.ReadResult result = OpenApiDocument.Parse(json, "json");
        Assert.Empty(result.Diagnostic!.Errors);
        IOpenApiSchema status = result.Document!.Components!.Schemas!["AuthorisationStatus"];
        Assert.Equal(new[] { "authorised", "withdrawn", "expired", "discontinued", "positive-opinion", "suspended" }, status.Enum!.Select(n => n.GetValue<string>()));
        JsonNode parameters = JsonNode.Parse(json)!["paths"]!["/products"]!["get"]!["parameters"]!;
        Assert.Equal("#/components/schemas/VectorPlatform", (string?)parameters[0]!["schema"]!["items"]!["$ref"]);
        Assert.Equal("#/components/schemas/Jurisdiction", (string?)parameters[1]!["schema"]!["$ref"]);
        Assert.Equal("#/components/schemas/AuthorisationStatus", (string?)parameters[2]!["schema"]!["$ref"]);
        Assert.Contains("#/components/schemas/VectorPlatform", JsonNode.Parse(json)!["components"]!["schemas"]!["EnrolmentResponse"]!.ToJsonString());
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
