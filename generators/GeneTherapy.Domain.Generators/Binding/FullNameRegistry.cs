using System;
using System.Collections.Generic;
using System.Linq;
using GeneTherapy.Domain.Generators.Diagnostics;
using GeneTherapy.Domain.Generators.Model;

namespace GeneTherapy.Domain.Generators.Binding;

/// <summary>
/// The full names of every generated type. Unique ignoring case: generated files are named after them, and hosts
/// treat file names that differ only in case as the same file.
/// </summary>
internal sealed class FullNameRegistry
{
    private readonly BindingContext _context;
    private readonly Dictionary<string, (SeedLocation Location, SeedDocument Document)> _names = new(StringComparer.OrdinalIgnoreCase);

    public FullNameRegistry(BindingContext context) => _context = context;

    /// <summary>False (and GTD0007, unless it is the same declaration again) when the name is taken.</summary>
    public bool Reserve(SeedDocument document, string fullName, SeedLocation location, string what)
    {
        if (_names.TryGetValue(fullName, out (SeedLocation Location, SeedDocument Document) first))
        {
            if (first.Location != location)
            {
                _context.ReportError(document, DiagnosticDescriptors.DuplicateName, location, "Type", fullName + $" (for {what})", BindingContext.Describe(first.Location));
            }

            return false;
        }

        _names.Add(fullName, (location, document));
        return true;
    }

    /// <summary>A type and a namespace of the same full name cannot both exist (GTD0007 at the type).</summary>
    public void CheckAgainstNamespaces(IReadOnlyList<SeedDocument> documents)
    {
        var namespaces = new Dictionary<string, SeedLocation>(StringComparer.OrdinalIgnoreCase);
        foreach (SeedDocument document in documents)
        {
            string[] parts = document.Namespace.Value.Split('.');
            for (int i = 1; i <= parts.Length; i++)
            {
                string ns = string.Join(".", parts, 0, i);
                if (!namespaces.ContainsKey(ns))
                {
                    namespaces.Add(ns, document.Namespace.Location);
                }
            }
        }

        foreach (KeyValuePair<string, (SeedLocation Location, SeedDocument Document)> name in _names.OrderBy(n => n.Key, StringComparer.Ordinal))
        {
            if (namespaces.TryGetValue(name.Key, out SeedLocation ns))
            {
                _context.ReportError(name.Value.Document, DiagnosticDescriptors.DuplicateName, name.Value.Location, "Type", name.Key, BindingContext.Describe(ns) + ", as a namespace");
            }
        }
    }
}
