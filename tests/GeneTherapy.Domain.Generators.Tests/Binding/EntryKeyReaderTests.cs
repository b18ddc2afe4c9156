using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using GeneTherapy.Domain.Generators.Binding;
using GeneTherapy.Domain.Generators.Model;
using Xunit;
using static GeneTherapy.Domain.Generators.Tests.Binding.BindingFixture;

namespace GeneTherapy.Domain.Generators.Tests.Binding;

/// <summary>The per-file half of collecting entries: what one document's keys become, and what it reports itself.</summary>
public class EntryKeyReaderTests
{
    private const string Lab = "\"records\": [ { \"name\": \"Lab\", \"key\": \"Id\", \"fields\": [ { \"name\": \"Id\", \"type\": \"string\" } ] },"
        + " { \"name\": \"Note\", \"fields\": [] } ]";

    [Fact]
    public void Read_EachGroupsKeptKeys_WithPositionPropertyAndDeprecation()
    {
        string a = Seed("A", Lab + ", \"entries\": { \"Lab\": [ { \"Id\": \"north-1\" }, { \"Name\": \"no key\" }, { \"Id\": 7 },"
            + " { \"Id\": \"!!\" }, { \"Id\": \"all\" }, { \"Id\": \"old\", \"deprecated\": { \"reason\": \"Closed.\", \"replacement\": \"north-1\" } } ],"
            + " \"Note\": [ { \"Id\": \"n\" } ], \"Nope\": [ { \"Id\": \"z\" } ] }");
        ImmutableArray<ParseResult> parsed = BindingSteps.Parse(("a.seed.json", a));
        EquatableArray<RecordKey> records = EntryKeyReader.ReadRecordKeys(parsed, CancellationToken.None);

        FileKeys keys = EntryKeyReader.Read(parsed[0].Document!, records, CancellationToken.None);

        Assert.Equal(new[] { new RecordKey("Lab", "Id", "LabCatalog"), new RecordKey("Note", null, "NoteCatalog") }, records);
        Assert.Equal(new[] { "0:Lab", "1:Note", "2:Nope" }, keys.Groups.Select(g => $"{g.Group}:{g.Record}"));
        Assert.Equal(
            new[]
            {
                new EntryKey(0, "north-1", "North1", null, null),
                new EntryKey(2, null, null, null, null),
                new EntryKey(5, "old", "Old", "Closed.", "north-1"),
            },
            keys.Groups[0].Entries);

        // A record without a key and an unknown record get no entries here: the declaration step reports them.
        Assert.True(keys.Groups[1].Entries.IsEmpty && keys.Groups[2].Entries.IsEmpty);
        Assert.Equal(
            new[]
            {
                $"GTD0003 a.seed.json{At(a, "{ \"Name\"")}: An entry of 'Lab' | Id",
                $"GTD0006 a.seed.json{At(a, "\"!!\"")}: !! | an entry of 'Lab' | the key needs at least one letter or digit",
                $"GTD0024 a.seed.json{At(a, "\"all\"")}: all | All | the catalog 'LabCatalog'",
            },
            keys.Diagnostics.Select(BindingSteps.Format));
    }
}
