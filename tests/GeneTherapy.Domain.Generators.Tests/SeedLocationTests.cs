using System.Text;
using System.Threading;
using GeneTherapy.Domain.Generators.Model;
using GeneTherapy.Domain.Generators.Parsing;
using Xunit;

namespace GeneTherapy.Domain.Generators.Tests;

/// <summary>
/// Model/SeedLocation.cs and SeedFile.cs: the parser keeps byte offsets, resolves lines and columns only when asked,
/// and locations compare equal exactly when the file's content and the offsets are the same (incremental caching).
/// </summary>
public sealed class SeedLocationTests
{
    private const string Seed = "{ \"seedFormat\": 1, \"namespace\": \"Acme.Vocabulary\", \"enums\": [ { \"name\": \"Colour\", \"members\": [] } ] }";

    [Fact]
    public void ParseDocument_SameTextTwice_DocumentsAndLocationsAreEqual()
    {
        SeedDocument first = Parse(Seed);
        SeedDocument second = Parse(Seed);

        Assert.NotSame(first.Namespace.Location.File, second.Namespace.Location.File);
        Assert.Equal(first.Namespace.Location, second.Namespace.Location);
        Assert.Equal(first.Namespace.Location.GetHashCode(), second.Namespace.Location.GetHashCode());
        Assert.Equal(first, second);
    }

    [Fact]
    public void ParseDocument_EditThatMovesALineButNoByte_LocationsDiffer()
    {
        // The space before "namespace" becomes a line break: every byte offset stays, the line and column change.
        string edited = Seed.Replace("1, \"namespace\"", "1,\n\"namespace\"");
        LocatedString before = Parse(Seed).Namespace;
        LocatedString after = Parse(edited).Namespace;

        Assert.Equal(before.Location.Start, after.Location.Start);
        Assert.Equal((0, 32), (before.Location.StartLine, before.Location.StartColumn));
        Assert.Equal((1, 13), (after.Location.StartLine, after.Location.StartColumn));
        Assert.NotEqual(before.Location, after.Location);
        Assert.NotEqual(Parse(Seed), Parse(edited));
    }

    [Fact]
    public void ParseDocument_EditElsewhereOfTheSameLength_LocationsDiffer()
    {
        // Same offsets, same lines: the content hash still tells the two texts apart.
        string edited = Seed.Replace("Colour", "Colorx");

        Assert.NotEqual(Parse(Seed).Namespace.Location, Parse(edited).Namespace.Location);
    }

    [Fact]
    public void ParseDocument_ValidFile_ResolvesNoLineOrColumn()
    {
        ParseResult result = SeedParser.ParseDocument("a.seed.json", Seed, SeedKind.Own, CancellationToken.None);
        SeedLocation location = result.Document!.Enums[0].Name.Location;

        Assert.Empty(result.Diagnostics);
        Assert.False(location.File!.LinesBuilt);
        Assert.Equal(new SeedSpan(72, 8, 0, 72, 0, 80), location.Span);
        Assert.True(location.File!.LinesBuilt);
    }

    [Fact]
    public void ParseDocument_KeepsNoBytes_LocatesFromTheTextAfterwards()
    {
        // A byte order mark and multi-byte characters before the location: the map built after parsing encodes the
        // text again exactly as the parser did (the mark as a space), or every offset after it would be off.
        string text = "\uFEFF{ \"seedFormat\": 1, \"namespace\": \"Acme.Vocabulary\", \"x-\u00E9\": 0,\n \"enums\": [ { \"name\": \"Colour\", \"members\": [] } ] }";

        ParseResult result = SeedParser.ParseDocument("a.seed.json", text, SeedKind.Own, CancellationToken.None);

        SeedFile file = result.Document!.Enums[0].Name.Location.File!;
        Assert.Throws<System.InvalidOperationException>(() => file.Utf8);
        Assert.Equal(Encoding.UTF8.GetByteCount(text), file.Length + 2); // the mark is three bytes, its space one
        Assert.Equal(new SeedSpan(84, 8, 1, 22, 1, 30), result.Document.Enums[0].Name.Location.Span);
        Assert.Equal(text.IndexOf("\"Colour\"", System.StringComparison.Ordinal), result.Document.Enums[0].Name.Location.Start);
    }

