using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Threading.Tasks;
using GeneTherapy.Domain.AspNetCore.Binding;
using Microsoft.AspNetCore.Http;

namespace GeneTherapy.Domain.AspNetCore.Problems;

/// <summary>
/// The 400 <c>application/problem+json</c> body (RFC 9457) for a value that is not a code: the same for minimal APIs and
/// MVC. Besides <c>type</c>, <c>title</c>, <c>status</c> and <c>detail</c> it carries the extension members
/// <c>parameter</c>, <c>source</c> (<c>route</c>, <c>query</c> or <c>header</c>), <c>value</c> (as received),
/// <c>enum</c> (the vocabulary's name) and <c>validCodes</c> (the current codes, in order of value).
/// </summary>
/// <param name="Parameter">The parameter's name on the wire.</param>
/// <param name="Source">Where it came from: <c>route</c>, <c>query</c> or <c>header</c>.</param>
/// <param name="Value">The value received.</param>
/// <param name="Table">The code table of the parameter's enum.</param>
public sealed record UnknownCodeProblem(string Parameter, string Source, string Value, ICodeTable Table)
{
    /// <summary>The media type of the body.</summary>
    public const string ContentType = "application/problem+json";

    /// <summary>The problem type: a 400 Bad Request as RFC 9110 defines it (what ASP.NET Core's own 400 problems use).</summary>
    public const string Type = "https://tools.ietf.org/html/rfc9110#section-15.5.1";

    /// <summary>The problem's title.</summary>
    public const string Title = "Unknown code";

    /// <summary>What the client sent and what it should send, in one sentence.</summary>
    public string Detail => $"{Source} parameter {Parameter}: {UnknownCode.Describe(Table, Value)}";

    /// <summary>The codes the client should send instead.</summary>
    public IReadOnlyList<string> ValidCodes => UnknownCode.ValidCodes(Table);

    // Not the HTML-safe default, which would escape every non-ASCII label or code: the body is JSON for a client.
    private static readonly JsonWriterOptions s_options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes the status, the content type and the body.</summary>
    /// <param name="response">A response that has not started.</param>
    /// <returns>The write.</returns>
    public async Task WriteAsync(HttpResponse response)
    {
        response.StatusCode = StatusCodes.Status400BadRequest;
        response.ContentType = ContentType;
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            WriteJson(json);
        }

        response.ContentLength = buffer.Length;
        await response.Body.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), response.HttpContext.RequestAborted);
    }

    /// <summary>Writes the body as one JSON object (by hand, so it needs no serializer metadata under NativeAOT).</summary>
    /// <param name="json">The writer.</param>
    public void WriteJson(Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteString("type", Type);
        json.WriteString("title", Title);
        json.WriteNumber("status", StatusCodes.Status400BadRequest);
        json.WriteString("detail", Detail);
        json.WriteString("parameter", Parameter);
        json.WriteString("source", Source);
        json.WriteString("value", Value);
        json.WriteString("enum", Table.Name);
        json.WriteStartArray("validCodes");
        foreach (string code in ValidCodes)
        {
            json.WriteStringValue(code);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    internal static UnknownCodeProblem For(CodeValue value)
        => new(value.Parameter.Name, value.Parameter.SourceName, value.Value, value.Parameter.Table);
}
