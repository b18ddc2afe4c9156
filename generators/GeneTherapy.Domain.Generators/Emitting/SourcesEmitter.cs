using System.Linq;
using GeneTherapy.Domain.Generators.Binding;
using GeneTherapy.Domain.Generators.Model;
using Microsoft.CodeAnalysis.Text;

namespace GeneTherapy.Domain.Generators.Emitting;

/// <summary>Emits the <c>Sources</c> catalog of a namespace: every document its seed files cite.</summary>
internal static class SourcesEmitter
{
    public static SourceText Emit(SourcesSpec spec)
    {
        var w = new SourceWriter();
        using (CSharpSyntax.OpenNamespace(w, spec.Namespace))
        {
            w.WriteLine("/// <summary>The documents that the seed files of this namespace cite.</summary>");
            w.WriteLine(CSharpSyntax.GeneratedCodeAttribute);
            w.WriteLine("public static partial class " + GeneratedNames.SourcesClass);
            using (w.Braces())
            {
                foreach (SourceSpec source in spec.Sources)
                {
                    string url = source.Url is null ? "null" : "new global::System.Uri(" + CSharpSyntax.Literal(source.Url) + ", global::System.UriKind.Absolute)";
                    string publisher = source.Publisher is null ? string.Empty : " (" + CSharpSyntax.DocInline(source.Publisher) + ")";
                    w.WriteLine($"/// <summary>{CSharpSyntax.DocInline(source.Title)}{publisher}.</summary>");
                    w.WriteLine($"public static {CSharpSyntax.SourceType} {CSharpSyntax.Identifier(source.PropertyName)} {{ get; }} = new(id: {CSharpSyntax.Literal(source.Id)}, title: {CSharpSyntax.Literal(source.Title)}, publisher: {Optional(source.Publisher)}, url: {url}, doi: {Optional(source.Doi)}, summary: {Optional(source.Summary)}{Kind(source.Kind)});");
                }

                CSharpSyntax.WriteLookup(w, CSharpSyntax.SourceType, "Every source, ordered by property name.", "id", "source", "source", spec.AnnotateTryGet,
                    spec.Sources.Select(x => (x.Id, x.PropertyName)));
            }
        }

        return w.ToSourceText();
    }

    private static string Optional(string? value) => value is null ? "null" : CSharpSyntax.Literal(value);

    // Left out when the seed grades no kind, so the call reads as it did before kinds existed.
    private static string Kind(string? member) => member is null ? string.Empty : ", kind: " + SourceKinds.EnumType + "." + member;
}
