using Microsoft.AspNetCore.Http.HttpResults;

namespace GeneTherapy.Domain.Registry;

/// <summary>An enrolment to record: who, in which cohort, on which product (its catalog key), since when.</summary>
public sealed record EnrolmentRequest(string Participant, string Cohort, string Product, DateOnly EnrolledOn);

/// <summary>A recorded enrolment.</summary>
public sealed record EnrolmentResponse(
    int Id, string Participant, string Cohort, string Product, string Brand, Jurisdiction Jurisdiction, VectorPlatform? Vector, DateOnly EnrolledOn);

public static class EnrolmentEndpoints
{
    /// <summary><c>POST /enrolments</c>: enrols a participant in a cohort for an approved product.</summary>
    public static void MapEnrolments(this IEndpointRouteBuilder app)
        => app.MapPost("/enrolments", Enrol)
            .WithSummary("Enrols a participant in a cohort for a product, given by its catalog key (for example zynteglo-us).");

    private static async Task<Results<Created<EnrolmentResponse>, ValidationProblem>> Enrol(EnrolmentRequest request, RegistryContext db)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(request.Participant))
        {
            errors["participant"] = new[] { "A participant id is required." };
        }

        if (string.IsNullOrWhiteSpace(request.Cohort))
        {
            errors["cohort"] = new[] { "A cohort name is required." };
        }

        if (!Products.TryGet(request.Product, out Product? product))
        {
            errors["product"] = new[] { $"{request.Product} is not a product key of the catalog (for example zynteglo-us or luxturna-eu)." };
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var enrolment = new Enrolment
        {
            Participant = request.Participant,
            Cohort = request.Cohort,
            Product = product!,
            Jurisdiction = product!.Jurisdiction,
            Vector = product.Substance.Vector,
            EnrolledOn = request.EnrolledOn,
        };
        db.Enrolments.Add(enrolment);
        await db.SaveChangesAsync();

        var response = new EnrolmentResponse(enrolment.Id, enrolment.Participant, enrolment.Cohort, product.Id, product.Brand,
            enrolment.Jurisdiction, enrolment.Vector, enrolment.EnrolledOn);
        return TypedResults.Created($"/participants/{Uri.EscapeDataString(enrolment.Participant)}/follow-up", response);
    }
}
