using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace GeneTherapy.Domain.Generators.Diagnostics;

/// <summary>
/// Every diagnostic the generator reports. Ids are never reused; a retired id stays here, commented out.
/// Each message says what to do, and the help link opens the id's section of docs/diagnostics.md (what triggers
/// it, an example the tests run, the fix).
/// </summary>
internal static class DiagnosticDescriptors
{
    public const string HelpLinkBase = "https://github.com/genetherapy-domain/GeneTherapy.Domain/blob/main/docs/diagnostics.md#";

    private const string Format = "GeneTherapy.Domain.SeedFormat";
    private const string Reference = "GeneTherapy.Domain.SeedReference";
    private const string Compatibility = "GeneTherapy.Domain.Compatibility";
    private const string Baseline = "GeneTherapy.Domain.Baseline";

    public static readonly DiagnosticDescriptor MalformedJson = Error(
        "GTD0001", "Seed file is not valid JSON", "The seed file is not valid JSON: {0} Fix the JSON at this position", Format);

    public static readonly DiagnosticDescriptor UnsupportedSeedFormat = Error(
        "GTD0002", "Unsupported seed format", "\"seedFormat\" is {0}, but this generator reads format 1; set \"seedFormat\": 1", Format);

    public static readonly DiagnosticDescriptor MissingRequiredProperty = Error(
        "GTD0003", "Missing required property", "{0} is missing the required property '{1}'; add it", Format);

    public static readonly DiagnosticDescriptor WrongJsonType = Error(
        "GTD0004", "Property has the wrong JSON type", "'{0}' must be {1}, but it is {2}; change the value to {1}", Format);

    public static readonly DiagnosticDescriptor UnknownProperty = Warning(
        "GTD0005", "Unknown property", "'{0}' is not a property of {1} and is ignored{2}", Format);

    public static readonly DiagnosticDescriptor InvalidIdentifier = Error(
        "GTD0006", "Invalid C# name", "'{0}' cannot be used as the C# name of {1}: {2}", Reference);

    public static readonly DiagnosticDescriptor DuplicateName = Error(
        "GTD0007", "Duplicate name", "{0} '{1}' is declared twice (first at {2}); give each one a unique name", Reference);

    public static readonly DiagnosticDescriptor DuplicateValue = Error(
        "GTD0008", "Duplicate enum value", "Enum '{0}' already uses value {1} for member '{2}'; give this member an unused value (never renumber existing members)", Reference);

    public static readonly DiagnosticDescriptor DuplicateCode = Error(
        "GTD0009", "Duplicate enum code", "Enum '{0}' already uses code '{1}' for member '{2}'; give this member a code of its own", Reference);

    public static readonly DiagnosticDescriptor DuplicateKey = Error(
        "GTD0010", "Duplicate entry key", "{0} '{1}' is used by two entries of '{2}' (first at {3}); give each entry a unique key", Reference);

    public static readonly DiagnosticDescriptor DuplicateSource = Error(
        "GTD0011", "Duplicate source id", "Source '{0}' is declared twice (first at {1}); give each source a unique id", Reference);

    public static readonly DiagnosticDescriptor UnknownType = Error(
        "GTD0012", "Unknown type", "'{0}' is neither a built-in type (string, int, bool, date, uri) nor an enum or record declared in a seed; check the spelling or declare it", Reference);

    public static readonly DiagnosticDescriptor UnknownRecord = Error(
        "GTD0013", "Entries for an unknown record", "Entries are given for '{0}', but no record of that name is declared; check the spelling or declare the record", Reference);

    public static readonly DiagnosticDescriptor UnknownSource = Error(
        "GTD0014", "Unknown source", "'{0}' is not the id of any declared source; declare it under \"sources\" or fix the id{1}", Reference);

    public static readonly DiagnosticDescriptor UnknownCode = Error(
        "GTD0015", "Unknown enum code", "'{0}' is not a code of enum '{1}'; use one of: {2}", Reference);

    public static readonly DiagnosticDescriptor UnknownKey = Error(
        "GTD0016", "Unknown entry key", "'{0}' is not the key of any '{1}' entry; use an existing key{2}", Reference);

    public static readonly DiagnosticDescriptor WrongValueType = Error(
        "GTD0017", "Value does not match its type", "'{0}' has type '{1}', but this value is {2}; write {3}", Reference);

    public static readonly DiagnosticDescriptor InvalidType = Error(
        "GTD0018", "Invalid type syntax", "'{0}' is not a valid type; write a type name, then '[]' for a list and '?' for optional, e.g. \"int?\" or \"VectorPlatform[]\"", Format);

    public static readonly DiagnosticDescriptor InvalidKeyField = Error(
        "GTD0019", "Invalid record key", "Key '{0}' of record '{1}' must name one of its fields of type \"string\" (not a list, not optional)", Reference);

    public static readonly DiagnosticDescriptor DuplicateJsonProperty = Error(
        "GTD0020", "Property written twice", "'{0}' appears more than once in this object; keep one", Format);

