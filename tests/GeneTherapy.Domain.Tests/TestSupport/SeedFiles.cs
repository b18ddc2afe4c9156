using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace GeneTherapy.Domain.Tests.TestSupport;

/// <summary>
/// Reads the repository's seeds/*.seed.json, the source of truth for every expected value, so the tests
/// compare the generated library with what the seeds declare rather than with copies of generated code.
/// </summary>
internal static class SeedFiles
{
    private static readonly Lazy<IReadOnlyList<JsonElement>> s_roots = new(LoadRoots);

    public static string RepoRoot { get; } = FindRepoRoot();

    /// <summary>The root objects of every seed file, ordered by file name.</summary>
    public static IReadOnlyList<JsonElement> Roots => s_roots.Value;

    /// <summary>Every enum declaration in every seed file.</summary>
    public static IEnumerable<JsonElement> Enums => Roots.SelectMany(root => ArrayOrEmpty(root, "enums"));

    /// <summary>Every source declaration in every seed file.</summary>
    public static IEnumerable<JsonElement> Sources => Roots.SelectMany(root => ArrayOrEmpty(root, "sources"));

    /// <summary>Every record declaration in every seed file.</summary>
    public static IEnumerable<JsonElement> Records => Roots.SelectMany(root => ArrayOrEmpty(root, "records"));

    /// <summary>The record declaration named <paramref name="name"/>.</summary>
    public static JsonElement Record(string name) => Records.Single(r => r.GetProperty("name").GetString() == name);

    /// <summary>The enum declaration named <paramref name="name"/>.</summary>
    public static JsonElement Enum(string name) => Enums.Single(e => e.GetProperty("name").GetString() == name);

    /// <summary>The catalog entries of the record named <paramref name="recordName"/>, in declaration order.</summary>
    public static IReadOnlyList<JsonElement> Entries(string recordName) => Roots
        .SelectMany(root => root.TryGetProperty("entries", out JsonElement entries) && entries.TryGetProperty(recordName, out JsonElement list)
            ? list.EnumerateArray().ToArray()
            : Array.Empty<JsonElement>())
        .ToList();

    /// <summary>The string value of <paramref name="name"/>, or null when the property is missing or JSON null.</summary>
    public static string? StringOrNull(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out JsonElement value) && value.ValueKind != JsonValueKind.Null ? value.GetString() : null;

    /// <summary>The property <paramref name="name"/>, or a JSON null when it is missing.</summary>
    public static JsonElement PropertyOrNull(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out JsonElement value) ? value : JsonDocument.Parse("null").RootElement;

    public static IEnumerable<JsonElement> ArrayOrEmpty(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out JsonElement array) ? array.EnumerateArray().ToArray() : Array.Empty<JsonElement>();

    private static IReadOnlyList<JsonElement> LoadRoots()
    {
        string[] paths = Directory.GetFiles(Path.Combine(RepoRoot, "seeds"), "*.seed.json");
        Array.Sort(paths, StringComparer.Ordinal);
        Assert.NotEmpty(paths);
        return paths.Select(path => JsonDocument.Parse(File.ReadAllText(path)).RootElement).ToList();
    }

    private static string FindRepoRoot()
    {
        string? directory = AppContext.BaseDirectory;
        while (directory is not null && !File.Exists(Path.Combine(directory, "GeneTherapy.Domain.sln")))
        {
            directory = Path.GetDirectoryName(directory);
        }

        return directory ?? throw new InvalidOperationException("Could not find the repository root (GeneTherapy.Domain.sln) above " + AppContext.BaseDirectory);
    }
}
