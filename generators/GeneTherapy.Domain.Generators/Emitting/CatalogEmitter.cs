using System.Collections.Generic;
using System.Linq;
using System.Text;
using GeneTherapy.Domain.Generators.Model;
using Microsoft.CodeAnalysis.Text;

namespace GeneTherapy.Domain.Generators.Emitting;

/// <summary>Emits the static catalog of a record's entries: one property per entry, <c>All</c>, <c>TryGet</c> and <c>IsDeprecated</c>.</summary>
internal static class CatalogEmitter
{
    public const string AllSummary = "Every entry, in the order the seed files declare them.";

    public static SourceText Emit(CatalogSpec spec)
    {
        string record = CSharpSyntax.Global(spec.Namespace + "." + spec.RecordName);
        var w = new SourceWriter();
        using (CSharpSyntax.OpenNamespace(w, spec.Namespace))
        {
            WriteClassHeader(w, spec.Namespace, spec.Name, spec.RecordName);
            using (w.Braces())
            {
                // Static initialisers run in text order, so entries that others refer to come first.
                foreach (int index in spec.InitializationOrder)
                {
                    WriteEntry(w, spec.Name, record, spec.Entries[index], initialize: true);
                }

                CSharpSyntax.WriteLookup(w, record, AllSummary, "key", "value", "entry", spec.AnnotateTryGet,
                    spec.Entries.Select(e => (e.Key, e.PropertyName)));
                WriteIsDeprecated(w, record, spec.AnnotateTryGet, spec.Entries.Select(e => (e.Key, e.Deprecation)));
            }
        }

        return w.ToSourceText();
    }

    /// <summary>The catalog class's summary, attribute and declaration: written by the one file (or index part) of a catalog.</summary>
    public static void WriteClassHeader(SourceWriter w, string ns, string catalog, string record)
    {
        w.WriteLine($"/// <summary>The <see cref=\"{ns}.{record}\"/> entries declared in seed files.</summary>");
        w.WriteLine(CSharpSyntax.GeneratedCodeAttribute);
        w.WriteLine($"public static partial class {CSharpSyntax.Identifier(catalog)}");
    }

    /// <summary>
    /// One entry's property with its doc comment and, for a deprecated entry, <c>[Obsolete]</c>; with its initialiser,
    /// or without one when a static constructor assigns it.
    /// </summary>
    public static void WriteEntry(SourceWriter w, string catalog, string record, EntrySpec entry, bool initialize)
    {
        if (entry.Source is null)
        {
            w.WriteLine($"/// <summary>The entry with key <c>{CSharpSyntax.DocInlineOf(entry.Key)}</c>.</summary>");
        }
        else
        {
            w.WriteLine($"/// <summary>The entry with key <c>{CSharpSyntax.DocInlineOf(entry.Key)}</c>. Source: {CSharpSyntax.DocInlineOf(entry.Source.Title)}.</summary>");
        }

        if (entry.Deprecation is DeprecationSpec deprecation)
        {
            w.WriteLine(CSharpSyntax.ObsoleteAttribute(deprecation, catalog, "key"));
        }

        if (initialize)
        {
            w.WriteLine($"public static {record} {CSharpSyntax.Identifier(entry.PropertyName)} {{ get; }} = {ConstructionOf(entry)};");
        }
        else
        {
            w.WriteLine($"public static {record} {CSharpSyntax.Identifier(entry.PropertyName)} {{ get; }}");
        }
    }

    /// <summary>The expression that builds an entry, <c>new(values..., source)</c>, appended in place.</summary>
    public static ConstructionPart ConstructionOf(EntrySpec entry) => new(entry);

    public readonly struct ConstructionPart : SourceWriter.ILinePart
    {
        private readonly EntrySpec _entry;

        public ConstructionPart(EntrySpec entry) => _entry = entry;

        public void AppendTo(StringBuilder builder)
        {
            builder.Append("new(");
            foreach (ValueSpec value in _entry.Values)
            {
                CSharpSyntax.AppendValue(builder, value);
                builder.Append(", ");
            }

            CSharpSyntax.SourceExpressionOf(_entry.Source).AppendTo(builder);
            builder.Append(')');
        }

        public override string ToString() => SourceWriter.Render(this);
    }

    /// <summary>
    /// <c>IsDeprecated</c>: the reason and replacement of a deprecated entry, looked up by key, so that code holding a
    /// stored key (which the compiler cannot check) can still learn that the entry is retired.
    /// </summary>
    public static void WriteIsDeprecated(SourceWriter w, string record, bool annotate, IEnumerable<(string Key, DeprecationSpec? Deprecation)> entries)
    {
        w.WriteLine();
        w.WriteLine("/// <summary>Whether the entry with key <paramref name=\"key\"/> is deprecated in the seed files, and why.</summary>");
        w.WriteLine("/// <param name=\"key\">The key to look up, compared ordinally.</param>");
        w.WriteLine("/// <param name=\"reason\">Why the entry is deprecated, or <c>null</c> when it is not (or no entry has that key).</param>");
        w.WriteLine("/// <param name=\"replacement\">The entry to use instead, or <c>null</c> when the seed names none.</param>");
        w.WriteLine("/// <returns>Whether an entry with that key exists and is deprecated.</returns>");
        w.WriteLine($"public static bool {GeneratedNames.IsDeprecated}(string? key,");
        if (annotate)
        {
            w.WriteLine("    [global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)]");
        }

        w.WriteLine("    out string? reason,");
        w.WriteLine($"    out {record}? replacement)");
        using (w.Braces())
        {
            w.WriteLine("switch (key)");
            using (w.Braces())
            {
                foreach ((string key, DeprecationSpec? deprecation) in entries)
                {
                    if (deprecation is DeprecationSpec d)
                    {
                        string replacement = d.ReplacementName is null ? "null" : CSharpSyntax.Identifier(d.ReplacementName);
                        w.WriteLine($"case {CSharpSyntax.LiteralOf(key)}: reason = {CSharpSyntax.LiteralOf(d.Reason)}; replacement = {replacement}; return true;");
                    }
                }

                w.WriteLine("default: reason = null; replacement = null; return false;");
            }
        }
    }
}
