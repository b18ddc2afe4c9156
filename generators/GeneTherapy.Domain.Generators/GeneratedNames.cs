using System;

namespace GeneTherapy.Domain.Generators;

/// <summary>
/// Every name the generator invents: the classes it adds next to seed types, the members it writes into them,
/// and the hint name of each file. The binder checks seed names against these lists and the emitters write
/// exactly these names, so the two cannot drift apart.
/// </summary>
internal static class GeneratedNames
{
    public const string ExtensionsSuffix = "Extensions";
    public const string JsonConverterSuffix = "JsonConverter";
    public const string CatalogSuffix = "Catalog";

    /// <summary>The class that lists a namespace's sources.</summary>
    public const string SourcesClass = "Sources";

    public const string ToCode = "ToCode";
    public const string GetLabel = "GetLabel";
    public const string GetInfo = "GetInfo";
    public const string TryParseCode = "TryParseCode";
    public const string Values = "Values";
    public const string All = "All";
    public const string TryGet = "TryGet";
    public const string IsDeprecated = "IsDeprecated";

    /// <summary>The code table class nested in an enum's extensions class.</summary>
    public const string CodeTable = "CodeTable";

    /// <summary>The property of every generated record that cites its source, and its constructor parameter.</summary>
    public const string SourceProperty = "Source";
    public const string SourceParameter = "source";

    /// <summary>
    /// The prefix of every private static field the emitters add to a class whose other members are named by seeds
    /// (<c>s_terms</c>, <c>s_property0Of1</c> in an extensions class, <c>s_index</c> in a catalog). A seed name with it is
    /// GTD0024, so a seed can never name a member after one of them.
    /// </summary>
    public const string PrivateFieldPrefix = "s_";

    /// <summary>The cached <c>TermInfo</c> of every member of an enum, in value order, in its extensions class (read by its code table too).</summary>
    public const string TermsField = PrivateFieldPrefix + "terms";

    /// <summary>Every member's code, in value order, in the extensions class of an enum whose values are dense.</summary>
    public const string CodesField = PrivateFieldPrefix + "codes";

    /// <summary>Every member's label, in value order, in the extensions class of an enum whose values are dense.</summary>
    public const string LabelsField = PrivateFieldPrefix + "labels";

    /// <summary>The codes of an enum at their slots for <c>TryParseCode(string)</c>'s reference check, and the member of each slot.</summary>
    public const string CodeSlotsField = PrivateFieldPrefix + "codeSlots";
    public const string SlotValuesField = PrivateFieldPrefix + "slotValues";

    /// <summary>The cached value of typed property <paramref name="property"/> for member <paramref name="member"/> in an extensions class.</summary>
    public static string PropertyValueField(int property, int member)
        => PrivateFieldPrefix + "property" + property.ToString(System.Globalization.CultureInfo.InvariantCulture) + "Of" + member.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The private dictionary of a large catalog, and the method that fills it.</summary>
    public const string CatalogIndexField = PrivateFieldPrefix + "index";
    public const string CatalogIndexFactory = "CreateIndex";

    /// <summary>The private helpers a record with list fields uses for value equality.</summary>
    public const string ListEquals = "ListEquals";
    public const string ListHash = "ListHash";

    /// <summary>Members that <c>object</c> (or the compiler, for records) gives every class.</summary>
    public static readonly string[] ObjectMembers = { "Equals", "GetHashCode", "ToString", "GetType", "ReferenceEquals", "MemberwiseClone", "Finalize" };

    /// <summary>The public members of an enum's extensions class besides one method per typed property.</summary>
    public static readonly string[] EnumExtensionMembers = { ToCode, GetLabel, GetInfo, TryParseCode, Values, CodeTable };

    /// <summary>What a generated record declares besides its fields, or gets from the compiler.</summary>
    public static readonly string[] RecordMembers = { SourceProperty, "EqualityContract", "PrintMembers", "Deconstruct" };

    /// <summary>The private methods a generated record may declare.</summary>
    public static readonly string[] RecordPrivateMembers = { ListEquals, ListHash };

    public static readonly string[] CatalogMembers = { All, TryGet, IsDeprecated };

    /// <summary>The private methods a generated catalog may declare (its private fields start with <see cref="PrivateFieldPrefix"/>).</summary>
    public static readonly string[] CatalogPrivateMembers = { CatalogIndexFactory };

    public static readonly string[] SourcesMembers = { All, TryGet };

    public static string Extensions(string enumName) => enumName + ExtensionsSuffix;

    public static string JsonConverter(string enumName) => enumName + JsonConverterSuffix;

    /// <summary>The catalog of a record whose seed names none.</summary>
    public static string DefaultCatalog(string recordName) => recordName + CatalogSuffix;

    /// <summary>One file per type, named after its full name; unique because the binder rejects full names that differ only in case.</summary>
    public static string HintName(string ns, string typeName) => ns + "." + typeName + ".g.cs";

    /// <summary>
    /// The file of the entries one seed file gives a catalog split across files. The <c>part-</c> prefix holds a '-',
    /// which no type name can, so it never meets <see cref="HintName"/>.
    /// </summary>
    public static string CatalogPartHintName(string ns, string catalog, string part) => ns + "." + catalog + ".part-" + part + ".g.cs";

    public static bool IsOneOf(string name, string[] reserved) => Array.IndexOf(reserved, name) >= 0;

    /// <summary>Whether a seed name would collide with a private field (by prefix) or one of <paramref name="privateMembers"/>.</summary>
    public static bool IsPrivate(string name, string[] privateMembers)
        => name.StartsWith(PrivateFieldPrefix, StringComparison.Ordinal) || IsOneOf(name, privateMembers);
}
