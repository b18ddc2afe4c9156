using System.Collections.Generic;
using System.Linq;
using GeneTherapy.Domain.Generators.Binding;
using Xunit;
using static GeneTherapy.Domain.Generators.Tests.Binding.BindingFixture;

namespace GeneTherapy.Domain.Generators.Tests.Binding;

public class EntryCollectorTests
{
    private const string Lab = "\"records\": [ { \"name\": \"Lab\", \"key\": \"Id\", \"fields\": [ { \"name\": \"Id\", \"type\": \"string\" } ] } ]";

    [Fact]
    public void Collect_EntriesFromTwoFiles_IndexedByKeyAndProperty()
    {
        BindingFixture f = BindingFixture.Declared(
            ("a.seed.json", BindingFixture.Seed("A", Lab + ", \"entries\": { \"Lab\": [ { \"Id\": \"north-1\" } ] }")),
            ("b.seed.json", BindingFixture.Seed("B", "\"entries\": { \"Lab\": [ { \"Id\": \"south\" } ] }")));

        EntryIndex labs = new EntryCollector(f.Context, f.Symbols).Collect(f.Documents)[(RecordDecl)f.Symbols.TypesByName["Lab"]];

        Assert.Empty(f.Diagnostics());
        Assert.Equal(new[] { "north-1:North1:a.seed.json", "south:South:b.seed.json" }, labs.Entries.Select(e => $"{e.Key}:{e.PropertyName}:{e.Document.Path}"));
        Assert.Same(labs.Entries[1], labs.ByKey["south"]);
        Assert.Same(labs.Entries[0], labs.ByProperty["North1"]);
        Assert.Equal(new[] { ("b.seed.json", "a.seed.json") }, f.Context.Dependencies);
    }

    [Fact]
    public void Collect_DuplicateKeyPropertyClashAndGeneratedName_EachGTDAtTheKey()
    {
        string a = Seed("A", Lab + ", \"entries\": { \"Lab\": [ { \"Id\": \"x\" }, { \"Id\": \"x\" }, { \"Id\": \"X\" }, { \"Id\": \"try-get\" } ] }");
        BindingFixture f = Declared(("a.seed.json", a));

        Dictionary<RecordDecl, EntryIndex> catalogs = new EntryCollector(f.Context, f.Symbols).Collect(f.Documents);

        Assert.Single(catalogs.Single().Value.Entries);
        Assert.Equal(
            new[]
            {
                $"GTD0010 a.seed.json{At(a, "\"x\"", 2)}: Key | x | Lab | a.seed.json{At(a, "{ \"Id\": \"x\"")}",
                $"GTD0010 a.seed.json{At(a, "\"X\"")}: Property name | X | Lab | a.seed.json{At(a, "{ \"Id\": \"x\"")}",
                $"GTD0024 a.seed.json{At(a, "\"try-get\"")}: try-get | TryGet | the catalog 'LabCatalog'",
            },
            f.Diagnostics());
    }

    [Fact]
    public void Collect_UnknownRecordAndMissingKey()
    {
        string a = Seed("A", Lab + ", \"entries\": { \"Labs\": [], \"Lab\": [ { \"Name\": \"x\" } ] }");
        BindingFixture f = Declared(("a.seed.json", a));

        new EntryCollector(f.Context, f.Symbols).Collect(f.Documents);

        Assert.Equal(
            new[]
            {
                $"GTD0013 a.seed.json{At(a, "\"Labs\"")}: Labs",
                $"GTD0003 a.seed.json{At(a, "{ \"Name\"")}: An entry of 'Lab' | Id",
            },
            f.Diagnostics());
    }

    [Fact]
    public void Collect_RecordWithoutKey_ErrorMarksTheRecordsDocument()
    {
        string a = Seed("A", "\"records\": [ { \"name\": \"Lab\", \"fields\": [] } ]");
        BindingFixture f = Declared(
            ("a.seed.json", a),
            ("b.seed.json", BindingFixture.Seed("B", "\"entries\": { \"Lab\": [ { } ] }")));

        new EntryCollector(f.Context, f.Symbols).Collect(f.Documents);

        Assert.Equal(new[] { $"GTD0030 a.seed.json{At(a, "\"Lab\"")}: Lab" }, f.Diagnostics());
        Assert.Equal(new[] { "a.seed.json" }, f.Context.FailedPaths);
        Assert.Equal(new[] { ("b.seed.json", "a.seed.json") }, f.Context.Dependencies);
    }
}
