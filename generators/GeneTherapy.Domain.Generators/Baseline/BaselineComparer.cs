using System;
using System.Collections.Generic;
using System.Threading;
using GeneTherapy.Domain.Generators.Diagnostics;
using GeneTherapy.Domain.Generators.Model;

namespace GeneTherapy.Domain.Generators.Baseline;

/// <summary>
/// Compares the seeds with the shipped baseline. A shipped term that is gone is reported at its baseline line; a
/// shipped term that changed, or a shipped value or code given to another member, at the seed token; a term the
/// baseline does not list yet is GTD0057 (info). While a seed has errors, nothing is compared: its terms may only
/// look removed.
/// </summary>
internal static class BaselineComparer
{
    public static EquatableArray<DiagnosticInfo> CompareWithBaseline(
        CurrentVocabulary current,
        IEnumerable<BaselineDocument> baselines,
        CancellationToken cancellationToken)
    {
        var diagnostics = new List<DiagnosticInfo>();
        ShippedVocabulary shipped = ShippedVocabulary.From(baselines, diagnostics);
        if (!current.IsComplete)
        {
            return diagnostics.ToEquatableArray();
        }

        foreach (string enumName in Union(shipped.Members.Keys, current.Members.Keys))
        {
            cancellationToken.ThrowIfCancellationRequested();
            CompareEnum(enumName, Get(shipped.Members, enumName), Get(current.Members, enumName), diagnostics);
        }

        foreach (string catalog in Union(shipped.Keys.Keys, current.Keys.Keys))
        {
            cancellationToken.ThrowIfCancellationRequested();
            CompareCatalog(catalog, Get(shipped.Keys, catalog), Get(current.Keys, catalog), diagnostics);
        }

        return diagnostics.ToEquatableArray();
    }

    private static void CompareEnum(string enumName, List<BaselineTerm> shipped, List<CurrentMember> current, List<DiagnosticInfo> diagnostics)
    {
        var byName = new Dictionary<string, CurrentMember>(StringComparer.Ordinal);
        foreach (CurrentMember member in current)
        {
            byName[member.Name.Value] = byName.TryGetValue(member.Name.Value, out CurrentMember? first) ? first : member;
        }

        var shippedNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (BaselineTerm term in shipped)
        {
            shippedNames.Add(term.Name);
        }

        var renamed = new HashSet<CurrentMember>();
        foreach (BaselineTerm term in shipped)
        {
            if (byName.TryGetValue(term.Name, out CurrentMember? member))
            {
                CompareShippedMember(enumName, term, member, diagnostics);
            }
            else if (FindRename(term, current, shippedNames, renamed) is CurrentMember rename)
            {
                renamed.Add(rename);
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ShippedMemberRenamed, rename.Name.Location,
                    rename.Name.Value, enumName, term.Value, term.Code, term.Name));
            }
            else
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ShippedMemberRemoved, term.Line, term.Name, enumName, term.Value, term.Code));
            }
        }

        foreach (CurrentMember member in current)
        {
            if (!shippedNames.Contains(member.Name.Value) && !renamed.Contains(member))
            {
                CheckNewMember(enumName, member, shipped, byName, diagnostics);
            }
        }
    }

    private static void CompareShippedMember(string enumName, BaselineTerm term, CurrentMember member, List<DiagnosticInfo> diagnostics)
    {
        if (member.Value != term.Value)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ShippedMemberRenumbered, member.ValueLocation, term.Name, enumName, term.Value));
        }

        if (!string.Equals(member.Code.Value, term.Code, StringComparison.Ordinal))
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ShippedMemberRecoded, member.Code.Location, term.Name, enumName, term.Code));
        }
    }

    /// <summary>A member the baseline does not name that holds exactly the removed member's value and code.</summary>
    private static CurrentMember? FindRename(BaselineTerm term, List<CurrentMember> current, HashSet<string> shippedNames, HashSet<CurrentMember> renamed)
    {
        foreach (CurrentMember member in current)
        {
            if (!shippedNames.Contains(member.Name.Value) && !renamed.Contains(member)
                && member.Value == term.Value && string.Equals(member.Code.Value, term.Code, StringComparison.Ordinal))
            {
                return member;
            }
        }

        return null;
    }

    /// <summary>
    /// A member the baseline does not name: an error when it takes a value or code that shipped with another member
    /// (unless that member still holds it, which GTD0008/GTD0009 report), otherwise not shipped yet.
    /// </summary>
    private static void CheckNewMember(
        string enumName,
        CurrentMember member,
        List<BaselineTerm> shipped,
        Dictionary<string, CurrentMember> byName,
        List<DiagnosticInfo> diagnostics)
    {
        bool reused = false;
        foreach (BaselineTerm term in shipped)
        {
            bool ownerKeepsIt = byName.TryGetValue(term.Name, out CurrentMember? owner);
            if (term.Value == member.Value && !(ownerKeepsIt && owner!.Value == term.Value))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ShippedValueReused, member.ValueLocation,
                    term.Value, enumName, term.Name, member.Name.Value));
                reused = true;
            }

            if (string.Equals(term.Code, member.Code.Value, StringComparison.Ordinal)
                && !(ownerKeepsIt && string.Equals(owner!.Code.Value, term.Code, StringComparison.Ordinal)))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ShippedCodeReused, member.Code.Location,
                    term.Code, enumName, term.Name, member.Name.Value));
                reused = true;
            }
        }

        if (!reused)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.TermNotShipped, member.Name.Location,
                $"Member '{member.Name.Value}' of enum '{enumName}'"));
        }
    }

    private static void CompareCatalog(string catalog, List<BaselineTerm> shipped, List<LocatedString> current, List<DiagnosticInfo> diagnostics)
    {
        var present = new HashSet<string>(StringComparer.Ordinal);
        foreach (LocatedString key in current)
        {
            present.Add(key.Value);
        }

        var shippedKeys = new HashSet<string>(StringComparer.Ordinal);
        foreach (BaselineTerm term in shipped)
        {
            shippedKeys.Add(term.Name);
            if (!present.Contains(term.Name))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ShippedKeyRemoved, term.Line, term.Name, catalog));
            }
        }

        foreach (LocatedString key in current)
        {
            if (!shippedKeys.Contains(key.Value))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.TermNotShipped, key.Location, $"Entry '{key.Value}' of catalog '{catalog}'"));
            }
        }
    }

    private static SortedSet<string> Union(IEnumerable<string> left, IEnumerable<string> right)
    {
        var union = new SortedSet<string>(left, StringComparer.Ordinal);
        union.UnionWith(right);
        return union;
    }

    private static List<T> Get<T>(SortedDictionary<string, List<T>> lists, string name)
        => lists.TryGetValue(name, out List<T>? list) ? list : new List<T>();
}
