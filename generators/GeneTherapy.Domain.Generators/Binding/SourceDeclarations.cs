using System;
using System.Collections.Generic;
using GeneTherapy.Domain.Generators.Diagnostics;
using GeneTherapy.Domain.Generators.Model;

namespace GeneTherapy.Domain.Generators.Binding;

/// <summary>Declares every document's namespace and sources: ids unique, property names valid and unique per namespace.</summary>
internal static class SourceDeclarations
{
    public static void Declare(BindingContext context, SymbolTable symbols, FullNameRegistry fullNames, IReadOnlyList<SeedDocument> documents)
    {
        foreach (SeedDocument document in documents)
        {
            if (Names.CheckNamespace(document.Namespace.Value) is string problem)
            {
                context.ReportError(document, DiagnosticDescriptors.InvalidIdentifier, document.Namespace.Location, document.Namespace.Value, "a namespace", problem);
            }

            foreach (SeedSource source in document.Sources)
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                if (Declare(context, symbols, document, source) is { PropertyName: string property } decl)
                {
                    AddToNamespace(context, symbols, fullNames, decl, property);
                }
            }
        }
    }

    private static SourceDecl? Declare(BindingContext context, SymbolTable symbols, SeedDocument document, SeedSource source)
    {
        if (symbols.Sources.TryGetValue(source.Id.Value, out SourceDecl? first))
        {
            context.ReportError(document, DiagnosticDescriptors.DuplicateSource, source.Id.Location, source.Id.Value, BindingContext.Describe(first.Seed.Id.Location));
            return null;
        }

        var decl = new SourceDecl(source, document, Names.ToPascalIdentifier(source.Id.Value));
        symbols.Sources.Add(source.Id.Value, decl);
        if (decl.PropertyName is null)
        {
            context.ReportError(document, DiagnosticDescriptors.InvalidIdentifier, source.Id.Location, source.Id.Value, "a source", "the id needs at least one letter or digit");
            return null;
        }

        if (source.Url is not null && !Uri.TryCreate(source.Url.Value, UriKind.Absolute, out _))
        {
            context.ReportError(document, DiagnosticDescriptors.InvalidSourceUrl, source.Url.Location, source.Url.Value, source.Id.Value);
        }

        if (source.Kind is not null && SourceKinds.MemberName(source.Kind.Value) is null)
        {
            // Not ReportUnresolved: the kinds are a fixed list, so this is never the echo of another file's failure.
            context.ReportError(document, DiagnosticDescriptors.UnknownCode, source.Kind.Location, source.Kind.Value, SourceKinds.EnumName, SourceKinds.CodeList);
        }

        return decl;
    }

    private static void AddToNamespace(BindingContext context, SymbolTable symbols, FullNameRegistry fullNames, SourceDecl decl, string property)
    {
        SeedDocument document = decl.Document;
        LocatedString id = decl.Seed.Id;
        if (!symbols.SourcesByNamespace.TryGetValue(document.Namespace.Value, out Dictionary<string, SourceDecl>? inNamespace))
        {
            inNamespace = new Dictionary<string, SourceDecl>(StringComparer.Ordinal);
            symbols.SourcesByNamespace.Add(document.Namespace.Value, inNamespace);
            fullNames.Reserve(document, document.Namespace.Value + "." + GeneratedNames.SourcesClass, id.Location, $"the generated class '{GeneratedNames.SourcesClass}'");
        }

        if (GeneratedNames.IsOneOf(property, GeneratedNames.SourcesMembers) || property == GeneratedNames.SourcesClass)
        {
            context.ReportError(document, DiagnosticDescriptors.NameClash, id.Location, property, property, $"the generated class '{GeneratedNames.SourcesClass}'");
        }
        else if (inNamespace.TryGetValue(property, out SourceDecl? other))
        {
            context.ReportError(document, DiagnosticDescriptors.DuplicateName, id.Location, "Source property", property, BindingContext.Describe(other.Seed.Id.Location));
        }
        else
        {
            inNamespace.Add(property, decl);
        }
    }
}
