using System.Collections.Generic;
using GeneTherapy.Domain.Generators.Diagnostics;
using GeneTherapy.Domain.Generators.Model;

namespace GeneTherapy.Domain.Generators.Binding;

/// <summary>Declares every enum and record (and the classes generated beside them) in the symbol table.</summary>
internal static class TypeDeclarations
{
    public static void Declare(BindingContext context, SymbolTable symbols, FullNameRegistry fullNames, IReadOnlyList<SeedDocument> documents)
    {
        int order = 0;
        foreach (SeedDocument document in documents)
        {
            foreach (SeedEnum seed in document.Enums)
            {
                DeclareEnum(context, symbols, fullNames, new EnumDecl(seed, document, order++));
            }

            foreach (SeedRecord seed in document.Records)
            {
                LocatedString catalog = seed.Catalog ?? new LocatedString(GeneratedNames.DefaultCatalog(seed.Name.Value), seed.Name.Location);
                DeclareRecord(context, symbols, fullNames, new RecordDecl(seed, document, order++, catalog.Value), catalog);
            }
        }

        fullNames.CheckAgainstNamespaces(documents);
    }

    private static void DeclareEnum(BindingContext context, SymbolTable symbols, FullNameRegistry fullNames, EnumDecl decl)
    {
        if (DeclareType(context, symbols, fullNames, decl, "an enum"))
        {
            string extensions = GeneratedNames.Extensions(decl.Name);
            string converter = GeneratedNames.JsonConverter(decl.Name);
            fullNames.Reserve(decl.Document, decl.Namespace + "." + extensions, decl.NameLocation.Location, $"the generated class '{extensions}'");
            fullNames.Reserve(decl.Document, decl.Namespace + "." + converter, decl.NameLocation.Location, $"the generated class '{converter}'");
        }
    }

    private static void DeclareRecord(BindingContext context, SymbolTable symbols, FullNameRegistry fullNames, RecordDecl decl, LocatedString catalog)
    {
        if (!DeclareType(context, symbols, fullNames, decl, "a record") || decl.Seed.Key is null)
        {
            return;
        }

        if (Names.CheckTypeName(catalog.Value) is string problem)
        {
            context.ReportError(decl.Document, DiagnosticDescriptors.InvalidIdentifier, catalog.Location, catalog.Value, "a catalog class", problem);
        }
        else if (GeneratedNames.IsOneOf(catalog.Value, GeneratedNames.CatalogMembers) || GeneratedNames.IsOneOf(catalog.Value, GeneratedNames.CatalogPrivateMembers))
        {
            // A class may not have a member of its own name (CS0542).
            context.ReportError(decl.Document, DiagnosticDescriptors.NameClash, catalog.Location, catalog.Value, catalog.Value, $"the catalog '{catalog.Value}' itself");
        }
        else
        {
            fullNames.Reserve(decl.Document, decl.CatalogFullName, catalog.Location, $"the catalog '{catalog.Value}'");
        }
    }

    private static bool DeclareType(BindingContext context, SymbolTable symbols, FullNameRegistry fullNames, TypeDecl decl, string what)
    {
        LocatedString name = decl.NameLocation;
        if (Names.CheckTypeName(name.Value) is string problem)
        {
            context.ReportError(decl.Document, DiagnosticDescriptors.InvalidIdentifier, name.Location, name.Value, what, problem);
            return false;
        }

        if (symbols.TypesByName.TryGetValue(name.Value, out TypeDecl? first))
        {
            context.ReportError(decl.Document, DiagnosticDescriptors.DuplicateName, name.Location, "Type", name.Value, BindingContext.Describe(first.NameLocation.Location));
            return false;
        }

        symbols.Add(decl);
        return fullNames.Reserve(decl.Document, decl.FullName, name.Location, $"{what} '{name.Value}'");
    }
}