    [Fact]
    public void ParseDocument_ShorterFileAfterALongerOne_ReadsOnlyItsOwnBytes()
    {
        // The pooled buffer the second parse gets back still holds the end of the first file: a reader that looked
        // past the file's length would find trailing content (GTD0001), and the content hash would differ.
        string longer = Seed.Replace("Colour", "Colour" + new string('x', 20)); // 121 bytes and 101: one pool bucket (128)
        ParseResult first = SeedParser.ParseDocument("a.seed.json", longer, SeedKind.Own, CancellationToken.None);
        ParseResult second = SeedParser.ParseDocument("a.seed.json", Seed, SeedKind.Own, CancellationToken.None);

        Assert.Empty(first.Diagnostics);
        Assert.Empty(second.Diagnostics);
        Assert.Equal(SeedFile.FromText("a.seed.json", Seed), second.Document!.Namespace.Location.File);
        Assert.Equal(SeedFile.FromText("a.seed.json", Seed).ContentHash, second.Document.Namespace.Location.File!.ContentHash);
        Assert.Equal(Seed.Length, second.Document.Namespace.Location.File!.Length);
    }

    [Fact]
    public void Span_MultiByteCharactersBefore_CountsUtf16Characters()
    {
        // The name is 10 bytes ("é" is two bytes and one char, "😀" four bytes and two chars) but 7 characters.
        string text = "{ \"seedFormat\": 1,\n  \"namespace\": \"A\", \"x-é😀\": 0, \"enums\": [] }";

        ParseResult result = SeedParser.ParseDocument("a.seed.json", text, SeedKind.Own, CancellationToken.None);

        DiagnosticInfo unknown = Assert.Single(result.Diagnostics);
        Assert.Equal("GTD0005", unknown.Id);
        Assert.Equal(new SeedSpan(39, 7, 1, 20, 1, 27), unknown.Location.Span);
        Microsoft.CodeAnalysis.FileLinePositionSpan span = unknown.ToDiagnostic().Location.GetLineSpan();
        Assert.Equal(("a.seed.json", 1, 20, 1, 27), (span.Path, span.StartLinePosition.Line, span.StartLinePosition.Character, span.EndLinePosition.Line, span.EndLinePosition.Character));
    }

    [Fact]
    public void Equals_GivenAndParsedLocations_CompareByWhatTheyHold()
    {
        var file = SeedFile.FromText("a.seed.json", "ab\ncd");
        var parsed = new SeedLocation(file, 3, 5);
        var given = new SeedLocation("a.seed.json", 3, 2, 1, 0, 1, 2);

        Assert.Equal(given.Span, parsed.Span);
        Assert.NotEqual(given, parsed);
        Assert.Equal(given, new SeedLocation("a.seed.json", 3, 2, 1, 0, 1, 2));
        Assert.NotEqual(given, new SeedLocation("b.seed.json", 3, 2, 1, 0, 1, 2));
        Assert.Equal(parsed, new SeedLocation(SeedFile.FromText("a.seed.json", "ab\ncd"), 3, 5));
        Assert.NotEqual(parsed, new SeedLocation(SeedFile.FromText("b.seed.json", "ab\ncd"), 3, 5));
        Assert.NotEqual(parsed, new SeedLocation(file, 3, 4));
        Assert.NotEqual(parsed, new SeedLocation(file, 2, 5));
    }

    [Fact]
    public void SeedFile_ContentHash_DiffersForSwappedWordsAndTrailingBytes()
    {
        Assert.NotEqual(Hash("abcdefgh12345678"), Hash("12345678abcdefgh"));
        Assert.NotEqual(Hash("abcdefgh1"), Hash("abcdefgh2"));
        Assert.NotEqual(Hash("abc"), Hash("abc\0"));
        Assert.Equal(Hash("abcdefgh1"), Hash("abcdefgh1"));
    }

    private static ulong Hash(string text) => SeedFile.FromText("f", text).ContentHash;

    private static SeedDocument Parse(string text)
    {
        ParseResult result = SeedParser.ParseDocument("seeds/a.seed.json", text, SeedKind.Own, CancellationToken.None);
        Assert.Empty(result.Diagnostics);
        return result.Document!;
    }
}
