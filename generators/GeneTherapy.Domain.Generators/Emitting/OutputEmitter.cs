using System;
using System.Text;
using GeneTherapy.Domain.Generators.Diagnostics;
using GeneTherapy.Domain.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace GeneTherapy.Domain.Generators.Emitting;

/// <summary>Turns one output spec into its generated file (or files) and adds them to the compilation.</summary>
internal static class OutputEmitter
{
    public static void Emit(SourceProductionContext context, OutputSpec spec)
    {
        try
        {
            switch (spec)
            {
                case EnumSpec e:
                    foreach ((string hintName, SourceText source) in EnumEmitter.Emit(e))
                    {
                        context.CancellationToken.ThrowIfCancellationRequested();
                        Add(context, hintName, source);
                    }

                    break;
                case EnumConverterSpec c:
                    Add(context, c.HintName, JsonConverterEmitter.Emit(c));
                    break;
                case RecordSpec r:
                    Add(context, r.HintName, RecordEmitter.Emit(r));
                    break;
                case CatalogSpec c:
                    Add(context, c.HintName, CatalogEmitter.Emit(c));
                    break;
                case CatalogIndexSpec i:
                    Add(context, i.HintName, CatalogPartsEmitter.EmitIndex(i));
                    break;
                case CatalogPartSpec p:
                    Add(context, p.HintName, CatalogPartsEmitter.EmitPart(p));
                    break;
                case SourcesSpec s:
                    Add(context, s.HintName, SourcesEmitter.Emit(s));
                    break;
                case CodeTableSpec t:
                    Add(context, t.HintName, CodeTableEmitter.Emit(t));
                    break;
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // An emitter bug must not surface as CS8785 and drop every output: it names the type instead.
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.InternalError,
                Location.Create(spec.HintName, default, default),
                $"emitting {spec.Namespace}.{spec.Name} failed with {ex.GetType().Name}: {ex.Message}"));
        }
    }

    public static void Add(SourceProductionContext context, string hintName, string source)
        => context.AddSource(hintName, SourceText.From(source, Encoding.UTF8));

    private static void Add(SourceProductionContext context, string hintName, SourceText source) => context.AddSource(hintName, source);
}
