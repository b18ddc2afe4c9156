using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Xunit;

namespace GeneTherapy.Domain.PackageTests;

/// <summary>
/// The package as a user gets it: packed, pushed to a folder feed, restored by fresh consumer projects.
/// Slow (a few minutes): run only the fast tests with <c>dotnet test GeneTherapy.Domain.sln --filter "Category!=Package"</c>.
/// </summary>
[Trait("Category", "Package")]
public sealed partial class PackageTests : IClassFixture<PackageFixture>
{
    private static readonly TimeSpan s_buildTimeout = TimeSpan.FromMinutes(10);
    private readonly PackageFixture _package;

    public PackageTests(PackageFixture package) => _package = package;

    [Fact]
    public void Pack_ProducesTheDocumentedLayoutWithoutWarnings()
    {
        Assert.DoesNotContain(": warning ", _package.PackResult.Output);

        using ZipArchive zip = ZipFile.OpenRead(_package.PackagePath);
        HashSet<string> entries = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);

        foreach (string tfm in new[] { "netstandard2.0", "net8.0" })
        {
            Assert.Contains($"lib/{tfm}/GeneTherapy.Domain.dll", entries);
            Assert.Contains($"lib/{tfm}/GeneTherapy.Domain.xml", entries);
        }

        // The generator with every assembly it loads, and nothing the compiler brings itself.
        Assert.Equal(
            new[]
            {
                "GeneTherapy.Domain.Generators.dll", "Microsoft.Bcl.AsyncInterfaces.dll", "System.Buffers.dll", "System.Memory.dll",
                "System.Numerics.Vectors.dll", "System.Runtime.CompilerServices.Unsafe.dll", "System.Text.Encodings.Web.dll",
                "System.Text.Json.dll", "System.Threading.Tasks.Extensions.dll",
            },
            entries.Where(e => e.StartsWith("analyzers/dotnet/cs/", StringComparison.Ordinal))
                .Select(e => e.Substring("analyzers/dotnet/cs/".Length)).OrderBy(e => e, StringComparer.Ordinal));

        Assert.Contains("buildTransitive/GeneTherapy.Domain.props", entries);
        Assert.Contains("buildTransitive/GeneTherapy.Domain.targets", entries);
        Assert.Contains("buildTransitive/GeneTherapy.Domain.Baseline.targets", entries);
        // The built-in vocabulary's baseline guards the package's own releases; it must never reach a consumer's build.
        Assert.DoesNotContain(entries, e => e.EndsWith(".baseline.txt", StringComparison.Ordinal));
        Assert.Contains("README.md", entries);
        // The built-in seeds, and the JSON Schema where their "$schema": "schema/seed.schema.json" points.
        Assert.Equal(
            Directory.GetFiles(Path.Combine(_package.RepoRoot, "seeds"), "*.seed.json").Select(p => "seeds/" + Path.GetFileName(p))
                .Append("seeds/schema/seed.schema.json").OrderBy(p => p, StringComparer.Ordinal),
            entries.Where(e => e.StartsWith("seeds/", StringComparison.Ordinal)).OrderBy(e => e, StringComparer.Ordinal));
        using (var packaged = new StreamReader(zip.GetEntry("seeds/schema/seed.schema.json")!.Open()))
        {
            Assert.Equal(File.ReadAllText(Path.Combine(_package.RepoRoot, "seeds", "schema", "seed.schema.json")), packaged.ReadToEnd());
        }

        ZipArchiveEntry nuspecEntry = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
        using Stream nuspecStream = nuspecEntry.Open();
        XElement metadata = XDocument.Load(nuspecStream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        string Meta(string name) => metadata.Elements().Single(e => e.Name.LocalName == name).Value;
        Assert.Equal("GeneTherapy.Domain", Meta("id"));
        Assert.Equal(_package.Version, Meta("version"));
        Assert.Equal("MIT", Meta("license"));
        Assert.Equal("README.md", Meta("readme"));
        Assert.Contains("gene-therapy", Meta("tags"));
        Assert.False(string.IsNullOrWhiteSpace(Meta("description")));
        XElement repository = metadata.Elements().Single(e => e.Name.LocalName == "repository");
        Assert.Equal("https://github.com/genetherapy-domain/GeneTherapy.Domain", (string?)repository.Attribute("url"));

        using ZipArchive symbols = ZipFile.OpenRead(_package.SymbolsPath);
        Assert.Contains("lib/netstandard2.0/GeneTherapy.Domain.pdb", symbols.Entries.Select(e => e.FullName));
        Assert.Contains("lib/net8.0/GeneTherapy.Domain.pdb", symbols.Entries.Select(e => e.FullName));
    }

