using System.Collections.Generic;
using System.Linq;
using GeneTherapy.Domain.Generators.Binding;
using Xunit;

namespace GeneTherapy.Domain.Generators.Tests.Binding;

public class ReferenceGraphTests
{
    [Fact]
    public void FindCycles_Acyclic_None()
    {
        var edges = Graph(("A", "B"), ("B", "C"), ("A", "C"));

        Assert.Empty(ReferenceGraph.FindCycles(new[] { "A", "B", "C" }, Successors(edges)));
    }

    [Fact]
    public void FindCycles_ThreeNodeLoop_ReportedOnceAtTheClosingEdgeWithThePath()
    {
        var edges = Graph(("A", "B"), ("B", "C"), ("C", "A"));

        Cycle<string> cycle = Assert.Single(ReferenceGraph.FindCycles(new[] { "A", "B", "C" }, Successors(edges)));

        Assert.Equal("C", cycle.From);
        Assert.Equal(0, cycle.Edge);
        Assert.Equal(new[] { "A", "B", "C", "A" }, cycle.Path);
    }

    [Fact]
    public void FindCycles_LoopNotThroughTheRoot_PathStartsAtTheReenteredNode()
    {
        var edges = Graph(("R", "X"), ("X", "Y"), ("Y", "Z"), ("Y", "X"));

        Cycle<string> cycle = Assert.Single(ReferenceGraph.FindCycles(new[] { "R" }, Successors(edges)));

        Assert.Equal(("Y", 1), (cycle.From, cycle.Edge));
        Assert.Equal(new[] { "X", "Y", "X" }, cycle.Path);
    }

    [Fact]
    public void DependencyOrder_TargetsComeFirstOtherwiseInputOrder()
    {
        var edges = Graph(("a", "c"), ("b", "a"));

        List<string> order = ReferenceGraph.DependencyOrder(new[] { "a", "b", "c", "d" }, n => edges.TryGetValue(n, out var t) ? t : new List<string>(), out List<string> reentered);

        Assert.Equal(new[] { "c", "a", "b", "d" }, order);
        Assert.Empty(reentered);
    }

    [Fact]
    public void DependencyOrder_Loop_ListsTheReenteredNodeAndStillOrdersEveryNodeOnce()
    {
        var edges = Graph(("a", "b"), ("b", "a"), ("c", "c"));

        List<string> order = ReferenceGraph.DependencyOrder(new[] { "a", "b", "c" }, n => edges.TryGetValue(n, out var t) ? t : new List<string>(), out List<string> reentered);

        Assert.Equal(new[] { "b", "a", "c" }, order);
        Assert.Equal(new[] { "a", "c" }, reentered);
    }

    private static Dictionary<string, List<string>> Graph(params (string From, string To)[] edges)
        => edges.GroupBy(e => e.From).ToDictionary(g => g.Key, g => g.Select(e => e.To).ToList());

    private static System.Func<string, IEnumerable<(int, string)>> Successors(Dictionary<string, List<string>> edges)
        => n => edges.TryGetValue(n, out List<string>? targets) ? targets.Select((t, i) => (i, t)) : Enumerable.Empty<(int, string)>();
}
