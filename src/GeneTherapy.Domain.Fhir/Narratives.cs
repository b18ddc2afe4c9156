using System.Collections.Generic;
using System.Net;
using System.Text;
using Hl7.Fhir.Model;

namespace GeneTherapy.Domain.Fhir;

/// <summary>
/// The generated XHTML narrative of each resource (FHIR's dom-6 asks every resource for one): a paragraph, then a table.
/// Every text goes through one encoder.
/// </summary>
internal static class Narratives
{
    /// <summary>The narrative's opening: what the resource is, its URL and the enum's summary.</summary>
    public static string Heading(string kind, ICodeTable table, string url)
        => kind + " " + FhirNames.Title(table) + " (" + url + ")" + (table.Summary is null ? "." : ": " + table.Summary);

    public static Narrative Create(string paragraph, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows)
    {
        var div = new StringBuilder("<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>");
        div.Append(Encode(paragraph)).Append("</p><table><tr>");
        foreach (string header in headers)
        {
            div.Append("<th>").Append(Encode(header)).Append("</th>");
        }

        div.Append("</tr>");
        foreach (IReadOnlyList<string> row in rows)
        {
            div.Append("<tr>");
            foreach (string cell in row)
            {
                div.Append("<td>").Append(Encode(cell)).Append("</td>");
            }

            div.Append("</tr>");
        }

        div.Append("</table></div>");
        return new Narrative { Status = Narrative.NarrativeStatus.Generated, Div = div.ToString() };
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
