using System;
using System.Collections.Generic;
using GeneTherapy.Domain.Generators.Diagnostics;
using GeneTherapy.Domain.Generators.Model;

namespace GeneTherapy.Domain.Generators.Binding;

/// <summary>The member names declared in one scope (an enum's properties or members, a record's fields): valid and unique.</summary>
internal sealed class MemberNameScope
{
    private readonly BindingContext _context;
    private readonly SeedDocument _document;
    private readonly string _what;
    private readonly Dictionary<string, SeedLocation> _seen = new(StringComparer.Ordinal);

    /// <param name="what">What the names are, for messages: "a field of record 'Product'".</param>
    public MemberNameScope(BindingContext context, SeedDocument document, string what)
    {
        _context = context;
        _document = document;
        _what = what;
    }

    /// <summary>False, with GTD0006 or GTD0007, when the name is not a valid member name or is taken.</summary>
    public bool TryAdd(LocatedString name)
    {
        if (Names.CheckMemberName(name.Value) is string problem)
        {
            _context.ReportError(_document, DiagnosticDescriptors.InvalidIdentifier, name.Location, name.Value, _what, problem);
            return false;
        }

        if (_seen.TryGetValue(name.Value, out SeedLocation first))
        {
            _context.ReportError(_document, DiagnosticDescriptors.DuplicateName, name.Location, "Name", name.Value, BindingContext.Describe(first));
            return false;
        }

        _seen.Add(name.Value, name.Location);
        return true;
    }
}
