using GeneTherapy.Domain.Registry;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.EntityFrameworkCore;

WebApplicationBuilder builder = WebApplication.CreateBuilder(args);
builder.Services.AddGeneTherapyDomain();                                           // bind vocabulary parameters by code
builder.Services.AddOpenApi(options => options.AddGeneTherapyDomainSchemas());     // and list the codes in the document
builder.Services.AddDbContext<RegistryContext>(options =>
    options.UseSqlite(builder.Configuration.GetConnectionString("Registry") ?? "Data Source=registry.db"));

WebApplication app = builder.Build();
using (IServiceScope scope = app.Services.CreateScope())
{
    scope.ServiceProvider.GetRequiredService<RegistryContext>().Database.EnsureCreated();
}

app.MapOpenApi();
app.MapProducts();
app.MapEnrolments();
app.MapFollowUp();
app.Run();
