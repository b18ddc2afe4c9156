using System;
using System.Collections.Generic;
using GeneTherapy.Domain.Generators.Diagnostics;
using GeneTherapy.Domain.Generators.Model;

namespace GeneTherapy.Domain.Generators.Baseline;

/// <summary>
/// The terms every baseline file of the project lists, merged: members by enum, keys by catalog. A term listed twice
/// is GTD0058 at its second line. Lives only inside the compare step.
/// </summary>
internal sealed class ShippedVocabulary
{
    private readonly Dictionary<string, BaselineTerm> _seen = new(StringComparer.Ordinal);

    private ShippedVocabulary()
    {
    }

    public SortedDictionary<string, List<BaselineTerm>> Members { get; } = new(StringComparer.Ordinal);

    public SortedDictionary<string, List<BaselineTerm>> Keys { get; } = new(StringComparer.Ordinal);

    public static ShippedVocabulary From(IEnumerable<BaselineDocument> documents, List<DiagnosticInfo> diagnostics)
    {
        var shipped = new ShippedVocabulary();
        foreach (BaselineDocument document in documents)
        {
            diagnostics.AddRange(document.Diagnostics);
            foreach (BaselineTerm term in document.Terms)
            {
                shipped.Add(term, diagnostics);
            }
        }

        return shipped;
    }

    private void Add(BaselineTerm term, List<DiagnosticInfo> diagnostics)
    {
        if (term.Kind == BaselineTermKind.Namespace)
        {
            return;
        }

        string identity = term.Kind + " " + term.Scope + " " + term.Name;
        if (_seen.TryGetValue(identity, out BaselineTerm? first))
        {
            string what = term.Kind == BaselineTermKind.Member ? $"member '{term.Name}' of enum '{term.Scope}'" : $"key '{term.Name}' of catalog '{term.Scope}'";
            diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.InvalidBaselineLine,
                term.Line,
                $"{what} is listed twice (first at {first.Line.Path}({first.Line.StartLine + 1},1))"));
            return;
        }

        _seen.Add(identity, term);
        SortedDictionary<string, List<BaselineTerm>> lists = term.Kind == BaselineTermKind.Member ? Members : Keys;
        if (!lists.TryGetValue(term.Scope, out List<BaselineTerm>? list))
        {
            list = new List<BaselineTerm>();
            lists.Add(term.Scope, list);
        }

        list.Add(term);
    }
}
