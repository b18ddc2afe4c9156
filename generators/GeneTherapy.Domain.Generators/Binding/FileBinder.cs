using System.Collections.Generic;
using System.Linq;
using System.Threading;
using GeneTherapy.Domain.Generators.Model;

namespace GeneTherapy.Domain.Generators.Binding;

/// <summary>
/// Binds the entries of one document against the declarations of all: the pipeline's per-file step, so a one-seed edit
/// binds one document's entries again, not the whole vocabulary.
/// </summary>
/// <remarks>
/// Every diagnostic it reports points into its own document, and every document it marks failed is its own: values,
/// sources and replacements are all written in the entry. From the declarations it reads only what their summary holds
/// (see <see cref="DeclaredVocabulary"/>), so its result depends on its document and that summary alone.
/// </remarks>
internal static class FileBinder
{
    public static FileBinding Bind(SeedDocument document, DeclaredVocabulary declarations, CancellationToken cancellationToken)
    {
        var accepted = declarations.EntriesOf(document.Path);
        if (accepted.Count == 0)
        {
            return new FileBinding(document.Path, false, EquatableArray<string>.Empty, EquatableArray<DiagnosticInfo>.Empty, EquatableArray<FileEntry>.Empty);
        }

        var context = new BindingContext(declarations.Summary.SomeFileUnreadable, cancellationToken);
        var terms = new TermLookup(context, declarations.Symbols, declarations.Catalogs);
        var deprecations = new DeprecationBinder(context, terms);
        var binder = new EntryBinder(context, new SourceResolver(context, declarations.Symbols),
            new ValueBinder(context, declarations.Symbols, terms, deprecations), deprecations);
        var entries = new FileEntry[accepted.Count];
        for (int i = 0; i < entries.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            EntryDecl collected = accepted[i].Decl;

            // The collected declaration may come from an earlier text of this document: then bind this text's entry.
            EntryDecl entry = ReferenceEquals(collected.Document, document)
                ? collected
                : new EntryDecl(collected.Record, document.EntryGroups[accepted[i].Group].Entries[accepted[i].Position], document, collected.Key, collected.PropertyName);
            entries[i] = ToFileEntry(binder.Bind(declarations.Shapes[entry.Record], entry));
        }

        return new FileBinding(
            document.Path,
            context.FailedPaths.Count > 0,
            context.Dependencies.Select(d => d.To).Distinct().OrderBy(p => p, System.StringComparer.Ordinal).ToEquatableArray(),
            context.SortedDiagnostics(),
            new EquatableArray<FileEntry>(entries));
    }

    private static FileEntry ToFileEntry(BoundEntry bound)
    {
        EntryDecl decl = bound.Decl;
        EquatableArray<string> own = OwnRecordReferences(bound.References, decl.Record);
        EntrySpec? spec = bound.Values is EquatableArray<ValueSpec> values && decl is { Key: string key, PropertyName: string property }
            ? new EntrySpec(property, key, bound.Source, values, bound.Deprecation)
            : null;
        return new FileEntry(decl.Record.FullName, decl.Key, spec, own, own.IsEmpty ? null : BindingContext.Start(decl.Seed.Location));
    }

    /// <summary>The keys of the entries of the same record that an entry refers to; a loop, as it runs once per entry.</summary>
    private static EquatableArray<string> OwnRecordReferences(IReadOnlyList<EntryDecl> references, RecordDecl record)
    {
        List<string>? keys = null;
        for (int i = 0; i < references.Count; i++)
        {
            if (references[i].Record == record)
            {
                (keys ??= new List<string>()).Add(references[i].Key!);
            }
        }

        return keys is null ? EquatableArray<string>.Empty : new EquatableArray<string>(keys.ToArray());
    }
}
