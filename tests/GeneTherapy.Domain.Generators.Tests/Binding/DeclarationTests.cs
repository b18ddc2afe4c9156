using System.Linq;
using GeneTherapy.Domain.Generators.Binding;
using Xunit;
using static GeneTherapy.Domain.Generators.Tests.Binding.BindingFixture;

namespace GeneTherapy.Domain.Generators.Tests.Binding;

public class DeclarationTests
{
    [Fact]
    public void Declare_TypesOfAllDocuments_InPathThenWrittenOrder()
    {
        BindingFixture f = Declared(
            ("b.seed.json", Seed("B", "\"enums\": [ { \"name\": \"Zeta\", \"members\": [] } ]")),
            ("a.seed.json", Seed("A", "\"records\": [ { \"name\": \"Rec\", \"fields\": [] } ], \"enums\": [ { \"name\": \"Alpha\", \"members\": [] } ]")));

        Assert.Empty(f.Diagnostics());
        Assert.Equal(new[] { "A.Alpha", "B.Zeta" }, f.Symbols.Enums.Select(e => e.FullName));
        Assert.Equal(new[] { 0, 2 }, f.Symbols.Enums.Select(e => e.Order));
        Assert.Equal("A.RecCatalog", Assert.Single(f.Symbols.Records).CatalogFullName);
        Assert.Same(f.Symbols.TypesByName["Zeta"], f.Symbols.ByFullName("B.Zeta"));
    }

    [Fact]
    public void Declare_SameSimpleNameInTwoFiles_GTD0007AtTheSecondAndMarksItsDocument()
    {
        string a = Seed("A", "\"enums\": [ { \"name\": \"Color\", \"members\": [] } ]");
        string b = Seed("Bb", "\"enums\": [ { \"name\": \"Color\", \"members\": [] } ]");
        BindingFixture f = Declared(("a.seed.json", a), ("b.seed.json", b));

        Assert.Equal(new[] { $"GTD0007 b.seed.json{At(b, "\"Color\"")}: Type | Color | a.seed.json{At(a, "\"Color\"")}" }, f.Diagnostics());
        Assert.Equal(new[] { "b.seed.json" }, f.Context.FailedPaths);
    }

    [Fact]
    public void Declare_GeneratedClassNameTakenIgnoringCase_GTD0007ForTheLaterDeclaration()
    {
        string a = Seed("A", "\"enums\": [ { \"name\": \"Color\", \"members\": [] }, { \"name\": \"Colorextensions\", \"members\": [] } ]");
        BindingFixture f = Declared(("a.seed.json", a));

        Assert.Equal(
            new[] { $"GTD0007 a.seed.json{At(a, "\"Colorextensions\"")}: Type | A.Colorextensions (for an enum 'Colorextensions') | a.seed.json{At(a, "\"Color\"")}" },
            f.Diagnostics());
    }

    [Fact]
    public void Declare_TypeNamedLikeANamespace_GTD0007SaysWhereTheNamespaceIs()
    {
        string a = Seed("Acme", "\"enums\": [ { \"name\": \"Lab\", \"members\": [] } ]");
        string b = Seed("Acme.Lab", string.Empty);
        BindingFixture f = Declared(("a.seed.json", a), ("b.seed.json", b));

        Assert.Equal(new[] { $"GTD0007 a.seed.json{At(a, "\"Lab\"")}: Type | Acme.Lab | b.seed.json{At(b, "\"Acme.Lab\"")}, as a namespace" }, f.Diagnostics());
        Assert.Equal(new[] { "a.seed.json" }, f.Context.FailedPaths);
    }

    [Fact]
    public void Declare_Sources_DuplicateIdAndClashWithGeneratedMember()
    {
        string a = Seed("A", "\"sources\": [ { \"id\": \"all\", \"title\": \"T\" }, { \"id\": \"x-y\", \"title\": \"T\" }, { \"id\": \"x-y\", \"title\": \"U\" } ]");
        BindingFixture f = Declared(("a.seed.json", a));

        Assert.Equal(
            new[]
            {
                $"GTD0024 a.seed.json{At(a, "\"all\"")}: All | All | the generated class 'Sources'",
                $"GTD0011 a.seed.json{At(a, "\"x-y\"", 2)}: x-y | a.seed.json{At(a, "\"x-y\"")}",
            },
            f.Diagnostics());
        Assert.Equal(new[] { "XY" }, f.Symbols.SourcesByNamespace["A"].Keys);
    }

    [Fact]
    public void Declare_CatalogNamedLikeItsOwnMember_GTD0024()
    {
        string a = Seed("A", "\"records\": [ { \"name\": \"Rec\", \"catalog\": \"TryGet\", \"key\": \"Id\", \"fields\": [] } ]");
        BindingFixture f = Declared(("a.seed.json", a));

        Assert.Equal(new[] { $"GTD0024 a.seed.json{At(a, "\"TryGet\"")}: TryGet | TryGet | the catalog 'TryGet' itself" }, f.Diagnostics());
    }

    [Fact]
    public void Declare_SourceOfUnknownKind_GTD0015AtTheKindReportedEvenWhenAFileIsUnreadable()
    {
        string a = Seed("A", "\"sources\": [ { \"id\": \"s\", \"title\": \"T\", \"kind\": \"blog\" } ]");
        BindingFixture f = Declared(someFileUnreadable: true, ("a.seed.json", a));

        Assert.Equal(new[] { $"GTD0015 a.seed.json{At(a, "\"blog\"")}: blog | SourceKind | \"regulator\", \"legislation\", \"peer-reviewed\", \"company\", \"press\"" }, f.Diagnostics());
        Assert.Equal(new[] { "a.seed.json" }, f.Context.FailedPaths);
    }
}
