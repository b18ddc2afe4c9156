using System.Net;
using System.Text.Json;
using Xunit;

namespace GeneTherapy.Domain.AspNetCore.Tests;

/// <summary>
/// An unknown code is a 400 <c>application/problem+json</c> naming the parameter, its source, the value and the valid
/// codes: the same body from minimal APIs and MVC, in Development (the framework throws) and Production (it does not).
/// </summary>
public abstract class UnknownCodeTests
{
    private readonly HttpClient _client;

    protected UnknownCodeTests(HttpClient client) => _client = client;

    [Theory]
    [InlineData("/minimal")]
    [InlineData("/mvc")]
    public async Task Header_UnknownCode_ExactProblem(string api)
    {
        Answer answer = await Answer.GetAsync(_client, api + "/visits", ("X-Visit-Kind", "video"));
        AssertProblem(answer, """
            {"type":"https://tools.ietf.org/html/rfc9110#section-15.5.1","title":"Unknown code","status":400,"detail":"header parameter X-Visit-Kind: video is not a code of VisitKind; use one of: on-site, remote.","parameter":"X-Visit-Kind","source":"header","value":"video","enum":"VisitKind","validCodes":["on-site","remote"]}
            """);
    }

    [Fact]
    public async Task Minimal_Route_UnknownCode_ExactProblem()
    {
        Answer answer = await Answer.GetAsync(_client, "/minimal/visits/Phone");
        AssertProblem(answer, """
            {"type":"https://tools.ietf.org/html/rfc9110#section-15.5.1","title":"Unknown code","status":400,"detail":"route parameter kind: Phone is not a code of VisitKind; use one of: on-site, remote.","parameter":"kind","source":"route","value":"Phone","enum":"VisitKind","validCodes":["on-site","remote"]}
            """);
    }

    [Fact]
    public async Task Minimal_NamedQuery_UnknownCode_NamesTheQueryKey()
    {
        Answer answer = await Answer.GetAsync(_client, "/minimal/visits/remote?then=2");
        AssertProblem(answer, """
            {"type":"https://tools.ietf.org/html/rfc9110#section-15.5.1","title":"Unknown code","status":400,"detail":"query parameter then: 2 is not a code of VisitKind; use one of: on-site, remote.","parameter":"then","source":"query","value":"2","enum":"VisitKind","validCodes":["on-site","remote"]}
            """);
    }

    [Theory]
    [InlineData("/minimal/vectors/retroviral", "route", "retroviral")]
    [InlineData("/mvc/vectors/retroviral", "route", "retroviral")]
    [InlineData("/minimal/vectors?vector=AAV", "query", "AAV")]
    [InlineData("/mvc/vectors?vector=AAV", "query", "AAV")]
    [InlineData("/minimal/vector-lists?vector=aav&vector=gamma", "query", "gamma")]
    [InlineData("/mvc/vector-lists?vector=aav&vector=gamma", "query", "gamma")]
    public async Task BuiltInEnum_UnknownCode_ListsItsCurrentCodes(string path, string source, string value)
    {
        Answer answer = await Answer.GetAsync(_client, path);
        string codes = string.Join(", ", CodeTables.Get<VectorPlatform>().Terms.Select(t => t.Code));
        Assert.Equal("aav, lentiviral, gamma-retroviral, adenoviral, hsv-1, plasmid, mrna, bacterial, non-viral-editing", codes);
        AssertProblem(answer,
            "{\"type\":\"https://tools.ietf.org/html/rfc9110#section-15.5.1\",\"title\":\"Unknown code\",\"status\":400,"
            + $"\"detail\":\"{source} parameter vector: {value} is not a code of VectorPlatform; use one of: {codes}.\","
            + $"\"parameter\":\"vector\",\"source\":\"{source}\",\"value\":\"{value}\",\"enum\":\"VectorPlatform\","
            + "\"validCodes\":[" + string.Join(",", codes.Split(", ").Select(c => $"\"{c}\"")) + "]}");
    }

    private static void AssertProblem(Answer answer, string expectedBody)
    {
        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("application/problem+json", answer.ContentType);
        Assert.Equal(expectedBody, answer.Body);
        using JsonDocument _ = JsonDocument.Parse(answer.Body);
    }
}

public sealed class UnknownCodeInDevelopmentTests : UnknownCodeTests, IClassFixture<DevelopmentApp>
{
    public UnknownCodeInDevelopmentTests(DevelopmentApp app)
        : base(app.CreateClient())
    {
    }
}

public sealed class UnknownCodeInProductionTests : UnknownCodeTests, IClassFixture<ProductionApp>
{
    public UnknownCodeInProductionTests(ProductionApp app)
        : base(app.CreateClient())
    {
    }
}
