using System;
using System.Text;

namespace GeneTherapy.Domain.Fhir;

/// <summary>
/// Where an enum's terminology lives and what its resources are called: the one place that derives ids, computable
/// names, titles and the ValueSet and ConceptMap URLs from a code table.
/// </summary>
public static class FhirNames
{
    private const string CodeSystemSegment = "/CodeSystem/";
    private const int MaxIdLength = 64;

    /// <summary>The code system URL of a table, which the seed must give (a <c>"canonical"</c> base or the enum's own).</summary>
    /// <param name="table">The code table.</param>
    /// <returns><see cref="ICodeTable.CodeSystemUrl"/>.</returns>
    /// <exception cref="InvalidOperationException">The seed gives the enum no canonical URL.</exception>
    public static string CodeSystemUrl(ICodeTable table)
    {
        if (table is null)
        {
            throw new ArgumentNullException(nameof(table));
        }

        return table.CodeSystemUrl ?? throw new InvalidOperationException(
            $"Enum '{table.Name}' has no FHIR code system URL; give its seed a \"canonical\" base URL (or the enum its own \"canonical\").");
    }

    /// <summary>
    /// The URL of the value set of all the enum's codes: the code system URL with <c>/CodeSystem/</c> replaced by
    /// <c>/ValueSet/</c> (<c>{base}/ValueSet/{Name}</c>), or the code system URL followed by <c>/ValueSet</c> when it has no
    /// <c>/CodeSystem/</c> segment.
    /// </summary>
    /// <param name="table">The code table.</param>
    /// <returns>The canonical URL of the value set.</returns>
    public static string ValueSetUrl(ICodeTable table) => Sibling(CodeSystemUrl(table), "ValueSet", string.Empty);

    /// <summary>The URL of the concept map from the enum's codes to an ontology: <c>{base}/ConceptMap/{Name}-to-{ontology}</c>, likewise.</summary>
    /// <param name="table">The code table.</param>
    /// <param name="ontology">The ontology's short name, such as <c>ncit</c>.</param>
    /// <returns>The canonical URL of the concept map.</returns>
    public static string ConceptMapUrl(ICodeTable table, string ontology) => Sibling(CodeSystemUrl(table), "ConceptMap", "-to-" + ontology);

    /// <summary>
    /// The resource id of the enum's CodeSystem and ValueSet: its name with every character FHIR ids do not allow
    /// (anything but ASCII letters, digits, '-' and '.') replaced by '-', at most 64 characters.
    /// </summary>
    /// <param name="table">The code table.</param>
    /// <returns>The id.</returns>
    public static string ResourceId(ICodeTable table) => Id(table.Name, string.Empty);

    /// <summary>The resource id of the enum's concept map to an ontology: <c>{id}-to-{ontology}</c>, at most 64 characters.</summary>
    /// <param name="table">The code table.</param>
    /// <param name="ontology">The ontology's short name, such as <c>ncit</c>.</param>
    /// <returns>The id.</returns>
    public static string ConceptMapId(ICodeTable table, string ontology) => Id(table.Name, "-to-" + ontology);

    /// <summary>
    /// The computable name (the resources' <c>name</c>): the enum's name with only ASCII letters, digits and '_' kept,
    /// starting with an upper-case letter, as FHIR's constraint cnl-0 asks.
    /// </summary>
    /// <param name="table">The code table.</param>
    /// <returns>The name.</returns>
    public static string ComputableName(ICodeTable table)
    {
        var name = new StringBuilder(table.Name.Length);
        foreach (char c in table.Name)
        {
            if (IsAsciiLetterOrDigit(c) || c == '_')
            {
                name.Append(name.Length == 0 ? char.ToUpperInvariant(c) : c);
            }
        }

        if (name.Length == 0 || !(name[0] >= 'A' && name[0] <= 'Z'))
        {
            name.Insert(0, "Codes");
        }

        return name.ToString();
    }

    /// <summary>The human title: the enum's name with a space before each upper-case letter that follows a lower-case one (<c>Vector platform</c>).</summary>
    /// <param name="table">The code table.</param>
    /// <returns>The title.</returns>
    public static string Title(ICodeTable table)
    {
        var title = new StringBuilder(table.Name.Length + 4);
        for (int i = 0; i < table.Name.Length; i++)
        {
            char c = table.Name[i];
            bool wordStart = i > 0 && char.IsUpper(c) && char.IsLower(table.Name[i - 1]);
            title.Append(wordStart ? " " + char.ToLowerInvariant(c) : c.ToString());
        }

        return title.ToString();
    }

    private static string Sibling(string codeSystemUrl, string resourceType, string suffix)
    {
        int at = codeSystemUrl.LastIndexOf(CodeSystemSegment, StringComparison.Ordinal);
        return at >= 0
            ? codeSystemUrl.Substring(0, at) + "/" + resourceType + "/" + codeSystemUrl.Substring(at + CodeSystemSegment.Length) + suffix
            : codeSystemUrl + "/" + resourceType + suffix;
    }

    private static string Id(string name, string suffix)
    {
        var id = new StringBuilder(name.Length);
        foreach (char c in name)
        {
            id.Append(IsAsciiLetterOrDigit(c) || c == '-' || c == '.' ? c : '-');
        }

        int room = MaxIdLength - suffix.Length;
        return (id.Length > room ? id.ToString(0, room) : id.ToString()) + suffix;
    }

    private static bool IsAsciiLetterOrDigit(char c) => (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}
