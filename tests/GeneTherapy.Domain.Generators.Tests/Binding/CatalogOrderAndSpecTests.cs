using System.Collections.Generic;
using System.Linq;
using GeneTherapy.Domain.Generators.Binding;
using GeneTherapy.Domain.Generators.Model;
using Xunit;
using static GeneTherapy.Domain.Generators.Tests.Binding.BindingFixture;

namespace GeneTherapy.Domain.Generators.Tests.Binding;

public class CatalogOrderAndSpecTests
{
    private static readonly Dictionary<SeedLocation, CodeSystemIdentity> s_noCodeSystems = new();

    private const string Labs = "\"records\": [ { \"name\": \"Lab\", \"catalog\": \"Labs\", \"key\": \"Id\", \"fields\": [ { \"name\": \"Id\", \"type\": \"string\" }, { \"name\": \"Parent\", \"type\": \"Lab?\" } ] } ]";

    [Fact]
    public void RecordCycles_TwoRecordsReferringToEachOther_GTD0021AtTheClosingField()
    {
        string a = Seed("A", "\"records\": [ { \"name\": \"Ab\", \"fields\": [ { \"name\": \"B\", \"type\": \"Bc\" } ] }, { \"name\": \"Bc\", \"fields\": [ { \"name\": \"A\", \"type\": \"Ab[]\" } ] } ]");
        BindingFixture f = Declared(("a.seed.json", a));
        List<RecordShape> shapes = f.Symbols.Records.Select(f.Types.ResolveRecord).ToList();

        CatalogOrder.CheckRecordCycles(f.Context, f.Symbols, shapes);

        Assert.Equal(new[] { $"GTD0021 a.seed.json{At(a, "\"Ab[]\"")}: Ab -> Bc -> Ab" }, f.Diagnostics());
    }

    [Fact]
    public void OrderEntries_ParentsFirst_AndSpecIndexesFollowThatOrder()
    {
        BindingSteps steps = BindingSteps.Run(("a.seed.json", Seed("A",
            Labs + ", \"entries\": { \"Lab\": [ { \"Id\": \"leaf\", \"Parent\": \"mid\" }, { \"Id\": \"mid\", \"Parent\": \"root\" }, { \"Id\": \"root\" } ] }")));

        Assert.Empty(steps.Diagnostics());
        AssembledCatalog labs = steps.Catalogs().Single();
        Assert.Equal(new[] { "root", "mid", "leaf" }, labs.InitializationOrder.Select(i => labs.Entries[i].Entry.Key));

        CatalogSpec catalog = steps.Result.Outputs.OfType<CatalogSpec>().Single();
        Assert.Equal(new[] { "A.Lab.g.cs", "A.Labs.g.cs" }, steps.Result.Outputs.Select(o => o.HintName));
        Assert.Equal(new[] { "Leaf", "Mid", "Root" }, catalog.Entries.Select(e => e.PropertyName));
        Assert.Equal(new[] { 2, 1, 0 }, catalog.InitializationOrder);
    }

    [Fact]
    public void OrderEntries_Loop_GTD0035AtTheEntryMetAgain()
    {
        string a = Seed("A", Labs + ", \"entries\": { \"Lab\": [ { \"Id\": \"x\", \"Parent\": \"y\" }, { \"Id\": \"y\", \"Parent\": \"x\" } ] }");

        BindingSteps steps = BindingSteps.Run(("a.seed.json", a));

        Assert.Equal(new[] { $"GTD0035 a.seed.json{At(a, "{ \"Id\": \"x\"")}: x | Lab" }, steps.Diagnostics());
        Assert.DoesNotContain(steps.Result.Outputs, o => o is CatalogSpec or RecordSpec);
    }

    [Fact]
    public void SpecBuilder_EntriesOfADocumentThatDoesNotEmit_AreLeftOutAndIndexesStayConsistent()
    {
        BindingSteps steps = BindingSteps.Run(
            ("a.seed.json", Seed("A", Labs + ", \"entries\": { \"Lab\": [ { \"Id\": \"leaf\", \"Parent\": \"root\" } ] }")),
            ("b.seed.json", Seed("B", "\"entries\": { \"Lab\": [ { \"Id\": \"root\" } ] }")));

        CatalogSpec catalog = SpecBuilder.Build(new HashSet<string> { "a.seed.json" }, steps.Summary, steps.Catalogs(), annotateTryGet: false)
            .OfType<CatalogSpec>().Single();

        Assert.Equal(new[] { "Leaf" }, catalog.Entries.Select(e => e.PropertyName));
        Assert.Equal(new[] { 0 }, catalog.InitializationOrder);
    }

    [Fact]
    public void SpecBuilder_SourcesPerNamespace_OrderedByPropertyAndOnlyFromEmittedDocuments()
    {
        BindingSteps steps = BindingSteps.Run(
            ("a.seed.json", Seed("N", "\"sources\": [ { \"id\": \"zeta\", \"title\": \"Z\" }, { \"id\": \"alpha\", \"title\": \"A\", \"url\": \"https://example.org/\" } ]")),
            ("b.seed.json", Seed("N", "\"sources\": [ { \"id\": \"beta\", \"title\": \"B\" } ]")));

        SourcesSpec sources = SpecBuilder.Build(new HashSet<string> { "a.seed.json" }, steps.Summary, new List<AssembledCatalog>(), annotateTryGet: false)
            .OfType<SourcesSpec>().Single();

        Assert.Equal("N.Sources.g.cs", sources.HintName);
        Assert.Equal(new[] { "Alpha:https://example.org/", "Zeta:" }, sources.Sources.Select(s => s.PropertyName + ":" + s.Url));
    }
}
