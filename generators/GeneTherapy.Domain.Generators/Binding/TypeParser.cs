using GeneTherapy.Domain.Generators.Model;

namespace GeneTherapy.Domain.Generators.Binding;

/// <summary>The type grammar of fields and properties: <c>Name</c>, then <c>[]</c> for a list, then <c>?</c> for optional.</summary>
internal static class TypeParser
{
    /// <summary>Splits a type string; false when its syntax is wrong.</summary>
    public static bool TrySplit(string text, out string name, out bool isList, out bool isOptional)
    {
        name = text;
        isOptional = name.EndsWith("?", System.StringComparison.Ordinal);
        if (isOptional)
        {
            name = name.Substring(0, name.Length - 1);
        }

        isList = name.EndsWith("[]", System.StringComparison.Ordinal);
        if (isList)
        {
            name = name.Substring(0, name.Length - 2);
        }

        return name.Length > 0 && Names.CheckMemberName(name) is null;
    }

    public static SeedTypeKind? BuiltIn(string name) => name switch
    {
        "string" => SeedTypeKind.String,
        "int" => SeedTypeKind.Int,
        "bool" => SeedTypeKind.Bool,
        "date" => SeedTypeKind.Date,
        "uri" => SeedTypeKind.Uri,
        _ => null,
    };
}
