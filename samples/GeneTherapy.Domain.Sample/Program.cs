using System.Globalization;
using System.Text.Json;
using GeneTherapy.Domain;
using GeneTherapy.Domain.Rules;
using Registry.Sample;
using BuiltInSources = GeneTherapy.Domain.Sources;
using RegistrySources = Registry.Sample.Sources;

// Answers questions a regulatory information system or a long-term follow-up registry asks, each with its citation:
// 1-3 and 5 from the package's built-in catalogs and rules, 4 from this sample's own seed (registry.seed.json), whose
// entries name built-in codes and keys. Values the fact base did not verify are marked "(unverified)"; nothing
// unverified is printed as if it were settled.

Console.WriteLine($"Catalog: {Products.All.Count(p => p.Jurisdiction == Jurisdiction.UnitedStates)} US and "
    + $"{Products.All.Count(p => p.Jurisdiction == Jurisdiction.EuropeanUnion)} EU products, "
    + $"{ActiveSubstances.All.Count} active substances, {RegulatoryRequirements.All.Count} requirements, "
    + $"{RegulatoryInstruments.All.Count} instruments, {BuiltInSources.All.Count} sources.");
Console.WriteLine($"Content current to {Day(Content.CurrentTo)}; {CitedFacts.Official.Count} of {CitedFacts.All.Count(f => f.Sources.Count > 0)} cited facts "
    + "rest on a regulator's page or the text of a law.");
Console.WriteLine($"Sample registry (registry.seed.json): {Sites.All.Count} sites, {Cohorts.All.Count} cohorts, "
    + $"{SchedulePhases.All.Count} schedule phases, {RegistrySources.All.Count} source of its own.");
Console.WriteLine();

// 1. Which AAV products are approved in the EU, and since when?
Console.WriteLine("1. Which AAV products are approved in the EU, and since when?");
var aavInEu = MarketingAuthorisations.All
    .Where(a => a.Product.Jurisdiction == Jurisdiction.EuropeanUnion
        && a.Product.Substance.Vector == VectorPlatform.AdenoAssociatedVirus)
    .OrderBy(a => a.Year);
