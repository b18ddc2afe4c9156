using Clinic.Web;
using GeneTherapy.Domain;
using GeneTherapy.Domain.AspNetCore;
using GeneTherapy.Domain.AspNetCore.TestApp;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;

WebApplicationBuilder builder = WebApplication.CreateBuilder(args);
builder.Services.AddGeneTherapyDomain();
builder.Services.AddControllers();
builder.Services.AddOpenApi(options => options.AddGeneTherapyDomainSchemas());

WebApplication app = builder.Build();
app.MapOpenApi();
app.MapControllers();

RouteGroupBuilder minimal = app.MapGroup("/minimal");
minimal.MapGet("/vectors/{vector}", (Code<VectorPlatform> vector) => Bound.Of(vector.Value));
minimal.MapGet("/vectors", (Code<VectorPlatform>? vector) => vector is { } v ? Bound.Of(v.Value) : Bound.None);
minimal.MapGet("/vector-lists", (Code<VectorPlatform>[] vector) => Bound.Of(vector.Select(v => v.Value).ToArray()));
minimal.MapGet("/visits", ([FromHeader(Name = "X-Visit-Kind")] Code<VisitKind> kind) => Bound.Of(kind.Value));
minimal.MapGet("/visits/{kind}", ([FromRoute] Code<VisitKind> kind, [FromQuery(Name = "then")] Code<VisitKind>? next) =>
    next is { } n ? Bound.Of(kind.Value, n.Value) : Bound.Of(kind.Value));
minimal.MapPost("/candidates", (Candidate candidate) => candidate);

app.Run();

namespace GeneTherapy.Domain.AspNetCore.TestApp
{
    /// <summary>What an endpoint bound: each value's code, so the tests see the members, not the strings they sent.</summary>
    public sealed record Bound(IReadOnlyList<string> Codes)
    {
        public static Bound None { get; } = new(Array.Empty<string>());

        public static Bound Of<TEnum>(params TEnum[] values)
            where TEnum : struct, Enum
            => new(values.Select(v => CodeTables.Get<TEnum>().ToCode(v)).ToArray());
    }

    /// <summary>A request body with vocabulary properties (the JSON converters read and write codes).</summary>
    public sealed record Candidate(string Name, VectorPlatform Vector, VisitKind? Visit);

    [ApiController]
    [Route("mvc")]
    public sealed class VocabularyController : ControllerBase
    {
        [HttpGet("vectors/{vector}")]
        public Bound Route(VectorPlatform vector) => Bound.Of(vector);

        [HttpGet("vectors")]
        public Bound Query(VectorPlatform? vector) => vector is { } v ? Bound.Of(v) : Bound.None;

        [HttpGet("vector-lists")]
        public Bound Array([FromQuery] VectorPlatform[] vector) => Bound.Of(vector);

        [HttpGet("visits")]
        public Bound Header([FromHeader(Name = "X-Visit-Kind")] VisitKind kind) => Bound.Of(kind);

        [HttpPost("candidates")]
        public Candidate Body(Candidate candidate) => candidate;
    }
}

/// <summary>The entry point, for WebApplicationFactory.</summary>
public partial class Program
{
}
