using System.Text;
using GeneTherapy.Domain.Generators.Model;
using Xunit;

namespace GeneTherapy.Domain.Generators.Tests;

/// <summary>
/// Model/LineMap.cs: UTF-8 byte offsets to character offsets, lines and columns, start and end of every span
/// (with its length), across LF and CRLF files, multi-byte characters and surrogate pairs, and out-of-range input.
/// Mutation testing (stryker-linemap.json) measures these.
/// </summary>
public sealed class LineMapTests
{
    private static LineMap Map(string text) => new(Encoding.UTF8.GetBytes(text));

    [Theory]
    //          text              start end   Start Len  SL SC EL EC
    [InlineData("abc",              0,   3,     0,   3,  0, 0, 0, 3)]
    [InlineData("abc",              1,   2,     1,   1,  0, 1, 0, 2)]
    [InlineData("ab\ncd",           3,   5,     3,   2,  1, 0, 1, 2)]
    [InlineData("ab\ncd",           1,   4,     1,   3,  0, 1, 1, 1)]
    [InlineData("ab\ncd",           2,   3,     2,   1,  0, 2, 1, 0)]
    [InlineData("ab\ncd\nef",       6,   8,     6,   2,  2, 0, 2, 2)]
    [InlineData("ab\ncd\nef",       4,   7,     4,   3,  1, 1, 2, 1)]
    [InlineData("a\r\nb",           3,   4,     3,   1,  1, 0, 1, 1)]
    [InlineData("a\r\nb",           1,   3,     1,   2,  0, 1, 1, 0)]
    [InlineData("ab\n",             3,   3,     3,   0,  1, 0, 1, 0)]
    [InlineData("\n\n",             1,   2,     1,   1,  1, 0, 2, 0)]
    public void Locate_GivesStartEndAndLength(string text, int startByte, int endByte, int start, int length, int startLine, int startColumn, int endLine, int endColumn)
    {
        Assert.Equal(new SeedSpan(start, length, startLine, startColumn, endLine, endColumn), Map(text).Locate(startByte, endByte));
    }

    [Fact]
    public void Locate_MultiByteCharacters_CountsCharactersNotBytes()
    {
        // "é" is 2 bytes and 1 char; "😀" is 4 bytes and 2 chars (a surrogate pair); "名" is 3 bytes and 1 char.
        LineMap map = Map("é\n😀x名y");

        Assert.Equal(new SeedSpan(4, 1, 1, 2, 1, 3), map.Locate(7, 8));
        Assert.Equal(new SeedSpan(5, 2, 1, 3, 1, 5), map.Locate(8, 12));
        Assert.Equal(new SeedSpan(0, 2, 0, 0, 1, 0), map.Locate(0, 3));
    }

    [Fact]
    public void Locate_CrLfFileWithMultiByteCharacters_KeepsCarriageReturnOnItsLine()
    {
        LineMap map = Map("ü\r\nü\r\nx");

        Assert.Equal(new SeedSpan(6, 1, 2, 0, 2, 1), map.Locate(8, 9));
        Assert.Equal(new SeedSpan(1, 0, 0, 1, 0, 1), map.Locate(2, 2));
    }

    [Theory]
    [InlineData(-5, 1, 0, 1, 0, 0, 0, 1)]
    [InlineData(100, 200, 5, 0, 1, 2, 1, 2)]
    [InlineData(4, 1, 4, 0, 1, 1, 1, 1)]
    [InlineData(2, 100, 2, 3, 0, 2, 1, 2)]
    public void Locate_OutOfRangeOrReversed_IsClampedToTheFile(int startByte, int endByte, int start, int length, int startLine, int startColumn, int endLine, int endColumn)
    {
        Assert.Equal(new SeedSpan(start, length, startLine, startColumn, endLine, endColumn), Map("ab\ncd").Locate(startByte, endByte));
    }

    [Fact]
    public void Locate_EmptyFile_IsTheStart()
    {
        Assert.Equal(new SeedSpan(0, 0, 0, 0, 0, 0), Map(string.Empty).Locate(0, 10));
    }

    [Theory]
    [InlineData(0, 0, 0, 0, 0)]
    [InlineData(0, 2, 2, 0, 2)]
    [InlineData(1, 1, 4, 1, 1)]
    [InlineData(2, 0, 6, 2, 0)]
    [InlineData(7, 0, 6, 2, 0)]
    [InlineData(-3, 1, 1, 0, 1)]
    [InlineData(2, 50, 8, 2, 2)]
    [InlineData(0, 50, 8, 2, 2)]
    public void LocateLine_ClampsLineAndOffset(int line, int bytePositionInLine, int start, int expectedLine, int expectedColumn)
    {
        Assert.Equal(new SeedSpan(start, 0, expectedLine, expectedColumn, expectedLine, expectedColumn), Map("ab\ncd\nef").LocateLine(line, bytePositionInLine));
    }

    [Theory]
    [InlineData(0, 0, 0)]
    [InlineData(1, 1, 4)]
    [InlineData(2, 50, 8)]
    [InlineData(-3, 1, 1)]
    [InlineData(9, 0, 6)]
    public void ByteOffset_ClampsLineAndPositionToTheFile(int line, int bytePositionInLine, int expected)
    {
        Assert.Equal(expected, Map("ab\ncd\nef").ByteOffset(line, bytePositionInLine));
    }

    [Fact]
    public void LocateLine_MultiByteLine_CountsCharacters()
    {
        Assert.Equal(new SeedSpan(5, 0, 1, 2, 1, 2), Map("é\r\n😀x").LocateLine(1, 4));
    }
}
