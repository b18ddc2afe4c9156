using System.Linq;
using System.Threading;
using GeneTherapy.Domain.Generators.Model;
using GeneTherapy.Domain.Generators.Parsing;
using Xunit;

namespace GeneTherapy.Domain.Generators.Tests;

/// <summary>
/// Parsing/ObjectFields.cs (ReadInPlace): the document's sources, enums, records and entries are read as the top-level
/// object is read, not skipped and read again. What the parser reports must not depend on that, nor on the order the
/// file writes its properties in.
/// </summary>
public sealed class ContainerReadTests
{
    // One problem in each container: a source without a title, an enum without members, a record without fields,
    // an entry that is not an object. Each message names its container.
    private const string Sources = "\"sources\": [ { \"id\": \"s\" } ]";
    private const string Enums = "\"enums\": [ { \"name\": \"Colour\" } ]";
    private const string Records = "\"records\": [ { \"name\": \"Thing\" } ]";
    private const string Entries = "\"entries\": { \"Thing\": [ 7 ] }";
    private const string Head = "\"seedFormat\": 1, \"namespace\": \"Acme.Vocabulary\"";

    [Fact]
    public void Diagnostics_ComeInTheSameOrder_WhateverOrderTheFileWritesItsContainersIn()
    {
        string[] expected =
        {
            "GTD0003 Source #1|title",
            "GTD0003 Enum 'Colour'|members",
            "GTD0003 Record 'Thing'|fields",
            "GTD0004 an entry of 'Thing'|an object|a number",
        };

        Assert.Equal(expected, Describe(Parse($"{{ {Head}, {Sources}, {Enums}, {Records}, {Entries} }}")));
        Assert.Equal(expected, Describe(Parse($"{{ {Entries}, {Records}, {Enums}, {Sources}, {Head} }}")));
        Assert.Equal(expected, Describe(Parse($"{{ {Records}, {Head}, {Entries}, {Sources}, {Enums} }}")));
    }

    [Fact]
    public void Containers_ReadInAnyOrder_GiveTheSameDocument()
    {
        const string FullSources = "\"sources\": [ { \"id\": \"s\", \"title\": \"S\" } ]";
        const string FullEnums = "\"enums\": [ { \"name\": \"Colour\", \"members\": [ { \"name\": \"Red\", \"value\": 1, \"code\": \"red\", \"label\": \"Red\" } ] } ]";
        const string FullRecords = "\"records\": [ { \"name\": \"Thing\", \"fields\": [ { \"name\": \"Id\", \"type\": \"string\" } ] } ]";
        const string FullEntries = "\"entries\": { \"Thing\": [ { \"Id\": \"a\" }, { \"Id\": \"b\" } ] }";
        SeedDocument first = Parse($"{{ {Head}, {FullSources}, {FullEnums}, {FullRecords}, {FullEntries} }}").Document!;
        SeedDocument second = Parse($"{{ {FullEntries}, {FullRecords}, {FullEnums}, {FullSources}, {Head} }}").Document!;

        Assert.Equal(new[] { "s" }, first.Sources.Select(s => s.Id.Value));
        Assert.Equal(new[] { "red" }, first.Enums.Single().Members.Select(m => m.Code.Value));
        Assert.Equal(new[] { "Id" }, first.Records.Single().Fields.Select(f => f.Name.Value));
        Assert.Equal(new[] { "a", "b" }, first.EntryGroups.Single().Entries.Select(e => e.Values.Single().Value.Text));
        Assert.Equal(Shape(first), Shape(second));
    }

    [Fact]
    public void UnsupportedFormat_ReportsOnlyTheFormat_NotWhatItsContainersHold()
    {
        ParseResult result = Parse($"{{ {Entries}, {Sources}, \"seedFormat\": 2, \"namespace\": \"Acme.Vocabulary\" }}");

        Assert.Null(result.Document);
        Assert.Equal(new[] { "GTD0002 2" }, Describe(result));
    }

    [Fact]
    public void ContainerOfTheWrongKind_IsReportedAsBefore_AndARepeatedOneOnce()
    {
        ParseResult wrongKind = Parse($"{{ {Head}, \"entries\": [ 1 ], \"sources\": {{ }} }}");
        Assert.Equal(new[] { "GTD0004 sources|an array|an object", "GTD0004 entries|an object mapping record names to arrays of entries|an array" }, Describe(wrongKind));
        Assert.Empty(wrongKind.Document!.EntryGroups);

        // The first "entries" is read (and its problem reported once); the second is GTD0020 at its name.
        ParseResult repeated = Parse($"{{ {Head}, {Entries}, \"entries\": {{ \"Thing\": [ \"x\" ] }} }}");
        Assert.Equal(new[] { "GTD0020 entries", "GTD0004 an entry of 'Thing'|an object|a number" }, Describe(repeated));
    }

    private static ParseResult Parse(string text) => SeedParser.ParseDocument("seeds/containers.seed.json", text, SeedKind.Own, CancellationToken.None);

    private static string[] Describe(ParseResult result) => result.Diagnostics.Select(d => d.Id + " " + string.Join("|", d.Args)).ToArray();

    // Everything but locations, which differ when the properties move.
    private static string Shape(SeedDocument document) => string.Join(";",
        document.Sources.Select(s => s.Id.Value + "=" + s.Title),
        document.Enums.SelectMany(e => e.Members).Select(m => m.Name.Value + "=" + m.Code.Value),
        document.Records.SelectMany(r => r.Fields).Select(f => f.Name.Value + ":" + f.Type.Value),
        document.EntryGroups.SelectMany(g => g.Entries).Select(e => e.Values.Single().Value.Text));
}
