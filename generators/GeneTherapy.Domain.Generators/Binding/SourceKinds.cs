using System;
using System.Linq;

namespace GeneTherapy.Domain.Generators.Binding;

/// <summary>
/// The codes a source's <c>"kind"</c> may take and the members of the runtime enum <c>GeneTherapy.Domain.SourceKind</c>
/// they become. The enum is hand-written in the runtime library, so this table is the generator's copy of it; a test
/// holds the two together, and the JSON Schema lists the same codes.
/// </summary>
internal static class SourceKinds
{
    public const string EnumName = "SourceKind";

    public const string EnumType = "global::GeneTherapy.Domain.SourceKind";

    private static readonly (string Code, string Member)[] s_kinds =
    {
        ("regulator", "Regulator"),
        ("legislation", "Legislation"),
        ("peer-reviewed", "PeerReviewed"),
        ("company", "Company"),
        ("press", "Press"),
    };

    public static string[] Codes { get; } = s_kinds.Select(k => k.Code).ToArray();

    /// <summary>The codes as the GTD0015 message lists them.</summary>
    public static string CodeList { get; } = string.Join(", ", s_kinds.Select(k => "\"" + k.Code + "\""));

    /// <summary>The enum member a code names, or null when it names none (codes compare ordinally, like enum codes).</summary>
    public static string? MemberName(string code)
    {
        foreach ((string Code, string Member) kind in s_kinds)
        {
            if (string.Equals(kind.Code, code, StringComparison.Ordinal))
            {
                return kind.Member;
            }
        }

        return null;
    }
}
