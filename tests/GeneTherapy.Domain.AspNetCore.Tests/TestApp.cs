using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Xunit;

namespace GeneTherapy.Domain.AspNetCore.Tests;

// Any type of the app's assembly names it: both apps' top-level Program classes are public (.NET 10), so neither is usable by name.

/// <summary>The test app in Development (the framework throws on a failed binding; the developer page filter answers).</summary>
public sealed class DevelopmentApp : WebApplicationFactory<GeneTherapy.Domain.AspNetCore.TestApp.Bound>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder) => builder.UseEnvironment("Development");
}

/// <summary>The test app in Production (the framework returns an empty 400; the middleware writes the body).</summary>
public sealed class ProductionApp : WebApplicationFactory<GeneTherapy.Domain.AspNetCore.TestApp.Bound>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder) => builder.UseEnvironment("Production");
}

/// <summary>A response read whole: status, content type, body and the Deprecated-Code header items.</summary>
public sealed record Answer(HttpStatusCode Status, string? ContentType, string Body, IReadOnlyList<string> DeprecatedCodes)
{
    public static async Task<Answer> GetAsync(HttpClient client, string path, params (string Name, string Value)[] headers)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        foreach ((string name, string value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        using HttpResponseMessage response = await client.SendAsync(request);
        return await ReadAsync(response);
    }

    public static async Task<Answer> ReadAsync(HttpResponseMessage response)
    {
        string body = await response.Content.ReadAsStringAsync();
        IReadOnlyList<string> deprecated = response.Headers.TryGetValues("Deprecated-Code", out IEnumerable<string>? values)
            ? values.ToArray()
            : Array.Empty<string>();
        return new Answer(response.StatusCode, response.Content.Headers.ContentType?.MediaType, body, deprecated);
    }

    /// <summary>The codes an endpoint says it bound (the test app answers <c>{"codes":[...]}</c>).</summary>
    public IReadOnlyList<string> Codes()
    {
        Assert.True(Status == HttpStatusCode.OK, $"{Status}: {Body}");
        using JsonDocument json = JsonDocument.Parse(Body);
        return json.RootElement.GetProperty("codes").EnumerateArray().Select(c => c.GetString()!).ToArray();
    }
}
