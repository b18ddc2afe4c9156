using System.Net;
using Clinic.Web;
using Xunit;

namespace GeneTherapy.Domain.AspNetCore.Tests;

/// <summary>
/// Every binding source by code, in minimal APIs (<c>Code&lt;TEnum&gt;</c>) and MVC (the enum itself), with a built-in
/// enum and the test app's own seed's enum: route, query, nullable, array, header, and a retired code.
/// </summary>
public sealed class BindingTests : IClassFixture<DevelopmentApp>
{
    private readonly HttpClient _client;

    public BindingTests(DevelopmentApp app) => _client = app.CreateClient();

    [Theory]
    [InlineData("/minimal")]
    [InlineData("/mvc")]
    public async Task Route_ByCode_BindsTheMember(string api)
    {
        Answer answer = await Answer.GetAsync(_client, api + "/vectors/gamma-retroviral");
        Assert.Equal(new[] { "gamma-retroviral" }, answer.Codes());
        Assert.Empty(answer.DeprecatedCodes);
    }

    [Theory]
    [InlineData("/minimal")]
    [InlineData("/mvc")]
    public async Task Route_ByMemberName_IsNotACode(string api)
    {
        Answer answer = await Answer.GetAsync(_client, api + "/vectors/GammaRetroviral");
        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Contains("\"value\":\"GammaRetroviral\"", answer.Body);
    }

    [Theory]
    [InlineData("/minimal")]
    [InlineData("/mvc")]
    public async Task Query_Nullable_BindsACodeAndNullWhenAbsent(string api)
    {
        Assert.Equal(new[] { "hsv-1" }, (await Answer.GetAsync(_client, api + "/vectors?vector=hsv-1")).Codes());
        Assert.Empty((await Answer.GetAsync(_client, api + "/vectors")).Codes());
    }

    [Theory]
    [InlineData("/minimal")]
    [InlineData("/mvc")]
    public async Task Query_Array_BindsEveryCodeInOrder(string api)
    {
        Answer answer = await Answer.GetAsync(_client, api + "/vector-lists?vector=lentiviral&vector=aav&vector=non-viral-editing");
        Assert.Equal(new[] { "lentiviral", "aav", "non-viral-editing" }, answer.Codes());
    }

    [Theory]
    [InlineData("/minimal")]
    [InlineData("/mvc")]
    public async Task Header_OwnSeedsEnum_BindsByCode(string api)
    {
        Answer answer = await Answer.GetAsync(_client, api + "/visits", ("X-Visit-Kind", "on-site"));
        Assert.Equal(new[] { "on-site" }, answer.Codes());
    }

    [Theory]
    [InlineData("/minimal")]
    [InlineData("/mvc")]
    public async Task Header_RetiredCode_BindsAndTheResponseSaysSo(string api)
    {
        Answer answer = await Answer.GetAsync(_client, api + "/visits", ("X-Visit-Kind", "phone"));
        Assert.Equal(new[] { "phone" }, answer.Codes());
        Assert.Equal(new[] { "\"X-Visit-Kind\";code=\"phone\";replacement=\"remote\"" }, answer.DeprecatedCodes);
        Assert.True(CodeTables.Get<VisitKind>().TryGetByCode("phone", out ICodeTerm? term) && term.IsDeprecated);
    }

    [Fact]
    public async Task Minimal_RouteAndNamedQuery_RetiredCodeInBoth_OneHeaderItemPerParameter()
    {
        Answer answer = await Answer.GetAsync(_client, "/minimal/visits/phone?then=phone");
        Assert.Equal(new[] { "phone", "phone" }, answer.Codes());
        Assert.Equal(
            new[] { "\"kind\";code=\"phone\";replacement=\"remote\"", "\"then\";code=\"phone\";replacement=\"remote\"" },
            answer.DeprecatedCodes);
    }

    [Fact]
    public async Task Minimal_CurrentCodes_NoDeprecationHeader()
    {
        Answer answer = await Answer.GetAsync(_client, "/minimal/visits/remote?then=on-site");
        Assert.Equal(new[] { "remote", "on-site" }, answer.Codes());
        Assert.Empty(answer.DeprecatedCodes);
    }

    [Theory]
    [InlineData("/minimal")]
    [InlineData("/mvc")]
    public async Task Body_VocabularyProperties_AreCodes(string api)
    {
        using var content = new StringContent("""{"name":"acme-101","vector":"aav","visit":"remote"}""", System.Text.Encoding.UTF8, "application/json");
        using HttpResponseMessage response = await _client.PostAsync(api + "/candidates", content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"name":"acme-101","vector":"aav","visit":"remote"}""", await response.Content.ReadAsStringAsync());
    }
}
