using System;
using System.Collections.Generic;
using System.Formats.Tar;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using GeneTherapy.Domain.Fhir.Tests.Registry;
using Hl7.Fhir.Model;
using Xunit;

namespace GeneTherapy.Domain.Fhir.Tests;

/// <summary>The package archive written to a real file, read back entry by entry.</summary>
public sealed class PackageTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "gtd-fhir-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public void BuiltInPackage_HoldsPackageJsonIndexAndOneFilePerResource()
    {
        string path = Path.Combine(_folder, "out", "package.tgz");
        IReadOnlyList<ICodeTable> tables = FhirPackage.TablesOf(typeof(VectorPlatform).Assembly);

        IReadOnlyList<Resource> written = FhirPackage.Write(path, FhirPackageManifest.BuiltIn, tables);
        Dictionary<string, string> entries = ReadArchive(path);

        Assert.Equal(23, tables.Count);
        Assert.Equal(46, written.Count);
        Assert.Equal(
            new[] { "package/.index.json", "package/package.json" }.Concat(written.Select(r => "package/" + FhirPackage.FileName(r))).OrderBy(n => n, StringComparer.Ordinal),
            entries.Keys.OrderBy(n => n, StringComparer.Ordinal));

        JsonNode manifest = JsonNode.Parse(entries["package/package.json"])!;
        Assert.Equal("genetherapy.domain", (string?)manifest["name"]);
        Assert.Equal("0.1.0", (string?)manifest["version"]);
        Assert.Equal("https://genetherapy-domain.example.org/fhir", (string?)manifest["canonical"]);
        Assert.Equal("4.0.1", (string?)manifest["fhirVersions"]![0]);
        Assert.Equal("4.0.1", (string?)manifest["dependencies"]!["hl7.fhir.r4.core"]);
        Assert.All(tables, t => Assert.StartsWith((string)manifest["canonical"]! + "/CodeSystem/", t.CodeSystemUrl, StringComparison.Ordinal));
        Assert.All(tables, t => Assert.Equal((string?)manifest["version"], t.CodeSystemVersion));

        JsonArray index = JsonNode.Parse(entries["package/.index.json"])!["files"]!.AsArray();
        Assert.Equal(written.Count, index.Count);
        JsonNode vectorsEntry = index.Single(f => (string?)f!["filename"] == "CodeSystem-VectorPlatform.json")!;
        Assert.Equal(("CodeSystem", "VectorPlatform", "https://genetherapy-domain.example.org/fhir/CodeSystem/VectorPlatform", "0.1.0"),
            ((string?)vectorsEntry["resourceType"], (string?)vectorsEntry["id"], (string?)vectorsEntry["url"], (string?)vectorsEntry["version"]));

        var vectors = FhirJson.Deserialize<CodeSystem>(entries["package/CodeSystem-VectorPlatform.json"]);
        ICodeTable table = CodeTables.Get<VectorPlatform>();
        Assert.Equal(table.Terms.Select(t => $"{t.Code}|{t.Label}|{t.Summary}"), vectors.Concept.Select(c => $"{c.Code}|{c.Display}|{c.Definition}"));
        Assert.Equal((CodeSystemContentMode.Complete, true, table.Terms.Count), (vectors.Content!.Value, vectors.CaseSensitive!.Value, vectors.Count!.Value));
    }

    [Fact]
    public void Package_ReadBack_HoldsResourcesEqualToTheOnesBuilt_AndIsTheSameBytesTwice()
    {
        var manifest = new FhirPackageManifest("registry.tests", "2.1.0", "https://registry.example.org/fhir");
        IReadOnlyList<ICodeTable> tables = FhirPackage.TablesOf(typeof(SampleKind).Assembly);
        using var first = new MemoryStream();
        using var second = new MemoryStream();

        IReadOnlyList<Resource> written = FhirPackage.Write(first, manifest, tables);
        FhirPackage.Write(second, manifest, tables);
        Dictionary<string, string> entries = ReadArchive(first.ToArray());

        Assert.Equal(first.ToArray(), second.ToArray());
        Assert.Equal(new[] { "ConceptMap-SampleKind-to-ncit", "ValueSet-ContactMode", "CodeSystem-ContactMode", "ValueSet-SampleKind", "CodeSystem-SampleKind" }.OrderBy(n => n, StringComparer.Ordinal),
            written.Select(r => r.TypeName + "-" + r.Id).OrderBy(n => n, StringComparer.Ordinal));
        foreach (Resource resource in written)
        {
            string json = entries["package/" + FhirPackage.FileName(resource)];
            Assert.True(resource.IsExactly(FhirJson.Deserialize<Resource>(json)), FhirPackage.FileName(resource) + " differs when read back");
        }
    }

    [Theory]
    [InlineData("Registry", "1.0.0")]
    [InlineData("registry", "1.0.0")]
    [InlineData("acme.registry", "1.0")]
    public void Manifest_RejectsNamesAndVersionsFhirPackagesDoNotAllow(string name, string version)
        => Assert.Throws<ArgumentException>(() => new FhirPackageManifest(name, version, "https://acme.example.org/fhir"));

    private static Dictionary<string, string> ReadArchive(string path) => ReadArchive(File.ReadAllBytes(path));

    private static Dictionary<string, string> ReadArchive(byte[] archive)
    {
        var entries = new Dictionary<string, string>(StringComparer.Ordinal);
        using var gzip = new GZipStream(new MemoryStream(archive), CompressionMode.Decompress);
        using var tar = new TarReader(gzip);
        while (tar.GetNextEntry() is TarEntry entry)
        {
            Assert.Equal(TarEntryType.RegularFile, entry.EntryType);
            using var reader = new StreamReader(entry.DataStream!, Encoding.UTF8);
            entries.Add(entry.Name, reader.ReadToEnd());
        }

        return entries;
    }
}
