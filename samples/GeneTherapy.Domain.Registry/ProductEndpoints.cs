using GeneTherapy.Domain.AspNetCore;
using GeneTherapy.Domain.Rules;

namespace GeneTherapy.Domain.Registry;

/// <summary>An approved product as the registry lists it.</summary>
public sealed record ProductSummary(
    string Id, string Brand, string Substance, Jurisdiction Jurisdiction, VectorPlatform? Vector,
    AuthorisationStatus Status, string? FirstAuthorised, bool? AuthorisedNow);

public static class ProductEndpoints
{
    /// <summary><c>GET /products?vector=aav&amp;vector=lentiviral&amp;jurisdiction=eu&amp;status=authorised</c>: every filter optional, by code.</summary>
    public static void MapProducts(this IEndpointRouteBuilder app)
        => app.MapGet("/products", (Code<VectorPlatform>[] vector, Code<Jurisdiction>? jurisdiction, Code<AuthorisationStatus>? status)
            => MarketingAuthorisations.All
                .Where(a => vector.Length == 0 || (a.Product.Substance.Vector is VectorPlatform v && vector.Any(c => c.Value == v)))
                .Where(a => jurisdiction is null || a.Product.Jurisdiction == jurisdiction.Value.Value)
                .Where(a => status is null || a.Status == status.Value.Value)
                .OrderBy(a => a.Product.Jurisdiction).ThenBy(a => a.Year).ThenBy(a => a.Product.Brand, StringComparer.Ordinal)
                .Select(Summarise)
                .ToArray())
            .WithSummary("Approved gene therapies, filtered by vector platform, jurisdiction and authorisation status (codes).");

    private static ProductSummary Summarise(MarketingAuthorisation authorisation) => new(
        authorisation.Product.Id, authorisation.Product.Brand, authorisation.Product.Substance.Name,
        authorisation.Product.Jurisdiction, authorisation.Product.Substance.Vector, authorisation.Status,
        FirstAuthorised(authorisation), AuthorisationRules.IsCurrentlyAuthorised(authorisation.Product).IsAuthorised);

    // As precise as the fact base is: a day, a month or only a year.
    private static string? FirstAuthorised(MarketingAuthorisation a) => a switch
    {
        { Date: DateTime date } => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        { Year: int year, Month: int month } => $"{year:D4}-{month:D2}",
        { Year: int year } => year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture),
        _ => null,
    };
}
