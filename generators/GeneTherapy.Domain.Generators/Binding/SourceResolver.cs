using System;
using System.Linq;
using GeneTherapy.Domain.Generators.Diagnostics;
using GeneTherapy.Domain.Generators.Model;
using GeneTherapy.Domain.Generators.Parsing;

namespace GeneTherapy.Domain.Generators.Binding;

/// <summary>Finds the source a seed cites by id (GTD0014 when there is none) and records the dependency on its document.</summary>
internal sealed class SourceResolver
{
    private readonly BindingContext _context;
    private readonly SymbolTable _symbols;
    private readonly System.Collections.Generic.Dictionary<SourceDecl, SourceRef> _refs = new();

    public SourceResolver(BindingContext context, SymbolTable symbols)
    {
        _context = context;
        _symbols = symbols;
    }

    /// <summary>Null when <paramref name="id"/> is null or unknown; only the latter is an error.</summary>
    public SourceRef? Resolve(LocatedString? id, SeedDocument from)
    {
        if (id is null)
        {
            return null;
        }

        if (!_symbols.Sources.TryGetValue(id.Value, out SourceDecl? decl) || decl.PropertyName is not string property)
        {
            string suggestion = Suggestions.DidYouMean(id.Value, _symbols.Sources.Keys.OrderBy(k => k, StringComparer.Ordinal));
            _context.ReportUnresolved(from, DiagnosticDescriptors.UnknownSource, id.Location, id.Value, suggestion);
            return null;
        }

        _context.Depend(from, decl.Document);
        if (!_refs.TryGetValue(decl, out SourceRef? reference))
        {
            // Every entry citing a source gets the same instance: thousands of entries usually cite a handful of sources.
            reference = new SourceRef(decl.Document.Namespace.Value, property, decl.Seed.Title);
            _refs.Add(decl, reference);
        }

        return reference;
    }
}
