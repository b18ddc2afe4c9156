using GeneTherapy.Domain.Rules;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace GeneTherapy.Domain.Registry;

/// <summary>What follow-up a participant owes for one enrolment, until when, and under which instrument.</summary>
public sealed record FollowUpOwed(
    string Cohort, string Product, string Brand, Jurisdiction Jurisdiction, DateOnly EnrolledOn,
    int? Years, DateOnly? Until, bool RiskBased, string Requirement, string Instrument, string InstrumentTitle,
    string Reason, bool Verified);

public static class FollowUpEndpoints
{
    /// <summary><c>GET /participants/{participant}/follow-up</c>: one answer per enrolment, from <see cref="FollowUpRules"/>.</summary>
    public static void MapFollowUp(this IEndpointRouteBuilder app)
        => app.MapGet("/participants/{participant}/follow-up", Owed)
            .WithSummary("The long-term follow-up a participant owes for each enrolment: how many years, until when, under which instrument.");

    private static async Task<Results<Ok<FollowUpOwed[]>, NotFound>> Owed(string participant, RegistryContext db)
    {
        List<Enrolment> enrolments = await db.Enrolments
            .Where(e => e.Participant == participant)
            .OrderBy(e => e.EnrolledOn).ThenBy(e => e.Id)
            .ToListAsync();
        return enrolments.Count == 0 ? TypedResults.NotFound() : TypedResults.Ok(enrolments.Select(Answer).ToArray());
    }

    private static FollowUpOwed Answer(Enrolment enrolment)
    {
        FollowUpExpectation expectation = FollowUpRules.For(enrolment.Product);
        RegulatoryInstrument instrument = expectation.Requirement.Instruments[0];
        return new FollowUpOwed(
            enrolment.Cohort, enrolment.Product.Id, enrolment.Product.Brand, expectation.Jurisdiction, enrolment.EnrolledOn,
            expectation.Years, expectation.Years is int years ? enrolment.EnrolledOn.AddYears(years) : null, expectation.IsRiskBased,
            expectation.Requirement.Id, instrument.Citation, instrument.Title, expectation.Reason, expectation.IsVerified);
    }
}
