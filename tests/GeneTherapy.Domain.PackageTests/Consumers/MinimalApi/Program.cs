using GeneTherapy.Domain;
using GeneTherapy.Domain.AspNetCore;
using Microsoft.AspNetCore.OpenApi;

WebApplicationBuilder builder = WebApplication.CreateSlimBuilder(args);
builder.Services.AddGeneTherapyDomain();
builder.Services.AddOpenApi(options => options.AddGeneTherapyDomainSchemas());

WebApplication app = builder.Build();
app.MapOpenApi();
app.MapGet("/vectors/{vector}", (Code<VectorPlatform> vector) => $"{vector}: {vector.GetInfo().Label}");
app.MapGet("/vectors", (Code<VectorPlatform>[] vector) => string.Join(", ", vector));
app.Run();
