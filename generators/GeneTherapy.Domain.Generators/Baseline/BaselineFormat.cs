using System.Globalization;
using System.Text;

namespace GeneTherapy.Domain.Generators.Baseline;

/// <summary>
/// The baseline file's line syntax, written and read in this one place. One term per line:
/// <code>
/// namespace GeneTherapy.Domain
/// enum GeneTherapy.Domain.VectorPlatform member AdenoAssociatedVirus = 1 code "aav"
/// catalog GeneTherapy.Domain.RegulatoryRequirements key "us-ind"
/// </code>
/// Codes and keys are quoted; inside the quotes <c>\\</c>, <c>\"</c> and <c>\uXXXX</c> (control characters) are the
/// only escapes (C#'s line breaks are escaped too). Lines starting with <c>//</c> and blank lines are comments. Lines never start with <c>#</c>, so the
/// text can sit in a disabled <c>#if</c> region of a generated C# file.
/// </summary>
internal static class BaselineFormat
{
    public const string Comment = "//";
    public const string NamespaceWord = "namespace";
    public const string EnumWord = "enum";
    public const string MemberWord = "member";
    public const string CodeWord = "code";
    public const string CatalogWord = "catalog";
    public const string KeyWord = "key";

    /// <summary>The command that writes the baseline, as messages and the file header name it.</summary>
    public const string UpdateCommand = "dotnet build -t:GeneTherapyDomainUpdateBaseline";

    public static readonly string[] Header =
    {
        "// Shipped vocabulary baseline: every enum member (name, value, code) and catalog key that a release has shipped.",
        "// The seed generator reports removing, renumbering, renaming or recoding any of them as an error.",
        "// Written by `" + UpdateCommand + "` from the seeds; run it when you release, then commit this file.",
    };

    public static string NamespaceLine(string ns) => NamespaceWord + " " + ns;

    public static string MemberLine(string enumName, string member, int value, string code)
        => $"{EnumWord} {enumName} {MemberWord} {member} = {value.ToString(CultureInfo.InvariantCulture)} {CodeWord} {Quote(code)}";

    public static string KeyLine(string catalog, string key) => $"{CatalogWord} {catalog} {KeyWord} {Quote(key)}";

    public static string Quote(string text)
    {
        var builder = new StringBuilder(text.Length + 2).Append('"');
        foreach (char c in text)
        {
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                default:
                    if (c < ' ' || c is '\u007f' or '\u0085' or '\u2028' or '\u2029')
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }
}
