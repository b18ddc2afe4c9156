using System;
using System.Collections.Generic;
using System.Linq;
using GeneTherapy.Domain.Generators.Model;

namespace GeneTherapy.Domain.Generators.Binding;

/// <summary>
/// Reduces the declarations to their <see cref="DeclarationSummary"/>: every fact the per-file entry binding and the
/// final step read from them, with no location and no entry value.
/// </summary>
internal static class DeclarationSummaryBuilder
{
    public static DeclarationSummary Build(BindingContext context, IReadOnlyList<SeedDocument> documents, SymbolTable symbols, IEnumerable<RecordShape> records,
        IEnumerable<FileKeys> keys, IReadOnlyList<EntryPlace> duplicates, IEnumerable<DeclaredOutput> outputs, IReadOnlyDictionary<SourceDecl, SourceSpec> sourceSpecs)
        => new(
            context.SomeFileUnreadable,
            documents.Where(d => d.Kind == SeedKind.Own).Select(d => d.Path).ToEquatableArray(),
            context.FailedPaths.OrderBy(p => p, StringComparer.Ordinal).ToEquatableArray(),
            context.Dependencies.Select(d => new PathDependency(d.From, d.To))
                .OrderBy(d => d.From, StringComparer.Ordinal).ThenBy(d => d.To, StringComparer.Ordinal).ToEquatableArray(),
            outputs.ToEquatableArray(),
            Sources(symbols, sourceSpecs),
            symbols.Enums.Select(Enum).ToEquatableArray(),
            records.Select(Record).ToEquatableArray(),
            keys.OrderBy(k => k.Path, StringComparer.Ordinal).Select(k => new DeclaredKeys(k.Path, k.Groups)).ToEquatableArray(),
            duplicates.ToEquatableArray());

    private static EquatableArray<DeclaredSource> Sources(SymbolTable symbols, IReadOnlyDictionary<SourceDecl, SourceSpec> specs)
        => symbols.Sources.Values
            .Select(s => new DeclaredSource(s.Seed.Id.Value, s.PropertyName, s.Document.Namespace.Value, s.Document.Path, s.Seed.Title,
                specs.TryGetValue(s, out SourceSpec? spec) ? spec : null))
            .ToEquatableArray();

    private static DeclaredEnum Enum(EnumDecl e)
        => new(e.FullName, e.Document.Path, e.Seed.Members
            .Select(m => new DeclaredMember(m.Name.Value, m.Code.Value, m.Deprecated?.Reason.Value, m.Deprecated?.Replacement?.Value))
            .ToEquatableArray());

    private static DeclaredRecord Record(RecordShape shape)
    {
        RecordDecl decl = shape.Decl;
        return new DeclaredRecord(decl.Namespace, decl.Name, decl.CatalogName, decl.Document.Path, decl.Seed.Summary,
            decl.Seed.Key is not null, shape.KeyField is not null, shape.AllResolved, shape.Source,
            shape.Fields.Select(f => f.Spec).ToEquatableArray(),
            shape.Fields.Select(f => f.Target.WrittenType.Value).ToEquatableArray(),
            decl.Seed.Fields.Select(f => f.Name.Value).ToEquatableArray());
    }
}
