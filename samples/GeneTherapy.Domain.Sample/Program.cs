using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using GeneTherapy.Domain;

// Prints the built-in vocabulary with the source of every term, then answers two questions from the
// catalogs, the way a regulatory system or a registry would use them.

PrintTerms("Product types", ProductTypeExtensions.Values, v => v.GetInfo());
PrintTerms("Mechanisms", MechanismExtensions.Values, v => v.GetInfo());
PrintTerms("Delivery", DeliveryExtensions.Values, v => v.GetInfo());
PrintTerms("Approaches", ApproachExtensions.Values, v => v.GetInfo());
PrintTerms("Disease areas", DiseaseAreaExtensions.Values, v => v.GetInfo());
PrintTerms("Applications", ApplicationTypeExtensions.Values, v => v.GetInfo());

Console.WriteLine("Which application does each stage need in the United States?");
foreach (RegulatoryRequirement requirement in RegulatoryRequirements.All.Where(r => r.Jurisdiction == Jurisdiction.UnitedStates))
{
    string application = requirement.Application is ApplicationType type ? type.GetLabel() : "no application";
    string instrument = requirement.Instrument is null ? string.Empty : $"; instrument: {requirement.Instrument.Citation}";
    Console.WriteLine($"  {requirement.Stage.GetLabel(),-24} {application}{instrument}");
    Console.WriteLine($"  {string.Empty,-24} {requirement.Statement}");
    Console.WriteLine($"  {string.Empty,-24} source: {requirement.Source}");
}

Console.WriteLine();
Console.WriteLine("Codes travel as stable strings in JSON:");
var record = new Dictionary<string, object>
{
    ["delivery"] = Delivery.ExVivo,
    ["application"] = ApplicationType.Ind,
};
Console.WriteLine("  " + JsonSerializer.Serialize(record));
Console.WriteLine("  parse \"IN-VIVO\" ignoring case: " + (DeliveryExtensions.TryParseCode("IN-VIVO", ignoreCase: true, out Delivery parsed) ? parsed.ToString() : "unknown"));

static void PrintTerms<T>(string title, IReadOnlyList<T> values, Func<T, TermInfo<T>> info)
    where T : struct, Enum
{
    Console.WriteLine(title + ":");
    foreach (T value in values)
    {
        TermInfo<T> term = info(value);
        Console.WriteLine($"  {term.Code,-26} {term.Label}");
        Console.WriteLine($"  {string.Empty,-26} source: {term.Source?.Title ?? "(none)"}");
    }

    Console.WriteLine();
}
