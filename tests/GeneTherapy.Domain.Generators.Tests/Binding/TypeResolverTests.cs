using System.Linq;
using GeneTherapy.Domain.Generators.Binding;
using GeneTherapy.Domain.Generators.Model;
using Xunit;
using static GeneTherapy.Domain.Generators.Tests.Binding.BindingFixture;

namespace GeneTherapy.Domain.Generators.Tests.Binding;

public class TypeResolverTests
{
    private const string Types = "\"enums\": [ { \"name\": \"Color\", \"members\": [] } ], \"records\": [ { \"name\": \"Lab\", \"catalog\": \"Labs\", \"key\": \"Id\", \"fields\": [ { \"name\": \"Id\", \"type\": \"string\" } ] } ]";

    [Fact]
    public void ResolveRecord_EveryKindOfType_TypeRefsWithCatalogAndDependency()
    {
        BindingFixture f = BindingFixture.Declared(
            ("a.seed.json", BindingFixture.Seed("A", Types)),
            ("b.seed.json", BindingFixture.Seed("B", "\"records\": [ { \"name\": \"Kit\", \"key\": \"Id\", \"fields\": [ { \"name\": \"Id\", \"type\": \"string\" }, { \"name\": \"Colors\", \"type\": \"Color[]?\" }, { \"name\": \"Lab\", \"type\": \"Lab\" }, { \"name\": \"On\", \"type\": \"date?\" } ] } ]")));

        RecordShape kit = f.RecordShape("Kit");

        Assert.Empty(f.Diagnostics());
        Assert.True(kit.AllResolved);
        Assert.Equal("Id", kit.KeyField!.Name);
        Assert.Equal(
            new[]
            {
                new TypeRef(SeedTypeKind.String, string.Empty, false, false),
                new TypeRef(SeedTypeKind.Enum, "A.Color", true, true),
                new TypeRef(SeedTypeKind.Record, "A.Lab", false, false, "A.Labs"),
                new TypeRef(SeedTypeKind.Date, string.Empty, false, true),
            },
            kit.Fields.Select(x => x.Spec.Type));
        Assert.Equal(new[] { "id", "colors", "lab", "on" }, kit.Fields.Select(x => x.Spec.ParameterName));
        Assert.Equal(new[] { ("b.seed.json", "a.seed.json") }, f.Context.Dependencies);
    }

    [Fact]
    public void ResolveRecord_ParameterNamedSource_GetsAnUnderscore()
    {
        BindingFixture f = BindingFixture.Declared(("a.seed.json", BindingFixture.Seed("A", "\"records\": [ { \"name\": \"Kit\", \"fields\": [ { \"name\": \"Source_\", \"type\": \"string\" }, { \"name\": \"Sources\", \"type\": \"int\" } ] } ]")));

        RecordShape kit = f.RecordShape("Kit");

        Assert.Empty(f.Diagnostics());
        Assert.Equal(new[] { "source_", "sources" }, kit.Fields.Select(x => x.Spec.ParameterName));
    }

    [Fact]
    public void ResolveRecord_UnknownTypeClashAndReservedName_EachReportedAndNotResolved()
    {
        string a = Seed("A", "\"records\": [ { \"name\": \"Kit\", \"key\": \"Id\", \"fields\": [ { \"name\": \"Id\", \"type\": \"Colour\" }, { \"name\": \"ToString\", \"type\": \"int\" }, { \"name\": \"deprecated\", \"type\": \"int\" } ] } ]");
        BindingFixture f = Declared(("a.seed.json", a));

        RecordShape kit = f.RecordShape("Kit");

        Assert.False(kit.AllResolved);
        Assert.Empty(kit.Fields);
        Assert.Null(kit.KeyField);
        Assert.Equal(
            new[]
            {
                $"GTD0012 a.seed.json{At(a, "\"Colour\"")}: Colour",
                $"GTD0024 a.seed.json{At(a, "\"ToString\"")}: ToString | ToString | the generated record 'Kit'",
                $"GTD0031 a.seed.json{At(a, "\"deprecated\"")}: Kit | deprecated | deprecation",
            },
            f.Diagnostics());
    }

    [Fact]
    public void ResolveRecord_KeyOfWrongType_GTD0019()
    {
        string a = Seed("A", "\"records\": [ { \"name\": \"Kit\", \"key\": \"N\", \"fields\": [ { \"name\": \"N\", \"type\": \"string?\" } ] } ]");
        BindingFixture f = Declared(("a.seed.json", a));

        RecordShape kit = f.RecordShape("Kit");

        Assert.True(kit.AllResolved);
        Assert.Null(kit.KeyField);
        Assert.Equal(new[] { $"GTD0019 a.seed.json{At(a, "\"N\"")}: N | Kit" }, f.Diagnostics());
    }

    [Fact]
    public void ResolveEnum_PropertyClashingWithExtensions_GTD0024AndOthersResolved()
    {
        string a = Seed("A", "\"enums\": [ { \"name\": \"Color\", \"properties\": [ { \"name\": \"ToCode\", \"type\": \"int\" }, { \"name\": \"Warm\", \"type\": \"bool\" } ], \"members\": [] } ]");
        BindingFixture f = Declared(("a.seed.json", a));

        EnumShape color = f.EnumShape("Color");

        Assert.False(color.AllResolved);
        Assert.Equal(new[] { "Warm" }, color.Properties.Select(p => p.Spec.Name));
        Assert.Equal(new[] { $"GTD0024 a.seed.json{At(a, "\"ToCode\"")}: ToCode | ToCode | the generated class 'ColorExtensions'" }, f.Diagnostics());
    }
}
