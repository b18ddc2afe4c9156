using System.Text;
using System.Threading;
using GeneTherapy.Domain.Generators.Model;
using GeneTherapy.Domain.Generators.Parsing;
using Xunit;

namespace GeneTherapy.Domain.Generators.Tests;

/// <summary>
/// Parsing/StringTable.cs: a repeated short ASCII text is one string; any other text is left to the caller; a
/// collision costs a new string, never a wrong one. And what it buys: a file's repeated codes share one string.
/// </summary>
public sealed class StringTableTests
{
    [Fact]
    public void Get_SameTextAtTwoOffsets_ReturnsOneString()
    {
        byte[] utf8 = Encoding.UTF8.GetBytes("aav,aav,aa");
        var table = new StringTable(utf8.Length);

        string? first = table.Get(utf8, 0, 3);
        string? second = table.Get(utf8, 4, 3);

        Assert.Equal("aav", first);
        Assert.Same(first, second);
        Assert.Equal("aa", table.Get(utf8, 8, 2));
        Assert.Same(string.Empty, table.Get(utf8, 3, 0));
    }

    [Fact]
    public void Get_NonAsciiOrLongerThanTheLimit_ReturnsNull()
    {
        byte[] accented = Encoding.UTF8.GetBytes("Rodríguez");
        byte[] longText = Encoding.UTF8.GetBytes(new string('x', StringTable.MaxLength + 1));
        var table = new StringTable(64);

        Assert.Null(table.Get(accented, 0, accented.Length));
        Assert.Null(table.Get(longText, 0, longText.Length));
        Assert.Equal(new string('x', StringTable.MaxLength), table.Get(longText, 0, StringTable.MaxLength));
    }

    [Fact]
    public void Get_ManyDistinctTextsInASmallTable_EachReadBackExactly()
    {
        // 64 slots, 2,000 texts: most lookups collide with an older text, and each must still return its own text.
        var table = new StringTable(0);
        for (int i = 0; i < 2000; i++)
        {
            byte[] utf8 = Encoding.ASCII.GetBytes("code-" + i);
            Assert.Equal("code-" + i, table.Get(utf8, 0, utf8.Length));
            Assert.Equal("code-" + i, table.Get(utf8, 0, utf8.Length));
        }
    }

    [Fact]
    public void ParseDocument_RepeatedCodesAndNumbers_ShareOneStringPerText()
    {
        const string Seed = "{ \"seedFormat\": 1, \"namespace\": \"Acme.Vocabulary\", \"entries\": { \"Lab\": [ "
            + "{ \"Id\": \"a\", \"Platform\": \"aav\", \"Year\": 2001, \"source\": \"bench\" }, "
            + "{ \"Id\": \"b\", \"Platform\": \"aav\", \"Year\": 2001, \"source\": \"bench\" } ] } }";
        ParseResult result = SeedParser.ParseDocument("seeds/a.seed.json", Seed, SeedKind.Own, CancellationToken.None);

        SeedEntry first = result.Document!.EntryGroups[0].Entries[0];
        SeedEntry second = result.Document.EntryGroups[0].Entries[1];
        Assert.Equal(("Platform", "aav"), (first.Values[1].Name, first.Values[1].Value.Text));
        Assert.Same(first.Values[1].Value.Text, second.Values[1].Value.Text);
        Assert.Same(first.Values[2].Value.Text, second.Values[2].Value.Text);
        Assert.Same(first.Values[1].Name, second.Values[1].Name);
        Assert.Same(first.Source!.Value, second.Source!.Value);
        Assert.NotEqual(first.Values[0].Value.Text, second.Values[0].Value.Text);
    }
}