foreach (MarketingAuthorisation a in aavInEu)
{
    Console.WriteLine($"   {a.Product.Brand,-11} since {FirstApproval(a),-24} {a.Status.GetLabel()}, {Currently(a.Product)}");
    Console.WriteLine($"   {"",-11} source: {Cite(a.Source)}");
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
Console.WriteLine($"   source: {Cite(ind.Source)}");
Console.WriteLine();

// 3. How long is follow-up for a genome-edited product in the US?
Console.WriteLine("3. How long is follow-up for a genome-edited product in the US?");
foreach (Product product in Products.All.Where(p => p.Jurisdiction == Jurisdiction.UnitedStates && p.Substance.Approach == Approach.GenomeEditing))
{
    FollowUpExpectation followUp = FollowUpRules.For(product);
    Console.WriteLine($"   {product.Brand}: {Length(followUp)}");
    Console.WriteLine($"   why: {followUp.Reason}");
    Console.WriteLine($"   rests on: {string.Join("; ", followUp.Requirement.Instruments.Select(i => i.Citation))}");
    Console.WriteLine($"   source: {Cite(followUp.Requirement.Source)}");
}

Console.WriteLine();

// 4. The registry's own data: each cohort names a built-in product and instrument by key; the rules say what
// follow-up that product needs, the registry's schedule phases say how it is carried out.
Console.WriteLine("4. What follow-up does each cohort of the sample registry owe, and does its protocol cite the right instrument?");
Console.WriteLine($"   Sites, cohorts, dates and protocols are illustrative: {Cite(RegistrySources.SampleRegistry)}");
foreach (Cohort cohort in Cohorts.All)
{
    Product product = cohort.Product;
    FollowUpExpectation followUp = FollowUpRules.For(product);
    string vector = product.Substance.Vector?.GetLabel() ?? "vector not recorded";
    string statuses = string.Join(", ", MarketingAuthorisations.All.Where(a => a.Product.Equals(product)).Select(a => a.Status.GetLabel()));
    Console.WriteLine($"   {cohort.Id}: {product.Brand} ({product.Jurisdiction.GetLabel()}, {vector}) at {cohort.Site.Name}, first dose {Day(cohort.FirstDose)}");
    Console.WriteLine($"      product: {statuses}, {Currently(product)}");

    string end = followUp.Years is int years ? $" from each dose; for the first participant, until {Day(cohort.FirstDose.AddYears(years))}" : "";
    Console.WriteLine($"      follow-up: {Length(followUp)}{end}");

    List<SchedulePhase> phases = SchedulePhases.All.Where(p => p.Requirement.Equals(followUp.Requirement)).OrderBy(p => p.FromYear).ToList();
    if (phases.Count > 0)
    {
        Console.WriteLine($"      schedule: {string.Join(", then ", phases.Select(p => $"years {p.FromYear}-{p.ToYear} {p.Contact.GetLabel()}"))}");
        foreach (Source source in phases.Select(p => p.Source!).Distinct())
        {
            Console.WriteLine($"         source: {Cite(source)}");
        }
    }
    else if (followUp.Years is not null)
    {
        Console.WriteLine("      schedule: the registry records no yearly contact pattern for this requirement");
    }

    // The registry keeps the instrument its protocol cites; the rule says which instruments the follow-up rests on.
    bool protocolMatches = followUp.Requirement.Instruments.Contains(cohort.Protocol);
    string ruleCitations = string.Join("; ", followUp.Requirement.Instruments.Select(i => i.Citation));
    Console.WriteLine(protocolMatches
        ? $"      rests on: {ruleCitations} ({followUp.Requirement.Id}); the protocol cites it"
        : $"      rests on: {ruleCitations} ({followUp.Requirement.Id}); the protocol cites {cohort.Protocol.Citation} instead: review it");

    // The catalog keeps what it could not verify, so the gap is visible; the rules never use it.
    if (product.Jurisdiction == Jurisdiction.UnitedStates && product.Substance.Vector == VectorPlatform.AdenoAssociatedVirus)
    {
        RegulatoryRequirement aav = RegulatoryRequirements.UsLtfuAav;
        Console.WriteLine($"      not used: \"{aav.Statement}\" ({aav.Id}, {aav.Verification.GetLabel().ToLowerInvariant()})");
    }
}

Console.WriteLine();
// 5. Authorisations change hands and labels change: the catalog keeps dated events and answers as of a day.
Console.WriteLine("5. Who held Strimvelis, and what has happened to US and EU authorisations since 2025 (first approvals aside)?");
foreach (string day in new[] { "2017-01-01", "2023-01-01", "2024-01-01" })
{
    HolderAnswer holder = AuthorisationRules.HolderOn(Products.StrimvelisEu, DateTime.Parse(day, CultureInfo.InvariantCulture));
    Console.WriteLine($"   Strimvelis holder on {day}: {holder.Holder}{(holder.IsVerified ? "" : " (date of transfer unverified)")}");
}

DateTime since = new(2025, 1, 1);
foreach (AuthorisationEvent e in Products.All.SelectMany(p => AuthorisationRules.EventsSince(p, since)).Where(e => e.Kind != AuthorisationEventKind.Granted).OrderBy(e => e.EarliestDay))
{
    string when = e.Date is DateTime date ? Day(date)
        : e.Month is int month ? string.Format(CultureInfo.InvariantCulture, "{0}-{1:00}", e.Year, month)
        : e.Year.ToString(CultureInfo.InvariantCulture);
    string kind = e.Source?.Kind is SourceKind k ? k.ToString().ToLowerInvariant() : "ungraded";
    Console.WriteLine($"   {when,-10} {e.Authorisation.Product.Brand,-10} {e.Authorisation.Product.Jurisdiction.ToCode()} {e.Kind.GetLabel()} ({kind} source)");
}

Console.WriteLine();
// 6. Retired terms: data written before a term was retired still reads, and says what replaces it.
Console.WriteLine("6. What do old records that use retired terms mean now?");
var oldExport = JsonSerializer.Deserialize<Dictionary<string, Contact>>("{\"2019\": \"visit\"}")!;
TermInfo<Contact> visit = oldExport["2019"].GetInfo();
Console.WriteLine($"   an export from 2019 says \"{visit.Code}\": {visit.Label}, deprecated ({visit.DeprecationReason}); "
    + $"now \"{visit.ReplacedBy!.Value.ToCode()}\" ({visit.ReplacedBy.Value.GetLabel()})");
const string storedKey = "fda-delayed-adverse-events-guidance-2006";   // e.g. a protocol record from 2010
if (RegulatoryInstruments.TryGet(storedKey, out RegulatoryInstrument? cited)
    && RegulatoryInstruments.IsDeprecated(storedKey, out string? why, out RegulatoryInstrument? instead))
{
    Console.WriteLine($"   a protocol citing {cited.Citation} ({cited.Title}): {why}");
    Console.WriteLine($"   cite instead: {instead!.Citation} ({instead.Title})");
    Console.WriteLine($"   source: {Cite(cited.Source)}");
}

Console.WriteLine();
Console.WriteLine("Codes travel as stable strings in JSON:");
Console.WriteLine("   " + JsonSerializer.Serialize(new { vector = VectorPlatform.Lentiviral, application = ApplicationType.Ind, status = AuthorisationStatus.Withdrawn }));
Console.WriteLine("   " + JsonSerializer.Serialize(new { jurisdiction = Sites.SiteEu1.Jurisdiction, contact = Contact.Query }));

static string FirstApproval(MarketingAuthorisation a)
{
    string when = a.Date is DateTime date ? Day(date)
        : a.Month is int month ? string.Format(CultureInfo.InvariantCulture, "{0}-{1:00}", a.Year, month)
        : a.Year is int year ? year.ToString(CultureInfo.InvariantCulture)
        : "no decision seen";
    bool verified = a.Date is not null ? a.IsVerified(nameof(MarketingAuthorisation.Date)) : a.IsVerified(nameof(MarketingAuthorisation.Year));
    return verified ? when : when + " (unverified)";
}

static string Currently(Product product)
{
    AuthorisationCheck now = AuthorisationRules.IsCurrentlyAuthorised(product);
    string answer = now.IsAuthorised switch { true => "authorised now", false => "not authorised now", null => "current status unknown" };
    return now.IsVerified ? answer : answer + " (unverified)";
}

static string Length(FollowUpExpectation followUp)
{
    string bound = followUp.Bound switch { DurationBound.UpTo => "up to ", DurationBound.AtLeast => "at least ", _ => "" };
    string length = followUp.Years is int years ? $"{bound}{years} years" : "no fixed length (risk-based)";
    return followUp.IsVerified ? length : length + " (unverified)";
}

static string Day(DateTime date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

static string Cite(Source? source) =>
    source is null ? "no source recorded" : source.Url is null ? source.Title : $"{source.Title} <{source.Url}>";
