using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Xunit;

namespace GeneTherapy.Domain.AspNetCore.Tests;

/// <summary>The test app on a real Kestrel server at 127.0.0.1 on a free port, called over TCP with a plain HttpClient.</summary>
public sealed class KestrelTests : IAsyncLifetime
{
    private readonly int _port = FreePort();
    private readonly WebApplicationFactory<GeneTherapy.Domain.AspNetCore.TestApp.Bound> _app = new ProductionApp();
    private HttpClient? _client;

    public Task InitializeAsync()
    {
        _app.UseKestrel(options => options.Listen(IPAddress.Loopback, _port));
        _app.StartServer();
        _client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{_port}") };
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _client?.Dispose();
        await _app.DisposeAsync();
    }

    [Fact]
    public async Task Kestrel_BindsByCode_MarksRetiredCodes_AndExplainsUnknownOnes()
    {
        Assert.Equal(new[] { "aav", "mrna" }, (await Answer.GetAsync(_client!, "/minimal/vector-lists?vector=aav&vector=mrna")).Codes());
        Assert.Equal(new[] { "gamma-retroviral" }, (await Answer.GetAsync(_client!, "/mvc/vectors/gamma-retroviral")).Codes());

        Answer retired = await Answer.GetAsync(_client!, "/minimal/visits", ("X-Visit-Kind", "phone"));
        Assert.Equal(new[] { "phone" }, retired.Codes());
        Assert.Equal(new[] { "\"X-Visit-Kind\";code=\"phone\";replacement=\"remote\"" }, retired.DeprecatedCodes);

        Answer unknown = await Answer.GetAsync(_client!, "/minimal/visits/video");
        Assert.Equal(HttpStatusCode.BadRequest, unknown.Status);
        Assert.Equal("application/problem+json", unknown.ContentType);
        Assert.Equal("""
            {"type":"https://tools.ietf.org/html/rfc9110#section-15.5.1","title":"Unknown code","status":400,"detail":"route parameter kind: video is not a code of VisitKind; use one of: on-site, remote.","parameter":"kind","source":"route","value":"video","enum":"VisitKind","validCodes":["on-site","remote"]}
            """, unknown.Body);
    }

    [Fact]
    public async Task Kestrel_ServesTheOpenApiDocument()
    {
        string json = await _client!.GetStringAsync("/openapi/v1.json");
        Microsoft.OpenApi.Reader.ReadResult result = Microsoft.OpenApi.OpenApiDocument.Parse(json, "json");
        Assert.Empty(result.Diagnostic!.Errors);
        Assert.Equal(new[] { "Bound", "Candidate", "VectorPlatform", "VisitKind" }, result.Document!.Components!.Schemas!.Keys.Order(StringComparer.Ordinal));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
