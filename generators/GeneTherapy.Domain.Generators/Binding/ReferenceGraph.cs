using System;
using System.Collections.Generic;

namespace GeneTherapy.Domain.Generators.Binding;

/// <summary>A reference that closes a loop: the edge from <paramref name="From"/> and the nodes of the loop, first node repeated last.</summary>
internal sealed record Cycle<T>(T From, int Edge, IReadOnlyList<T> Path);

/// <summary>Graph algorithms the binder needs, as pure functions over nodes and their successors.</summary>
internal static class ReferenceGraph
{
    /// <summary>
    /// Depth-first from each root in order; every edge that reaches a node still on the stack is a cycle, reported at
    /// that edge. <paramref name="successors"/> gives a node's edges as (index, target); self-references are the
    /// caller's to leave out.
    /// </summary>
    public static List<Cycle<T>> FindCycles<T>(IEnumerable<T> roots, Func<T, IEnumerable<(int Edge, T Target)>> successors)
        where T : notnull
    {
        var cycles = new List<Cycle<T>>();
        var state = new Dictionary<T, bool>(); // false: on the stack; true: done.
        var path = new List<T>();
        foreach (T root in roots)
        {
            Visit(root);
        }

        return cycles;

        void Visit(T node)
        {
            if (state.TryGetValue(node, out bool done) && done)
            {
                return;
            }

            state[node] = false;
            path.Add(node);
            foreach ((int edge, T target) in successors(node))
            {
                if (state.TryGetValue(target, out bool targetDone) && !targetDone)
                {
                    var loop = new List<T>(path.GetRange(path.IndexOf(target), path.Count - path.IndexOf(target))) { target };
                    cycles.Add(new Cycle<T>(node, edge, loop));
                    continue;
                }

                Visit(target);
            }

            path.RemoveAt(path.Count - 1);
            state[node] = true;
        }
    }

    /// <summary>
    /// The nodes in an order where each comes after its successors (depth-first post-order, so otherwise as given);
    /// <paramref name="reentered"/> lists each node met again while its own successors were being visited (a cycle).
    /// </summary>
    public static List<T> DependencyOrder<T>(IReadOnlyList<T> nodes, Func<T, IEnumerable<T>> successors, out List<T> reentered)
        where T : notnull
    {
        var ordered = new List<T>(nodes.Count);
        var found = new List<T>();
        var state = new Dictionary<T, bool>(); // false: in progress; true: placed.
        foreach (T node in nodes)
        {
            Visit(node);
        }

        reentered = found;
        return ordered;

        void Visit(T node)
        {
            if (state.TryGetValue(node, out bool placed))
            {
                if (!placed)
                {
                    found.Add(node);
                }

                return;
            }

            state[node] = false;
            foreach (T target in successors(node))
            {
                Visit(target);
            }

            state[node] = true;
            ordered.Add(node);
        }
    }
}
