using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;
using GeneTherapy.Domain;
using GeneTherapy.Domain.Fhir;
using Hl7.Fhir.Model;

// dotnet run --project tools/GeneTherapy.Domain.FhirPackage -- [--out artifacts/fhir/package.tgz]
//     [--assembly path/to/YourSeeds.dll --name acme.registry --version 1.0.0 --canonical https://acme.example.org/fhir]
var options = new Dictionary<string, string>(StringComparer.Ordinal);
for (int i = 0; i + 1 < args.Length; i += 2)
{
    if (!args[i].StartsWith("--", StringComparison.Ordinal))
    {
        Console.Error.WriteLine($"Unexpected argument '{args[i]}'; options are --out, --assembly, --name, --version, --canonical.");
        return 2;
    }

    options[args[i].Substring(2)] = args[i + 1];
}

if (args.Length % 2 != 0)
{
    Console.Error.WriteLine($"Option '{args[^1]}' needs a value.");
    return 2;
}

string output = options.TryGetValue("out", out string? o) ? o : Path.Combine("artifacts", "fhir", "package.tgz");
Assembly assembly = options.TryGetValue("assembly", out string? a) ? Assembly.LoadFrom(Path.GetFullPath(a)) : typeof(VectorPlatform).Assembly;
FhirPackageManifest manifest = options.ContainsKey("name")
    ? new FhirPackageManifest(options["name"], options.TryGetValue("version", out string? v) ? v : "0.1.0", options.TryGetValue("canonical", out string? c) ? c : string.Empty)
    : FhirPackageManifest.BuiltIn;

IReadOnlyList<Resource> written = FhirPackage.Write(output, manifest, FhirPackage.TablesOf(assembly));
Console.WriteLine($"{Path.GetFullPath(output)}: {manifest.Name}#{manifest.Version}, {written.Count} resources");
return 0;