    public static readonly DiagnosticDescriptor RecordReferenceCycle = Error(
        "GTD0021", "Record reference cycle", "Record types refer to each other in a loop ({0}); break the cycle so that references between records go one way", Reference);

    public static readonly DiagnosticDescriptor UnsupportedLanguageVersion = Error(
        "GTD0022", "C# language version too old", "Code generated from seed files needs C# 9 or later, but this project compiles with C# {0}; set <LangVersion> to 9 or later", Compatibility);

    public static readonly DiagnosticDescriptor MissingRuntimeLibrary = Error(
        "GTD0023", "GeneTherapy.Domain runtime types not referenced", "Code generated from seed files needs the type '{0}' from the GeneTherapy.Domain library; reference the GeneTherapy.Domain package", Compatibility);

    public static readonly DiagnosticDescriptor NameClash = Error(
        "GTD0024", "Name clashes with generated code", "'{0}' clashes with the generated member '{1}' of {2}; rename it", Reference);

    public static readonly DiagnosticDescriptor InvalidReplacement = Error(
        "GTD0025", "Invalid replacement", "'{0}' cannot replace {1}: {2}; name a current (not deprecated) {3} as the replacement, or leave \"replacement\" out", Reference);

    public static readonly DiagnosticDescriptor DeprecatedUsed = Warning(
        "GTD0026", "Deprecated term used", "{0} is deprecated: {1}{2}", Reference);

    public static readonly DiagnosticDescriptor InvisibleCharacter = Error(
        "GTD0027", "Invisible character in a name, code or key", "{0} '{1}' contains {2}, an invisible format character that makes text display differently from what it is (and C# ignores it when it compares names); delete it", Format);

    public static readonly DiagnosticDescriptor NotNormalized = Error(
        "GTD0028", "Name, code or key not in Unicode normalization form C", "{0} '{1}' is not in Unicode normalization form C: it spells {2} where the composed form has {3}, so it looks the same as a different string; write it composed, as '{4}'", Format);

    public static readonly DiagnosticDescriptor EntriesNeedKey = Error(
        "GTD0030", "Record with entries has no key", "Entries are given for record '{0}', but it has no \"key\"; add \"key\" naming one of its string fields", Reference);

    public static readonly DiagnosticDescriptor ReservedFieldName = Error(
        "GTD0031", "Field name reserved by the entry format", "No field of record '{0}' can be named '{1}': entries use \"{1}\" for their {2}; rename the field", Format);

    public static readonly DiagnosticDescriptor EmptyCode = Error(
        "GTD0032", "Empty enum code", "Member '{0}' of enum '{1}' has an empty code; give it the non-empty code that seeds and JSON will use for it", Format);

    public static readonly DiagnosticDescriptor BlankDeprecationReason = Error(
        "GTD0033", "Blank deprecation reason", "The \"reason\" of the deprecation of {0} is blank; say why it is deprecated", Format);

    public static readonly DiagnosticDescriptor InvalidSourceUrl = Error(
        "GTD0034", "Source url is not an absolute URI", "The url '{0}' of source '{1}' is not an absolute URI; write one such as \"https://example.org/page\"", Format);

    public static readonly DiagnosticDescriptor EntryReferenceCycle = Error(
        "GTD0035", "Entry reference cycle", "Entry '{0}' of '{1}' refers back to itself, directly or through other entries of '{1}'; make the references between these entries go one way", Reference);

    public static readonly DiagnosticDescriptor InvalidCanonicalUrl = Error(
        "GTD0040", "Invalid canonical URL", "'{0}' is not a valid canonical URL: {1}; write an absolute http or https URL without query, fragment, '|' or trailing '/', such as \"https://example.org/fhir\"", Format);

    public static readonly DiagnosticDescriptor DuplicateCanonicalUrl = Error(
        "GTD0041", "Duplicate canonical URL", "Enum '{0}' would publish its code system at '{1}', the URL of enum '{2}' (at {3}); give this enum a \"canonical\" URL of its own", Reference);

    public static readonly DiagnosticDescriptor BlankCodeSystemVersion = Error(
        "GTD0042", "Blank code system version", "The code system \"version\" is blank; write one such as \"1.0.0\", or leave \"version\" out", Format);

    public static readonly DiagnosticDescriptor ShippedMemberRemoved = Error(
        "GTD0050", "Shipped member removed", "Member '{0}' of enum '{1}' (value {2}, code '{3}') has shipped, but no seed declares it any more; stored values and codes would stop resolving, so put it back and mark it \"deprecated\" (with a reason, and a replacement if there is one) instead of removing it", Baseline);

    public static readonly DiagnosticDescriptor ShippedMemberRenumbered = Error(
        "GTD0051", "Shipped member renumbered", "Member '{0}' of enum '{1}' shipped with value {2}; stored values would change meaning, so keep value {2} (to offer another value, add a new member and deprecate this one)", Baseline);

