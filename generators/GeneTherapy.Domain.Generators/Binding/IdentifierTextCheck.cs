using System.Collections.Generic;
using GeneTherapy.Domain.Generators.Diagnostics;
using GeneTherapy.Domain.Generators.Model;

namespace GeneTherapy.Domain.Generators.Binding;

/// <summary>
/// Applies <see cref="UnicodeRules"/> to every identifier a seed declares: the namespace, source ids, enum, member,
/// record, catalog, field and property names, member codes, record key fields and (through <see cref="CheckText"/>,
/// per file) entry keys. A format character is GTD0027, a text not in normalization form C is GTD0028; each at the
/// string that holds it. References (a type, a
/// source, a replacement) are not checked here: they must match a declaration, and no declaration passes with such
/// characters, so they are reported as unknown.
/// </summary>
internal static class IdentifierTextCheck
{
    /// <summary>Reports each problem as an error of the document that holds the text.</summary>
    public static void Check(BindingContext context, IReadOnlyList<SeedDocument> documents)
    {
        foreach (SeedDocument document in documents)
        {
            var diagnostics = new DocumentReporter(context, document);
            Check(diagnostics, "Namespace", document.Namespace);
            foreach (SeedSource source in document.Sources)
            {
                Check(diagnostics, "Source id", source.Id);
            }

            foreach (SeedEnum e in document.Enums)
            {
                CheckEnum(diagnostics, e);
            }

            foreach (SeedRecord record in document.Records)
            {
                Check(diagnostics, "Record name", record.Name);
                Check(diagnostics, "Catalog name", record.Catalog);
                Check(diagnostics, "Record key", record.Key);
                foreach (SeedField field in record.Fields)
                {
                    Check(diagnostics, "Field name", field.Name);
                }
            }
        }
    }

    /// <summary>Checks one text of <paramref name="document"/> (an entry key: <see cref="EntryKeyReader"/> reads those per file).</summary>
    public static void CheckText(BindingContext context, SeedDocument document, string what, string text, SeedLocation location)
        => Check(new DocumentReporter(context, document), what, text, location);

    private static void CheckEnum(DocumentReporter diagnostics, SeedEnum e)
    {
        Check(diagnostics, "Enum name", e.Name);
        foreach (SeedField property in e.Properties)
        {
            Check(diagnostics, "Property name", property.Name);
        }

        foreach (SeedMember member in e.Members)
        {
            Check(diagnostics, "Member name", member.Name);
            Check(diagnostics, "Member code", member.Code);
        }
    }

    private static void Check(DocumentReporter diagnostics, string what, LocatedString? text)
    {
        if (text is not null)
        {
            Check(diagnostics, what, text.Value, text.Location);
        }
    }

    private static void Check(DocumentReporter diagnostics, string what, string text, SeedLocation location)
    {
        if (UnicodeRules.FirstFormatCharacter(text) is int formatCharacter)
        {
            diagnostics.Error(DiagnosticDescriptors.InvisibleCharacter, location, what, UnicodeRules.Visible(text), UnicodeRules.Describe(formatCharacter));
        }
        else if (UnicodeRules.ComposedIfNotNormalized(text) is string composed)
        {
            (string written, string composedPoints) = UnicodeRules.Difference(text, composed);
            diagnostics.Error(DiagnosticDescriptors.NotNormalized, location, what, UnicodeRules.Visible(text), written, composedPoints, UnicodeRules.Visible(composed));
        }
    }

    /// <summary>
    /// The document being checked: every text it holds is reported as its error. A struct: <see cref="CheckText"/>
    /// makes one per entry key.
    /// </summary>
    private readonly struct DocumentReporter
    {
        private readonly BindingContext _context;
        private readonly SeedDocument _document;

        public DocumentReporter(BindingContext context, SeedDocument document)
        {
            _context = context;
            _document = document;
        }

        public void Error(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, SeedLocation location, params object[] args)
            => _context.ReportError(_document, descriptor, location, args);
    }
}
