using System;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using GeneTherapy.Domain;
using GeneTherapy.Domain.Rules;

// Answers three questions from the built-in catalogs, each with its citation, the way a regulatory
// information system or a follow-up registry would ask them. Values the fact base did not verify are
// marked "(unverified)"; nothing unverified is printed as if it were settled.

Console.WriteLine($"Catalog: {Products.All.Count(p => p.Jurisdiction == Jurisdiction.UnitedStates)} US and "
    + $"{Products.All.Count(p => p.Jurisdiction == Jurisdiction.EuropeanUnion)} EU products, "
    + $"{ActiveSubstances.All.Count} active substances, {RegulatoryRequirements.All.Count} requirements, "
    + $"{RegulatoryInstruments.All.Count} instruments, {Sources.All.Count} sources.");
Console.WriteLine();

// 1. Which AAV products are approved in the EU, and since when?
Console.WriteLine("1. Which AAV products are approved in the EU, and since when?");
var aavInEu = MarketingAuthorisations.All
    .Where(a => a.Product.Jurisdiction == Jurisdiction.EuropeanUnion
        && a.Product.Substance.Vector == VectorPlatform.AdenoAssociatedVirus)
    .OrderBy(a => a.Year);
foreach (MarketingAuthorisation a in aavInEu)
{
    AuthorisationCheck now = AuthorisationRules.IsCurrentlyAuthorised(a.Product);
    string current = now.IsAuthorised switch { true => "authorised now", false => "not authorised now", null => "current status unknown" };
    Console.WriteLine($"   {a.Product.Brand,-11} since {FirstApproval(a),-24} {a.Status.GetLabel()}, {current}{(now.IsVerified ? "" : " (unverified)")}");
    Console.WriteLine($"   {"",-11} source: {a.Source!.Title} <{a.Source.Url}>");
}

Console.WriteLine();

// 2. Which instrument requires an IND?
Console.WriteLine("2. Which instrument requires an IND?");
foreach (RegulatoryInstrument instrument in ApplicationRules.InstrumentsRequiring(ApplicationType.Ind))
{
    string force = instrument.Kind.IsBinding() ? "binding" : "not binding";
    Console.WriteLine($"   {instrument.Citation} ({instrument.Kind.GetLabel()}, {force}): {instrument.Title}");
}

RegulatoryRequirement ind = ApplicationRules.RequiredApplication(LifecycleStage.ClinicalInvestigation, Jurisdiction.UnitedStates)!.Requirements[0];
Console.WriteLine($"   {ind.Statement}");
Console.WriteLine($"   source: {ind.Source!.Title} <{ind.Source.Url}>");
Console.WriteLine();

// 3. How long is follow-up for a genome-edited product in the US?
Console.WriteLine("3. How long is follow-up for a genome-edited product in the US?");
foreach (Product product in Products.All.Where(p => p.Jurisdiction == Jurisdiction.UnitedStates && p.Substance.Approach == Approach.GenomeEditing))
{
    FollowUpExpectation followUp = FollowUpRules.For(product);
    string years = followUp.Years is int y ? $"{y} years" : "no fixed length (risk-based)";
    Console.WriteLine($"   {product.Brand}: {years}{(followUp.IsVerified ? "" : " (unverified)")}");
    Console.WriteLine($"   why: {followUp.Reason}");
    Console.WriteLine($"   rests on: {string.Join("; ", followUp.Requirement.Instruments.Select(i => i.Citation))}");
    Console.WriteLine($"   source: {followUp.Requirement.Source!.Title} <{followUp.Requirement.Source.Url}>");
}

Console.WriteLine();
Console.WriteLine("Codes travel as stable strings in JSON:");
Console.WriteLine("   " + JsonSerializer.Serialize(new { vector = VectorPlatform.Lentiviral, application = ApplicationType.Ind, status = AuthorisationStatus.Withdrawn }));

static string FirstApproval(MarketingAuthorisation a)
{
    string when = a.Date is DateTime date ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
        : a.Month is int month ? string.Format(CultureInfo.InvariantCulture, "{0}-{1:00}", a.Year, month)
        : a.Year is int year ? year.ToString(CultureInfo.InvariantCulture)
        : "no decision seen";
    bool verified = a.Date is not null ? a.IsVerified(nameof(MarketingAuthorisation.Date)) : a.IsVerified(nameof(MarketingAuthorisation.Year));
    return verified ? when : when + " (unverified)";
}