    [Fact]
    public void ConsoleConsumer_WithItsOwnSeedReferencingBuiltIns_BuildsWarningFreeAndRuns()
    {
        string app = BuildWarningFree("Console");

        // GeneTherapyDomainCopySchemaTo put the package's schema where the seed's "$schema" points.
        string copied = Path.Combine(app, "seed.schema.json");
        Assert.True(File.Exists(copied), "GeneTherapyDomainCopySchemaTo did not copy the schema to " + copied);
        Assert.Equal(File.ReadAllText(Path.Combine(_package.RepoRoot, "seeds", "schema", "seed.schema.json")), File.ReadAllText(copied));
        Assert.StartsWith("{\n  \"$schema\": \"seed.schema.json\",", File.ReadAllText(Path.Combine(app, "pipeline.seed.json")).ReplaceLineEndings("\n"), StringComparison.Ordinal);

        // The consumer's assembly holds its own generated types only: the built-in ones come from the package.
        using (var pe = new PEReader(File.OpenRead(Path.Combine(app, "bin", "Release", "net10.0", "Console.dll"))))
        {
            MetadataReader metadata = pe.GetMetadataReader();
            HashSet<string> namespaces = metadata.TypeDefinitions
                .Select(h => metadata.GetString(metadata.GetTypeDefinition(h).Namespace)).ToHashSet(StringComparer.Ordinal);
            Assert.Contains("Acme.Pipeline", namespaces);
            Assert.DoesNotContain(namespaces, n => n.StartsWith("GeneTherapy.Domain", StringComparison.Ordinal));
        }

        DotNet.Result run = DotNet.Run(app, $"run -c Release --no-build {_package.Properties}", TimeSpan.FromMinutes(2));
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(s_expectedConsoleOutput, Lines(run.Output));
    }

    [Fact]
    public void ConsoleConsumer_WithAnUnknownBuiltInCode_FailsWithGTD0015AtTheSeedsLineAndColumn()
    {
        string app = _package.NewConsumer("Console");
        string seedPath = Path.Combine(app, "pipeline.seed.json");
        string seed = File.ReadAllText(seedPath).Replace("\"Vector\": \"aav\"", "\"Vector\": \"aav2\"");
        File.WriteAllText(seedPath, seed);
        (int line, int column) = Position(seed, "\"aav2\"");

        DotNet.Result build = DotNet.Run(app, $"build -c Release {_package.Properties}", s_buildTimeout);
        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains($"pipeline.seed.json({line},{column}): error GTD0015: 'aav2' is not a code of enum 'VectorPlatform'", build.Output);
    }

    [Fact]
    public void BaselineConsumer_UpdateCommandWritesItsBaseline_ThatBuildsClean_AndAChangedShippedCodeFailsAtTheSeedToken()
    {
        string app = _package.NewConsumer("Baseline");
        string baselinePath = Path.Combine(app, "vocabulary.baseline.txt");
        string committed = File.ReadAllText(baselinePath).ReplaceLineEndings("\n");
        File.Delete(baselinePath);

        // The documented release step writes the file from the consumer's own seed (the package's built-ins not listed).
        DotNet.Result update = DotNet.Run(app, $"build -t:GeneTherapyDomainUpdateBaseline {_package.Properties}", s_buildTimeout);
        Assert.True(update.ExitCode == 0, update.ToString());
        Assert.Contains("GeneTherapy.Domain: wrote the vocabulary baseline: " + baselinePath, update.Output);
        Assert.Equal(committed, File.ReadAllText(baselinePath));

        // With it in place the build is clean: nothing broken, nothing unshipped, the package's own baseline not applied.
        DotNet.Result clean = DotNet.Run(app, $"build -c Release {_package.Properties}", s_buildTimeout);
        Assert.True(clean.ExitCode == 0, clean.ToString());
        Assert.Contains(" 0 Warning(s)", clean.Output);
        Assert.DoesNotContain("GTD", clean.Output);

        string seedPath = Path.Combine(app, "registry.seed.json");
        string seed = File.ReadAllText(seedPath).Replace("\"code\": \"lost\"", "\"code\": \"lost-to-follow-up\"", StringComparison.Ordinal);
        File.WriteAllText(seedPath, seed);
        (int line, int column) = Position(seed, "\"lost-to-follow-up\"");

        DotNet.Result broken = DotNet.Run(app, $"build -c Release {_package.Properties}", s_buildTimeout);
        Assert.NotEqual(0, broken.ExitCode);
        Assert.Contains(
            $"registry.seed.json({line},{column}): error GTD0053: Member 'LostToFollowUp' of enum 'Acme.Registry.ContactOutcome' shipped with code 'lost'; stored codes would stop resolving, so keep code 'lost'",
            broken.Output);
    }

