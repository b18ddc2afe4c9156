using System;
using System.Collections.Generic;
using GeneTherapy.Domain.Generators.Diagnostics;
using GeneTherapy.Domain.Generators.Model;

namespace GeneTherapy.Domain.Generators.Binding;

/// <summary>Decides which documents may emit, from the explicit failure marks and the dependencies between documents.</summary>
internal static class EmissionPlanner
{
    public const int MinimumLanguageVersion = 900;

    /// <summary>
    /// The own documents that emit: those not marked failed and not depending, directly or through others, on a failed
    /// document. Where a diagnostic points plays no part: only the marks do.
    /// </summary>
    public static HashSet<string> EmittedPaths(IEnumerable<string> ownPaths, IReadOnlyCollection<string> failedPaths, IEnumerable<(string From, string To)> dependencies)
    {
        var dependents = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach ((string from, string to) in dependencies)
        {
            if (!dependents.TryGetValue(to, out List<string>? list))
            {
                list = new List<string>();
                dependents.Add(to, list);
            }

            list.Add(from);
        }

        var blocked = new HashSet<string>(failedPaths, StringComparer.Ordinal);
        var pending = new Queue<string>(blocked);
        while (pending.Count > 0)
        {
            if (dependents.TryGetValue(pending.Dequeue(), out List<string>? users))
            {
                foreach (string user in users)
                {
                    if (blocked.Add(user))
                    {
                        pending.Enqueue(user);
                    }
                }
            }
        }

        var emitted = new HashSet<string>(StringComparer.Ordinal);
        foreach (string path in ownPaths)
        {
            if (!blocked.Contains(path))
            {
                emitted.Add(path);
            }
        }

        return emitted;
    }

    /// <summary>Whether generated code can compile in this project at all; GTD0022 or GTD0023 at <paramref name="firstPath"/> when not.</summary>
    public static bool CanCompile(BindingContext context, CompilationFacts facts, string firstPath)
    {
        bool ok = true;
        if (facts.LanguageVersion < MinimumLanguageVersion)
        {
            context.Report(DiagnosticDescriptors.UnsupportedLanguageVersion, SeedLocation.FileStart(firstPath), facts.LanguageVersionText);
            ok = false;
        }

        if (facts.MissingRuntimeType is string missing)
        {
            context.Report(DiagnosticDescriptors.MissingRuntimeLibrary, SeedLocation.FileStart(firstPath), missing);
            ok = false;
        }

        return ok;
    }
}
