using System;
using System.Text.RegularExpressions;

namespace GeneTherapy.Domain.Fhir;

/// <summary>
/// What <c>package/package.json</c> says about a FHIR package: its npm-style name and version, and the canonical base
/// its resources live under.
/// </summary>
public sealed class FhirPackageManifest
{
    private static readonly Regex s_name = new("^[a-z0-9][a-z0-9_-]*(\\.[a-z0-9][a-z0-9_-]*)+$", RegexOptions.CultureInvariant);
    private static readonly Regex s_version = new("^[0-9]+\\.[0-9]+\\.[0-9]+(-[0-9A-Za-z.-]+)?$", RegexOptions.CultureInvariant);

    /// <summary>Creates a manifest.</summary>
    /// <param name="name">The package name: lower-case, at least two dot-separated parts (<c>genetherapy.domain</c>).</param>
    /// <param name="version">The package version, <c>major.minor.patch</c> with an optional <c>-label</c>.</param>
    /// <param name="canonical">The canonical base URL of the package's resources.</param>
    /// <exception cref="ArgumentException">The name or version does not follow the FHIR package rules.</exception>
    public FhirPackageManifest(string name, string version, string canonical)
    {
        if (name is null || !s_name.IsMatch(name))
        {
            throw new ArgumentException($"'{name}' is no FHIR package name: use lower-case letters, digits, '-' and '_' in at least two dot-separated parts, such as \"acme.registry\".", nameof(name));
        }

        if (version is null || !s_version.IsMatch(version))
        {
            throw new ArgumentException($"'{version}' is no FHIR package version: use major.minor.patch, such as \"1.0.0\".", nameof(version));
        }

        Name = name;
        Version = version;
        Canonical = canonical ?? throw new ArgumentNullException(nameof(canonical));
    }

    /// <summary>The package name.</summary>
    public string Name { get; }

    /// <summary>The package version.</summary>
    public string Version { get; }

    /// <summary>The canonical base URL of the package's resources.</summary>
    public string Canonical { get; }

    /// <summary>A title for people.</summary>
    public string? Title { get; init; }

    /// <summary>What the package holds.</summary>
    public string? Description { get; init; }

    /// <summary>Who wrote it.</summary>
    public string? Author { get; init; }

    /// <summary>An SPDX licence expression, such as <c>MIT</c>.</summary>
    public string? License { get; init; }

    /// <summary>The FHIR version of the resources: R4.</summary>
    public string FhirVersion => "4.0.1";

    /// <summary>The manifest of the built-in vocabulary's package, under the placeholder canonical base.</summary>
    public static FhirPackageManifest BuiltIn { get; } = new("genetherapy.domain", "0.1.0", "https://genetherapy-domain.example.org/fhir")
    {
        Title = "GeneTherapy.Domain terminology",
        Description = "CodeSystems, ValueSets and ConceptMaps of the GeneTherapy.Domain built-in vocabulary for cell and gene therapy (canonical base is a placeholder domain).",
        Author = "GeneTherapy.Domain contributors",
        License = "MIT",
    };
}
