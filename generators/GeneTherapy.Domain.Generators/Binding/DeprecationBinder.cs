using System;
using System.Collections.Generic;
using GeneTherapy.Domain.Generators.Diagnostics;
using GeneTherapy.Domain.Generators.Model;

namespace GeneTherapy.Domain.Generators.Binding;

/// <summary>
/// Deprecations: each replacement names a current member or entry of the same enum or catalog (GTD0025 otherwise),
/// and uses of deprecated terms from current data are warned about (GTD0026).
/// </summary>
internal sealed class DeprecationBinder
{
    private readonly BindingContext _context;
    private readonly TermLookup _terms;

    public DeprecationBinder(BindingContext context, TermLookup terms)
    {
        _context = context;
        _terms = terms;
    }

    /// <summary>The deprecation of each deprecated member whose replacement is valid; the others are reported.</summary>
    public Dictionary<SeedMember, DeprecationSpec> BindMembers(EnumDecl e)
    {
        var result = new Dictionary<SeedMember, DeprecationSpec>();
        foreach (SeedMember member in e.Seed.Members)
        {
            if (member.Deprecated is not SeedDeprecation deprecated)
            {
                continue;
            }

            if (deprecated.Replacement is not LocatedString replacement)
            {
                result.Add(member, new DeprecationSpec(deprecated.Reason.Value, null, null));
                continue;
            }

            SeedMember? target = _terms.FindMember(e, replacement, e.Document);
            if (target is not null && IsCurrentReplacement(e.Document, replacement, ReferenceEquals(target, member), target.Deprecated is not null, "member",
                $"member '{member.Name.Value}' of enum '{e.Name}'", $"member of enum '{e.Name}'"))
            {
                result.Add(member, new DeprecationSpec(deprecated.Reason.Value, target.Name.Value, target.Code.Value));
            }
        }

        return result;
    }

    /// <summary>Null, with its error reported, when the replacement is unknown, the entry itself or deprecated too.</summary>
    public DeprecationSpec? BindEntry(EntryDecl entry, SeedDeprecation deprecated)
    {
        if (deprecated.Replacement is not LocatedString replacement)
        {
            return new DeprecationSpec(deprecated.Reason.Value, null, null);
        }

        RecordDecl record = entry.Record;
        // By key, not by instance: the per-file step binds a fresh declaration of the entry against the collected index.
        if (_terms.FindEntry(record, replacement, entry.Document) is not EntryDecl target
            || !IsCurrentReplacement(entry.Document, replacement, target.Record == record && target.Key == entry.Key, target.Seed.Deprecated is not null, "entry",
                $"entry '{entry.Key}' of '{record.Name}'", $"entry of '{record.Name}'"))
        {
            return null;
        }

        _context.Depend(entry.Document, target.Document);
        return new DeprecationSpec(deprecated.Reason.Value, target.PropertyName, target.Key);
    }

    /// <summary>
    /// Warns (GTD0026) about a value that refers to a deprecated member or entry, unless the value belongs to a deprecated
    /// term itself: like C#, which does not warn about obsolete uses inside obsolete code.
    /// </summary>
    public void ReportUse(string what, SeedDeprecation deprecated, SeedLocation location, bool insideDeprecated)
    {
        if (insideDeprecated)
        {
            return;
        }

        string reason = deprecated.Reason.Value;
        if (reason.EndsWith(".", StringComparison.Ordinal) && !reason.EndsWith("..", StringComparison.Ordinal))
        {
            reason = reason.Substring(0, reason.Length - 1);
        }

        string replacement = deprecated.Replacement is LocatedString r ? $"; use '{r.Value}' instead" : string.Empty;
        _context.Report(DiagnosticDescriptors.DeprecatedUsed, location, what, reason, replacement);
    }

    /// <summary>Reports GTD0025 when an existing replacement is the deprecated term itself or deprecated too.</summary>
    private bool IsCurrentReplacement(SeedDocument document, LocatedString replacement, bool isItself, bool isDeprecated, string kind, string what, string current)
    {
        string? problem = isItself ? $"it is the deprecated {kind} itself" : isDeprecated ? "it is deprecated too" : null;
        if (problem is not null)
        {
            _context.ReportError(document, DiagnosticDescriptors.InvalidReplacement, replacement.Location, replacement.Value, what, problem, current);
        }

        return problem is null;
    }
}
