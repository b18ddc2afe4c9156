using Acme.Pipeline;
using GeneTherapy.Domain;
using GeneTherapy.Domain.Rules;

// A consumer's own seed (pipeline.seed.json) names built-in codes ("aav", "us") and a built-in instrument by key.
Candidate candidate = Candidates.Acme101;
Console.WriteLine($"{candidate.Id}: {candidate.Vector.GetLabel()} in {candidate.Jurisdiction.ToCode()}, rests on {candidate.Instrument.Citation}");
Console.WriteLine($"next application: {ApplicationRules.RequiredApplication(candidate.Stage, candidate.Jurisdiction)!.Application.ToCode()}");
Console.WriteLine($"cited: {candidate.Source!.Title}");

// The built-in catalogs and rules.
if (Products.TryGet("zolgensma-eu", out Product? zolgensma))
{
    Console.WriteLine($"{zolgensma.Brand}: {zolgensma.Substance.Vector?.ToCode()}, authorised {MarketingAuthorisations.ZolgensmaEu.Year}");
}

Console.WriteLine($"follow-up for Casgevy in the US: {FollowUpRules.For(Products.CasgevyUs).Years} years");
Console.WriteLine($"built-in products: {Products.All.Count}");

// Code tables: found from a type alone (as EF Core does), no reflection, NativeAOT included.
ICodeTable vectors = CodeTables.Get(typeof(VectorPlatform));
Console.WriteLine($"code table: {vectors.Name}, {vectors.Terms.Count} codes, longest {vectors.MaxCodeLength}");
Console.WriteLine($"DayOfWeek has a code table: {CodeTables.TryGet(typeof(DayOfWeek), out _)}"); // a miss runs the module's initializer first
