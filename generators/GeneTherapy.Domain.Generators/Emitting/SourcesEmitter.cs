using GeneTherapy.Domain.Generators.Model;

namespace GeneTherapy.Domain.Generators.Emitting;

/// <summary>Emits the <c>Sources</c> catalog of a namespace: every document its seed files cite.</summary>
internal static class SourcesEmitter
{
    public static string Emit(SourcesSpec spec)
    {
        var w = new SourceWriter();
        using (CSharp.OpenNamespace(w, spec.Namespace))
        {
            w.WriteLine("/// <summary>The documents that the seed files of this namespace cite.</summary>");
            w.WriteLine(CSharp.GeneratedCodeAttribute);
            w.WriteLine("public static partial class Sources");
            using (w.Braces())
            {
                foreach (SourceSpec source in spec.Sources)
                {
                    string url = source.Url is null ? "null" : "new global::System.Uri(" + CSharp.Literal(source.Url) + ", global::System.UriKind.Absolute)";
                    string publisher = source.Publisher is null ? string.Empty : " (" + CSharp.DocInline(source.Publisher) + ")";
                    w.WriteLine($"/// <summary>{CSharp.DocInline(source.Title)}{publisher}.</summary>");
                    w.WriteLine($"public static {CSharp.SourceType} {CSharp.Identifier(source.PropertyName)} {{ get; }} = new({CSharp.Literal(source.Id)}, {CSharp.Literal(source.Title)}, {Optional(source.Publisher)}, {url}, {Optional(source.Doi)}, {Optional(source.Summary)});");
                }

                w.WriteLine();
                w.WriteLine("/// <summary>Every source, ordered by property name.</summary>");
                w.WriteLine($"public static {CSharp.ReadOnlyList}<{CSharp.SourceType}> All {{ get; }} = global::System.Array.AsReadOnly(new {CSharp.SourceType}[]");
                using (w.Braces("});"))
                {
                    foreach (SourceSpec source in spec.Sources)
                    {
                        w.WriteLine(CSharp.Identifier(source.PropertyName) + ",");
                    }
                }

                w.WriteLine();
                w.WriteLine("/// <summary>Finds the source with id <paramref name=\"id\"/>, comparing ordinally.</summary>");
                w.WriteLine("/// <param name=\"id\">The source id, as written in seed files.</param>");
                w.WriteLine("/// <param name=\"source\">The source, or <c>null</c> when no source has that id.</param>");
                w.WriteLine("/// <returns>Whether a source has that id.</returns>");
                w.WriteLine("public static bool TryGet(string? id,");
                w.WriteDirective("#if NETCOREAPP3_0_OR_GREATER || NETSTANDARD2_1_OR_GREATER");
                w.WriteLine("    [global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)]");
                w.WriteDirective("#endif");
                w.WriteLine($"    out {CSharp.SourceType}? source)");
                using (w.Braces())
                {
                    w.WriteLine("switch (id)");
                    using (w.Braces())
                    {
                        foreach (SourceSpec s in spec.Sources)
                        {
                            w.WriteLine($"case {CSharp.Literal(s.Id)}: source = {CSharp.Identifier(s.PropertyName)}; return true;");
                        }

                        w.WriteLine("default: source = null; return false;");
                    }
                }
            }
        }

        return w.ToString();
    }

    private static string Optional(string? value) => value is null ? "null" : CSharp.Literal(value);
}
