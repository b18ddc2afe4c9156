using System.Collections.Generic;
using System.Linq;
using System.Threading;
using GeneTherapy.Domain.Generators.Binding;
using GeneTherapy.Domain.Generators.Diagnostics;
using GeneTherapy.Domain.Generators.Model;
using Xunit;

namespace GeneTherapy.Domain.Generators.Tests.Binding;

public class EmissionPlannerTests
{
    [Fact]
    public void EmittedPaths_NoFailures_EveryOwnDocument()
    {
        HashSet<string> emitted = EmissionPlanner.EmittedPaths(new[] { "a", "b" }, new string[0], new[] { ("a", "b") });

        Assert.Equal(new[] { "a", "b" }, emitted.OrderBy(p => p, System.StringComparer.Ordinal));
    }

    [Fact]
    public void EmittedPaths_FailedDocument_BlocksItsDependentsTransitivelyButNotOthers()
    {
        // d -> c -> b (failed); a independent; e depends on a.
        HashSet<string> emitted = EmissionPlanner.EmittedPaths(
            new[] { "a", "b", "c", "d", "e" }, new[] { "b" }, new[] { ("c", "b"), ("d", "c"), ("e", "a") });

        Assert.Equal(new[] { "a", "e" }, emitted.OrderBy(p => p, System.StringComparer.Ordinal));
    }

    [Fact]
    public void EmittedPaths_FailedReferenceDocument_BlocksOwnDocumentsUsingIt()
    {
        HashSet<string> emitted = EmissionPlanner.EmittedPaths(new[] { "own" }, new[] { "reference" }, new[] { ("own", "reference") });

        Assert.Empty(emitted);
    }

    [Fact]
    public void EmittedPaths_DependencyLoopOnAFailedDocument_Terminates()
    {
        HashSet<string> emitted = EmissionPlanner.EmittedPaths(new[] { "a", "b", "c" }, new[] { "c" }, new[] { ("a", "b"), ("b", "a"), ("b", "c") });

        Assert.Empty(emitted);
    }

    /// <summary>
    /// The old binder inferred failed files from where error diagnostics pointed, so an error located in the wrong file
    /// silently cost that file its output. Now only the explicit mark counts.
    /// </summary>
    [Fact]
    public void EmittedPaths_ErrorLocatedInAnotherFile_DoesNotBlockThatFile()
    {
        SeedDocument a = BindingFixture.Parse("a.seed.json", BindingFixture.Seed("A", string.Empty));
        var context = new BindingContext(someFileUnreadable: false, CancellationToken.None);
        var inB = new SeedLocation("b.seed.json", 0, 1, 0, 0, 0, 1);

        context.ReportError(a, DiagnosticDescriptors.UnknownType, inB, "Nope");
        HashSet<string> emitted = EmissionPlanner.EmittedPaths(new[] { "a.seed.json", "b.seed.json" }, context.FailedPaths, context.Dependencies);

        Assert.Equal("b.seed.json", Assert.Single(context.SortedDiagnostics()).Location.Path);
        Assert.Equal(new[] { "b.seed.json" }, emitted);
    }

    [Theory]
    [InlineData(800, true, "GTD0022")]
    [InlineData(900, false, "GTD0023")]
    public void CanCompile_OldLanguageOrNoRuntime_ReportsAtTheFirstFileWithoutMarkingIt(int version, bool hasRuntime, string id)
    {
        var context = new BindingContext(someFileUnreadable: false, CancellationToken.None);

        bool ok = EmissionPlanner.CanCompile(context, new CompilationFacts(version, "8.0", hasRuntime ? null : "GeneTherapy.Domain.Source", true), "first.seed.json");

        Assert.False(ok);
        DiagnosticInfo reported = Assert.Single(context.SortedDiagnostics());
        Assert.Equal((id, SeedLocation.FileStart("first.seed.json")), (reported.Id, reported.Location));
        Assert.Empty(context.FailedPaths);
    }

    [Fact]
    public void CanCompile_CSharp9WithRuntime_IsTrueAndSilent()
    {
        var context = new BindingContext(someFileUnreadable: false, CancellationToken.None);

        Assert.True(EmissionPlanner.CanCompile(context, new CompilationFacts(900, "9.0", null, false), "first.seed.json"));
        Assert.Empty(context.SortedDiagnostics());
    }
}
