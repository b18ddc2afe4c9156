using System.Threading;
using GeneTherapy.Domain.Generators.Binding;
using GeneTherapy.Domain.Generators.Diagnostics;
using GeneTherapy.Domain.Generators.Model;
using Xunit;

namespace GeneTherapy.Domain.Generators.Tests.Binding;

public class BindingContextTests
{
    private static readonly SeedDocument s_a = BindingFixture.Parse("a.seed.json", BindingFixture.Seed("A", string.Empty));
    private static readonly SeedDocument s_b = BindingFixture.Parse("b.seed.json", BindingFixture.Seed("B", string.Empty));

    [Fact]
    public void ReportError_MarksTheNamedDocumentNotTheOneTheLocationIsIn()
    {
        var context = new BindingContext(someFileUnreadable: false, CancellationToken.None);

        context.ReportError(s_a, DiagnosticDescriptors.UnknownType, At("b.seed.json", 5), "Nope");

        Assert.Equal(new[] { "a.seed.json" }, context.FailedPaths);
        DiagnosticInfo reported = Assert.Single(context.SortedDiagnostics());
        Assert.Equal(("GTD0012", "b.seed.json", "Nope"), (reported.Id, reported.Location.Path, reported.Args[0]));
    }

    [Fact]
    public void ReportUnresolved_SomeFileUnreadable_MarksTheDocumentButReportsNothing()
    {
        var context = new BindingContext(someFileUnreadable: true, CancellationToken.None);

        context.ReportUnresolved(s_a, DiagnosticDescriptors.UnknownSource, At("a.seed.json", 3), "src", string.Empty);

        Assert.Equal(new[] { "a.seed.json" }, context.FailedPaths);
        Assert.Empty(context.SortedDiagnostics());
    }

    [Fact]
    public void ReportUnresolved_AllFilesReadable_ReportsAndMarks()
    {
        var context = new BindingContext(someFileUnreadable: false, CancellationToken.None);

        context.ReportUnresolved(s_a, DiagnosticDescriptors.UnknownSource, At("a.seed.json", 3), "src", string.Empty);

        Assert.Equal(new[] { "a.seed.json" }, context.FailedPaths);
        Assert.Equal("GTD0014", Assert.Single(context.SortedDiagnostics()).Id);
    }

    [Fact]
    public void Report_WarningOrProjectError_MarksNoDocument()
    {
        var context = new BindingContext(someFileUnreadable: false, CancellationToken.None);

        context.Report(DiagnosticDescriptors.DeprecatedUsed, At("a.seed.json", 1), "Member 'x'", "old", string.Empty);
        context.Report(DiagnosticDescriptors.UnsupportedLanguageVersion, SeedLocation.FileStart("a.seed.json"), "7.3");

        Assert.Empty(context.FailedPaths);
        Assert.Equal(2, context.SortedDiagnostics().Count);
    }

    [Fact]
    public void SortedDiagnostics_OrdersByPathThenPositionThenId()
    {
        var context = new BindingContext(someFileUnreadable: false, CancellationToken.None);
        context.ReportError(s_b, DiagnosticDescriptors.UnknownType, At("b.seed.json", 1), "x");
        context.ReportError(s_a, DiagnosticDescriptors.UnknownType, At("a.seed.json", 9), "y");
        context.ReportError(s_a, DiagnosticDescriptors.DuplicateName, At("a.seed.json", 9), "Type", "z", "f(1,1)");
        context.ReportError(s_a, DiagnosticDescriptors.UnknownType, At("a.seed.json", 2), "w");

        Assert.Equal(
            new[] { "a.seed.json:2:GTD0012", "a.seed.json:9:GTD0007", "a.seed.json:9:GTD0012", "b.seed.json:1:GTD0012" },
            System.Linq.Enumerable.Select(context.SortedDiagnostics(), d => $"{d.Location.Path}:{d.Location.Start}:{d.Id}"));
    }

    [Fact]
    public void Depend_SameDocument_IsNotADependency()
    {
        var context = new BindingContext(someFileUnreadable: false, CancellationToken.None);

        context.Depend(s_a, s_a);
        context.Depend(s_a, s_b);
        context.Depend(s_a, s_b);

        Assert.Equal(new[] { ("a.seed.json", "b.seed.json") }, context.Dependencies);
    }

    [Fact]
    public void DescribeAndStart_OneBasedFileAndFirstCharacter()
    {
        var location = new SeedLocation("dir/x.seed.json", 40, 12, 2, 7, 4, 1);

        Assert.Equal("x.seed.json(3,8)", BindingContext.Describe(location));
        Assert.Equal(new SeedLocation("dir/x.seed.json", 40, 1, 2, 7, 2, 8), BindingContext.Start(location));
    }

    private static SeedLocation At(string path, int start) => new(path, start, 1, 0, start, 0, start + 1);
}
