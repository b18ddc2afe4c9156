using System.Linq;
using System.Text;
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
                    WriteSource(w, source);
                }

                CSharpSyntax.WriteLookup(w, CSharpSyntax.SourceType, "Every source, ordered by property name.", "id", "source", "source", spec.AnnotateTryGet,
                    spec.Sources.Select(x => (x.Id, x.PropertyName)));
            }
        }

        return w.ToSourceText();
    }

    private static void WriteSource(SourceWriter w, SourceSpec source)
    {
        if (source.Publisher is null)
        {
            w.WriteLine($"/// <summary>{CSharpSyntax.DocInlineOf(source.Title)}.</summary>");
        }
        else
        {
            w.WriteLine($"/// <summary>{CSharpSyntax.DocInlineOf(source.Title)} ({CSharpSyntax.DocInlineOf(source.Publisher)}).</summary>");
        }

        w.WriteLine($"public static {CSharpSyntax.SourceType} {CSharpSyntax.Identifier(source.PropertyName)} {{ get; }} = new(id: {CSharpSyntax.LiteralOf(source.Id)}, "
            + $"title: {CSharpSyntax.LiteralOf(source.Title)}, publisher: {CSharpSyntax.OptionalLiteralOf(source.Publisher)}, url: {new UrlPart(source.Url)}, "
            + $"doi: {CSharpSyntax.OptionalLiteralOf(source.Doi)}, summary: {CSharpSyntax.OptionalLiteralOf(source.Summary)}{Kind(source.Kind)});");
    }

    /// <summary><c>null</c>, or the source's URL as a <c>System.Uri</c>.</summary>
    private readonly struct UrlPart : SourceWriter.ILinePart
    {
        private readonly string? _url;

        public UrlPart(string? url) => _url = url;

        public void AppendTo(StringBuilder builder)
        {
            if (_url is null)
            {
                builder.Append("null");
                return;
            }

            CSharpSyntax.AppendUri(builder, _url);
        }

        public override string ToString() => SourceWriter.Render(this);
    }

    // Left out when the seed grades no kind, so the call reads as it did before kinds existed.
    private static string Kind(string? member) => member is null ? string.Empty : ", kind: " + SourceKinds.EnumType + "." + member;
}
