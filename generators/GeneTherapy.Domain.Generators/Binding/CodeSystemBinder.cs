using System;
using System.Collections.Generic;
using GeneTherapy.Domain.Generators.Diagnostics;
using GeneTherapy.Domain.Generators.Model;

namespace GeneTherapy.Domain.Generators.Binding;

/// <summary>The FHIR identity of an enum's code system: its canonical URL and version, each null when the seeds give none.</summary>
internal sealed record CodeSystemIdentity(string? Url, string? Version)
{
    public static readonly CodeSystemIdentity None = new(null, null);
}

/// <summary>
/// Gives every enum its code system URL and version: an enum's own <c>"canonical"</c> is the full URL, otherwise the
/// document's <c>"canonical"</c> base gives <c>{base}/CodeSystem/{EnumName}</c>; an enum's <c>"version"</c> overrides
/// the document's. Reports URLs that are no valid canonical (GTD0040), blank versions (GTD0042), and two enums with
/// one URL (GTD0041).
/// </summary>
internal static class CodeSystemBinder
{
    /// <summary>The path segment between a document's canonical base and an enum's name.</summary>
    public const string CodeSystemSegment = "/CodeSystem/";

    /// <returns>Each enum's identity, keyed by the location of its name (unique per declaration).</returns>
    public static Dictionary<SeedLocation, CodeSystemIdentity> BindCodeSystems(BindingContext context, IReadOnlyList<SeedDocument> documents)
    {
        var identities = new Dictionary<SeedLocation, CodeSystemIdentity>();
        var byUrl = new Dictionary<string, (SeedEnum Enum, bool Explicit, SeedDocument Document)>(StringComparer.Ordinal);
        foreach (SeedDocument document in documents)
        {
            string? baseUrl = CheckedUrl(context, document, document.Canonical);
            string? documentVersion = CheckedVersion(context, document, document.Version);
            foreach (SeedEnum e in document.Enums)
            {
                string? url = e.Canonical is null
                    ? baseUrl is null ? null : baseUrl + CodeSystemSegment + e.Name.Value
                    : CheckedUrl(context, document, e.Canonical);
                string? version = e.Version is null ? documentVersion : CheckedVersion(context, document, e.Version);
                identities[e.Name.Location] = url is null && version is null ? CodeSystemIdentity.None : new CodeSystemIdentity(url, version);
                if (url is not null)
                {
                    CheckUnique(context, document, url, e, byUrl);
                }
            }
        }

        return identities;
    }

    /// <summary>
    /// Two URLs derived from bases collide only when two enums share a name, which GTD0007 reports already; so a
    /// collision is reported only where an enum's own <c>"canonical"</c> takes part, at that value.
    /// </summary>
    private static void CheckUnique(BindingContext context, SeedDocument document, string url, SeedEnum e, Dictionary<string, (SeedEnum Enum, bool Explicit, SeedDocument Document)> byUrl)
    {
        bool isExplicit = e.Canonical is not null;
        if (!byUrl.TryGetValue(url, out (SeedEnum Enum, bool Explicit, SeedDocument Document) first))
        {
            byUrl.Add(url, (e, isExplicit, document));
            return;
        }

        if (isExplicit)
        {
            context.ReportError(document, DiagnosticDescriptors.DuplicateCanonicalUrl, e.Canonical!.Location, e.Name.Value, url, first.Enum.Name.Value, BindingContext.Describe(first.Enum.Name.Location));
        }
        else if (first.Explicit)
        {
            context.ReportError(first.Document, DiagnosticDescriptors.DuplicateCanonicalUrl, first.Enum.Canonical!.Location, first.Enum.Name.Value, url, e.Name.Value, BindingContext.Describe(e.Name.Location));
        }
    }

    private static string? CheckedUrl(BindingContext context, SeedDocument document, LocatedString? canonical)
    {
        if (canonical is null)
        {
            return null;
        }

        if (CanonicalProblem(canonical.Value) is string problem)
        {
            context.ReportError(document, DiagnosticDescriptors.InvalidCanonicalUrl, canonical.Location, canonical.Value, problem);
            return null;
        }

        return canonical.Value;
    }

    private static string? CheckedVersion(BindingContext context, SeedDocument document, LocatedString? version)
    {
        if (version is null)
        {
            return null;
        }

        if (version.Value.Trim().Length == 0)
        {
            context.ReportError(document, DiagnosticDescriptors.BlankCodeSystemVersion, version.Location);
            return null;
        }

        return version.Value;
    }

    /// <summary>What makes <paramref name="text"/> no canonical URL FHIR tools accept, or null when it is one.</summary>
    internal static string? CanonicalProblem(string text)
    {
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                return "it contains white space or a control character";
            }
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out Uri? uri) || text.IndexOf("://", StringComparison.Ordinal) < 0)
        {
            return "it is not an absolute URL";
        }

        if (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
        {
            return $"its scheme is '{uri.Scheme}', not http or https";
        }

        if (text.IndexOf('|') >= 0)
        {
            return "'|' separates a canonical URL from a version";
        }

        if (text.IndexOf('?') >= 0 || text.IndexOf('#') >= 0)
        {
            return "it has a query or a fragment";
        }

        return text.EndsWith("/", StringComparison.Ordinal) ? "it ends with '/'" : null;
    }
}
