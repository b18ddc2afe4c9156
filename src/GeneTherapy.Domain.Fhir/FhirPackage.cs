using System;
using System.Collections.Generic;
using System.Formats.Tar;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Hl7.Fhir.Model;

namespace GeneTherapy.Domain.Fhir;

/// <summary>
/// Writes an npm-style FHIR package (<c>package.tgz</c>), as implementation guides are distributed: a gzipped tar with
/// <c>package/package.json</c>, <c>package/.index.json</c> and one JSON file per resource
/// (<c>package/CodeSystem-VectorPlatform.json</c>), for every code table that has a code system URL. The archive is
/// byte-for-byte the same for the same tables: entries in a fixed order with a fixed time.
/// </summary>
public static class FhirPackage
{
    /// <summary>The time every archive entry carries, so that equal input gives an equal archive.</summary>
    private static readonly DateTimeOffset s_entryTime = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// The code tables of the enums an assembly declares, after running its module initializer (which registers them;
    /// no reflection over types), in order of name.
    /// </summary>
    /// <param name="assembly">An assembly with generated enums, such as <c>typeof(VectorPlatform).Assembly</c>.</param>
    /// <returns>Its tables.</returns>
    public static IReadOnlyList<ICodeTable> TablesOf(Assembly assembly)
    {
        if (assembly is null)
        {
            throw new ArgumentNullException(nameof(assembly));
        }

        RuntimeHelpers.RunModuleConstructor(assembly.ManifestModule.ModuleHandle);
        return CodeTables.All.Where(t => t.EnumType.Assembly == assembly).OrderBy(t => t.Name, StringComparer.Ordinal).ToList();
    }

    /// <summary>The resources of a package: for each table with a code system URL, in order of name, its CodeSystem, ValueSet and ConceptMap (if any).</summary>
    /// <param name="tables">The code tables.</param>
    /// <returns>The resources.</returns>
    public static IReadOnlyList<Resource> CreateResources(IEnumerable<ICodeTable> tables)
        => (tables ?? throw new ArgumentNullException(nameof(tables)))
            .Where(t => t.CodeSystemUrl is not null)
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .SelectMany(FhirTerminology.ToResources)
            .ToList();

    /// <summary>Writes the package of <paramref name="tables"/> to a file, creating its folder.</summary>
    /// <param name="path">The file, conventionally <c>package.tgz</c>.</param>
    /// <param name="manifest">The package's name, version and canonical base.</param>
    /// <param name="tables">The code tables; those without a code system URL are left out.</param>
    /// <returns>The resources written.</returns>
    public static IReadOnlyList<Resource> Write(string path, FhirPackageManifest manifest, IEnumerable<ICodeTable> tables)
    {
        string? folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }

        using FileStream file = File.Create(path);
        return Write(file, manifest, tables);
    }

    /// <summary>Writes the package of <paramref name="tables"/> to a stream, which stays open.</summary>
    /// <param name="destination">Where the gzipped tar goes.</param>
    /// <param name="manifest">The package's name, version and canonical base.</param>
    /// <param name="tables">The code tables; those without a code system URL are left out.</param>
    /// <returns>The resources written.</returns>
    public static IReadOnlyList<Resource> Write(Stream destination, FhirPackageManifest manifest, IEnumerable<ICodeTable> tables)
    {
        if (destination is null)
        {
            throw new ArgumentNullException(nameof(destination));
        }

        if (manifest is null)
        {
            throw new ArgumentNullException(nameof(manifest));
        }

        IReadOnlyList<Resource> resources = CreateResources(tables);
        using (var gzip = new GZipStream(destination, CompressionLevel.Optimal, leaveOpen: true))
        using (var tar = new TarWriter(gzip, TarEntryFormat.Ustar, leaveOpen: true))
        {
            Add(tar, "package/package.json", PackageJson(manifest));
            Add(tar, "package/.index.json", IndexJson(resources));
            foreach (Resource resource in resources)
            {
                Add(tar, "package/" + FileName(resource), FhirJson.Serialize(resource));
            }
        }

        return resources;
    }

    /// <summary>The file name of a resource in the package: <c>{resourceType}-{id}.json</c>.</summary>
    /// <param name="resource">The resource.</param>
    /// <returns>The file name.</returns>
    public static string FileName(Resource resource) => resource.TypeName + "-" + resource.Id + ".json";

    private static string PackageJson(FhirPackageManifest manifest)
    {
        var json = new JsonObject
        {
            ["name"] = manifest.Name,
            ["version"] = manifest.Version,
            ["canonical"] = manifest.Canonical,
            ["fhirVersions"] = new JsonArray(manifest.FhirVersion),
            ["type"] = "Conformance",
            ["dependencies"] = new JsonObject { ["hl7.fhir.r4.core"] = manifest.FhirVersion },
        };
        AddIfSet(json, "title", manifest.Title);
        AddIfSet(json, "description", manifest.Description);
        AddIfSet(json, "author", manifest.Author);
        AddIfSet(json, "license", manifest.License);
        return json.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    private static string IndexJson(IReadOnlyList<Resource> resources)
    {
        var files = new JsonArray();
        foreach (Resource resource in resources)
        {
            var file = new JsonObject
            {
                ["filename"] = FileName(resource),
                ["resourceType"] = resource.TypeName,
                ["id"] = resource.Id,
            };
            if (resource is IVersionableConformanceResource conformance)
            {
                AddIfSet(file, "url", conformance.Url);
                AddIfSet(file, "version", conformance.Version);
            }

            files.Add(file);
        }

        return new JsonObject { ["index-version"] = 1, ["files"] = files }.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    private static void AddIfSet(JsonObject json, string name, string? value)
    {
        if (value is not null)
        {
            json[name] = value;
        }
    }

    private static void Add(TarWriter tar, string name, string text)
    {
        var entry = new UstarTarEntry(TarEntryType.RegularFile, name)
        {
            DataStream = new MemoryStream(new UTF8Encoding(false).GetBytes(text)),
            ModificationTime = s_entryTime,
            Mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead,
        };
        tar.WriteEntry(entry);
    }
}