    public static readonly DiagnosticDescriptor ShippedMemberRenamed = Error(
        "GTD0052", "Shipped member renamed", "Member '{0}' of enum '{1}' has the value {2} and code '{3}' that shipped as '{4}'; code that names '{4}' would stop compiling, so keep the name '{4}' (and mark it \"deprecated\" if it should no longer be used)", Baseline);

    public static readonly DiagnosticDescriptor ShippedMemberRecoded = Error(
        "GTD0053", "Shipped member given another code", "Member '{0}' of enum '{1}' shipped with code '{2}'; stored codes would stop resolving, so keep code '{2}' (to offer another code, add a new member and deprecate this one with it as the replacement)", Baseline);

    public static readonly DiagnosticDescriptor ShippedKeyRemoved = Error(
        "GTD0054", "Shipped catalog key removed", "Entry '{0}' of catalog '{1}' has shipped, but no seed declares it any more; stored keys would stop resolving, so put the entry back and mark it \"deprecated\" (with a reason, and a replacement if there is one) instead of removing it", Baseline);

    public static readonly DiagnosticDescriptor ShippedValueReused = Error(
        "GTD0055", "Shipped value reused", "Value {0} of enum '{1}' shipped as member '{2}'; giving it to '{3}' would change what stored values mean, so give '{3}' a value that has never shipped (and keep '{2}', deprecated if need be)", Baseline);

    public static readonly DiagnosticDescriptor ShippedCodeReused = Error(
        "GTD0056", "Shipped code reused", "Code '{0}' of enum '{1}' shipped as member '{2}'; giving it to '{3}' would change what stored codes mean, so give '{3}' a code that has never shipped (and keep '{2}', deprecated if need be)", Baseline);

    public static readonly DiagnosticDescriptor TermNotShipped = Info(
        "GTD0057", "Term not in the shipped baseline yet", "{0} is not in the shipped vocabulary baseline yet; when you release it, run 'dotnet build -t:GeneTherapyDomainUpdateBaseline' and commit the baseline", Baseline);

    public static readonly DiagnosticDescriptor InvalidBaselineLine = Error(
        "GTD0058", "Baseline line cannot be read", "This line of the vocabulary baseline cannot be read: {0}; write the file with 'dotnet build -t:GeneTherapyDomainUpdateBaseline' rather than by hand", Baseline);

    public static readonly DiagnosticDescriptor InternalError = Error(
        "GTD9999", "Generator failure", "The generator failed on this file and generated nothing from it: {0}; please report this with the seed file", Compatibility);

    private static readonly Dictionary<string, DiagnosticDescriptor> s_byId = Index(
        MalformedJson, UnsupportedSeedFormat, MissingRequiredProperty, WrongJsonType, UnknownProperty,
        InvalidIdentifier, DuplicateName, DuplicateValue, DuplicateCode, DuplicateKey, DuplicateSource,
        UnknownType, UnknownRecord, UnknownSource, UnknownCode, UnknownKey, WrongValueType, InvalidType,
        InvalidKeyField, DuplicateJsonProperty, RecordReferenceCycle, UnsupportedLanguageVersion,
        MissingRuntimeLibrary, NameClash, InvalidReplacement, DeprecatedUsed, InvisibleCharacter, NotNormalized,
        EntriesNeedKey, ReservedFieldName, EmptyCode, BlankDeprecationReason, InvalidSourceUrl, EntryReferenceCycle,
        InvalidCanonicalUrl, DuplicateCanonicalUrl, BlankCodeSystemVersion, ShippedMemberRemoved, ShippedMemberRenumbered, ShippedMemberRenamed,
        ShippedMemberRecoded, ShippedKeyRemoved, ShippedValueReused, ShippedCodeReused, TermNotShipped, InvalidBaselineLine,
        InternalError);

    public static IReadOnlyCollection<DiagnosticDescriptor> All => s_byId.Values;

    public static DiagnosticDescriptor ById(string id) => s_byId[id];

    private static DiagnosticDescriptor Error(string id, string title, string message, string category) =>
        new(id, title, message, category, DiagnosticSeverity.Error, isEnabledByDefault: true,
            helpLinkUri: HelpLinkBase + id.ToLowerInvariant(), customTags: WellKnownDiagnosticTags.NotConfigurable);

    private static DiagnosticDescriptor Warning(string id, string title, string message, string category) =>
        new(id, title, message, category, DiagnosticSeverity.Warning, isEnabledByDefault: true,
            helpLinkUri: HelpLinkBase + id.ToLowerInvariant());

    private static DiagnosticDescriptor Info(string id, string title, string message, string category) =>
        new(id, title, message, category, DiagnosticSeverity.Info, isEnabledByDefault: true,
            helpLinkUri: HelpLinkBase + id.ToLowerInvariant());

    private static Dictionary<string, DiagnosticDescriptor> Index(params DiagnosticDescriptor[] descriptors)
    {
        var index = new Dictionary<string, DiagnosticDescriptor>(System.StringComparer.Ordinal);
        foreach (DiagnosticDescriptor descriptor in descriptors)
        {
            index.Add(descriptor.Id, descriptor);
        }

        return index;
    }
}
