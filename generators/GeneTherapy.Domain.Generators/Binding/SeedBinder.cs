using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using GeneTherapy.Domain.Generators.Model;

namespace GeneTherapy.Domain.Generators.Binding;

/// <summary>
/// Binds all parsed seed documents together: checks names, duplicates, references and value types across files,
/// and turns the documents that are free of errors into output specs. This class only runs the phases in order.
/// </summary>
/// <remarks>
/// A document with an error generates nothing, and neither does a document that uses something declared in it
/// (a type, a source, an entry): the rest still generates, so one bad file never costs the output of unrelated
/// files, and never leaves generated code that fails to compile. Each phase marks the documents it finds at fault
/// on the <see cref="BindingContext"/>; the <see cref="EmissionPlanner"/> reads only those marks.
/// </remarks>
internal static class SeedBinder
{
    public static BindResult BindVocabulary(ImmutableArray<ParseResult> results, CompilationFacts facts, CancellationToken cancellationToken)
    {
        // Files arrive in whatever order the host gives them; output must not depend on it.
        List<SeedDocument> documents = results
            .Where(r => r.Document is not null)
            .Select(r => r.Document!)
            .OrderBy(d => d.Path, StringComparer.Ordinal)
            .ToList();
        var context = new BindingContext(results.Any(r => r.Document is null), cancellationToken);
        foreach (ParseResult result in results)
        {
            if (result.Document is SeedDocument document && result.Diagnostics.Any(d => d.IsError))
            {
                context.Fail(document.Path);
            }
        }

        IdentifierTextCheck.Check(context, documents);
        SymbolTable symbols = Declare(context, documents);
        Dictionary<SeedLocation, CodeSystemIdentity> codeSystems = CodeSystemBinder.BindCodeSystems(context, documents);
        var sources = new SourceResolver(context, symbols);
        var types = new TypeResolver(context, symbols, sources);
        List<EnumShape> enumShapes = symbols.Enums.Select(types.ResolveEnum).ToList();
        List<RecordShape> recordShapes = symbols.Records.Select(types.ResolveRecord).ToList();

        Dictionary<RecordDecl, EntryIndex> catalogs = new EntryCollector(context, symbols).Collect(documents);
        var terms = new TermLookup(context, symbols, catalogs);
        var deprecations = new DeprecationBinder(context, terms);
        var values = new ValueBinder(context, symbols, terms, deprecations);
        List<BoundEnum> enums = BindEnums(enumShapes, new EnumMemberBinder(context, sources, values, deprecations));
        List<BoundRecord> records = BindRecords(context, symbols, recordShapes, catalogs, new EntryBinder(context, sources, values, deprecations));

        List<SeedDocument> own = documents.Where(d => d.Kind == SeedKind.Own).ToList();
        bool canEmit = own.Count > 0 && EmissionPlanner.CanCompile(context, facts, own[0].Path);
        HashSet<string> emitted = canEmit
            ? EmissionPlanner.EmittedPaths(own.Select(d => d.Path), context.FailedPaths, context.Dependencies)
            : new HashSet<string>(StringComparer.Ordinal);
        List<OutputSpec> outputs = SpecBuilder.Build(emitted, enums, records, symbols, codeSystems, facts.HasNotNullWhen);
        return new BindResult(outputs.ToEquatableArray(), context.SortedDiagnostics());
    }

    private static SymbolTable Declare(BindingContext context, List<SeedDocument> documents)
    {
        var symbols = new SymbolTable();
        var fullNames = new FullNameRegistry(context);
        SourceDeclarations.Declare(context, symbols, fullNames, documents);
        TypeDeclarations.Declare(context, symbols, fullNames, documents);
        return symbols;
    }

    private static List<BoundEnum> BindEnums(List<EnumShape> shapes, EnumMemberBinder members)
    {
        var enums = new List<BoundEnum>(shapes.Count);
        foreach (EnumShape shape in shapes)
        {
            (SourceRef? source, EquatableArray<MemberSpec> bound) = members.Bind(shape);
            enums.Add(new BoundEnum(shape, source, bound));
        }

        return enums;
    }

    private static List<BoundRecord> BindRecords(BindingContext context, SymbolTable symbols, List<RecordShape> shapes,
        Dictionary<RecordDecl, EntryIndex> catalogs, EntryBinder binder)
    {
        var entries = new List<List<BoundEntry>>(shapes.Count);
        foreach (RecordShape shape in shapes)
        {
            var bound = new List<BoundEntry>(catalogs[shape.Decl].Entries.Count);
            foreach (EntryDecl entry in catalogs[shape.Decl].Entries)
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                bound.Add(binder.Bind(shape, entry));
            }

            entries.Add(bound);
        }

        CatalogOrder.CheckRecordCycles(context, symbols, shapes);
        return shapes
            .Select((shape, i) => new BoundRecord(shape, entries[i], CatalogOrder.OrderEntries(context, shape.Decl, entries[i])))
            .ToList();
    }
}