    [Fact]
    public void SchemaCopy_NamedLikeASeed_IsNeverTakenForOne_AndIsRewrittenOnlyWhenItDiffers()
    {
        // A name the default **/*.seed.json glob would take: the copy must still not reach the generator, where it
        // would be a seed without "seedFormat" (GTD0003). The second build finds it in place, the first does not.
        string app = _package.NewConsumer("Console");
        string properties = $"{_package.Properties} -p:GeneTherapyDomainCopySchemaTo=schemas/format.seed.json";
        string copied = Path.Combine(app, "schemas", "format.seed.json");

        DotNet.Result first = DotNet.Run(app, $"build -c Release {properties}", s_buildTimeout);
        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Equal(File.ReadAllText(Path.Combine(_package.RepoRoot, "seeds", "schema", "seed.schema.json")), File.ReadAllText(copied));
        DateTime written = File.GetLastWriteTimeUtc(copied);

        DotNet.Result second = DotNet.Run(app, $"build -c Release {properties}", s_buildTimeout);
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Contains(" 0 Warning(s)", second.Output);
        Assert.DoesNotContain("GTD", second.Output);
        Assert.Equal(written, File.GetLastWriteTimeUtc(copied));

        // A changed copy is put back.
        File.WriteAllText(copied, "{}");
        DotNet.Result third = DotNet.Run(app, $"build -c Release {properties}", s_buildTimeout);
        Assert.True(third.ExitCode == 0, third.ToString());
        Assert.Equal(File.ReadAllText(Path.Combine(_package.RepoRoot, "seeds", "schema", "seed.schema.json")), File.ReadAllText(copied));
    }

    [Fact]
    public void EfCoreConsumer_WithBothPackages_StoresItsOwnEnumAndBuiltInsAsCodesInSqlite()
    {
        using (var package = ZipFile.OpenRead(_package.EfCorePackagePath))
        {
            Assert.Contains("lib/net10.0/GeneTherapy.Domain.EntityFrameworkCore.dll", package.Entries.Select(e => e.FullName));
            string nuspec = new StreamReader(package.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open()).ReadToEnd();
            Assert.Contains($"<dependency id=\"GeneTherapy.Domain\" version=\"{_package.Version}\"", nuspec, StringComparison.Ordinal);
            Assert.Contains("<dependency id=\"Microsoft.EntityFrameworkCore\" version=\"10.0.15\"", nuspec, StringComparison.Ordinal);
        }

        string app = BuildWarningFree("EfCore");
        DotNet.Result run = DotNet.Run(app, $"run -c Release --no-build {_package.Properties}", TimeSpan.FromMinutes(2));
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(new[]
        {
            "raw row: site-eu-1 | recruiting | lentiviral | [\"aav\",\"lentiviral\"]",
            "read back: Recruiting, Lentiviral, AdenoAssociatedVirus+Lentiviral",
            "query: WHERE \"s\".\"Status\" = 'recruiting'",
            "column Status: max length 10",
        }, Lines(run.Output));
    }

    [Fact]
    public void NetStandardLibraryConsumer_WithASeedAddedByItem_BuildsWarningFree()
    {
        string library = BuildWarningFree("Library");
        Assert.True(File.Exists(Path.Combine(library, "bin", "Release", "netstandard2.0", "Library.dll")));
    }

    [Fact]
    public void NativeAotPublish_OfTheConsoleConsumer_HasNoTrimOrAotWarningsAndTheBinaryRuns()
    {
        string app = _package.NewConsumer("Console");
        string output = Path.Combine(app, "native");
        DotNet.Result publish = DotNet.Run(app,
            $"publish -c Release -r {RuntimeInformation.RuntimeIdentifier} -p:PublishAot=true -o \"{output}\" {_package.Properties}",
            TimeSpan.FromMinutes(20));
        Assert.True(publish.ExitCode == 0, publish.ToString());
        Assert.DoesNotMatch(@"warning (IL\d{4}|CS\d{4}|GTD\d{4})", publish.Output);

        string binary = Path.Combine(output, "Console");
        Assert.True(File.Exists(binary), "no native binary in " + output);
        DotNet.Result run = DotNet.RunProcess(binary, string.Empty, app, TimeSpan.FromMinutes(1));
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(s_expectedConsoleOutput, Lines(run.Output));
    }

    private static readonly string[] s_expectedConsoleOutput =
    {
        "acme-101: Adeno-associated virus (AAV) in us, rests on 21 CFR Part 312",
        "next application: ind",
        "cited: Acme pipeline review 2026",
        "Zolgensma: aav, authorised 2020",
        "follow-up for Casgevy in the US: 15 years",
        "built-in products: 52",
        "code table: VectorPlatform, 9 codes, longest 17",
        "DayOfWeek has a code table: False",
    };

    /// <summary>Copies the consumer template out, builds it in Release and asserts success with zero warnings.</summary>
    private string BuildWarningFree(string template)
    {
        string directory = _package.NewConsumer(template);
        DotNet.Result build = DotNet.Run(directory, $"build -c Release {_package.Properties}", s_buildTimeout);
        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Contains(" 0 Warning(s)", build.Output);
        return directory;
    }

    private static string[] Lines(string output) =>
        output.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0).ToArray();

    private static (int Line, int Column) Position(string text, string token)
    {
        int index = text.IndexOf(token, StringComparison.Ordinal);
        Assert.True(index >= 0, token + " not found");
        int line = text.Take(index).Count(c => c == '\n') + 1;
        int column = index - text.LastIndexOf('\n', Math.Max(index - 1, 0));
        return (line, column);
    }
}
