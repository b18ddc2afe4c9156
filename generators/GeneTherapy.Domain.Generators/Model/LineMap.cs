using System;
using System.Collections.Generic;
using System.Text;

namespace GeneTherapy.Domain.Generators.Model;

/// <summary>
/// Turns byte offsets of the UTF-8 text the reader saw into character offsets, lines and columns of the
/// file as the editor shows it. Lines break at '\n' (a preceding '\r' stays on its line), as in the reader.
/// Built only when a location in the file is reported (see <see cref="SeedFile"/>).
/// </summary>
internal sealed class LineMap
{
    private readonly byte[] _utf8;
    private readonly int[] _lineStartBytes;
    private readonly int[] _lineStartChars;

    public LineMap(byte[] utf8)
    {
        _utf8 = utf8;
        var byteStarts = new List<int> { 0 };
        var charStarts = new List<int> { 0 };
        int chars = 0;
        int lineStart = 0;
        for (int i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                chars += Encoding.UTF8.GetCharCount(utf8, lineStart, i + 1 - lineStart);
                lineStart = i + 1;
                byteStarts.Add(lineStart);
                charStarts.Add(chars);
            }
        }

        _lineStartBytes = byteStarts.ToArray();
        _lineStartChars = charStarts.ToArray();
    }

    public SeedSpan Locate(int startByte, int endByte)
    {
        (int startLine, int startColumn, int startChar) = Position(startByte);
        (int endLine, int endColumn, int endChar) = Position(Math.Max(startByte, endByte));
        return new SeedSpan(startChar, endChar - startChar, startLine, startColumn, endLine, endColumn);
    }

    /// <summary>The byte offset of a (zero-based) line and a byte position in it, as the reader's errors give them, clamped to the file.</summary>
    public int ByteOffset(int line, int bytePositionInLine)
    {
        line = Math.Max(0, Math.Min(line, _lineStartBytes.Length - 1));
        return Math.Min(_lineStartBytes[line] + bytePositionInLine, _utf8.Length);
    }

    public SeedSpan LocateLine(int line, int bytePositionInLine)
    {
        int offset = ByteOffset(line, bytePositionInLine);
        return Locate(offset, offset);
    }

    private (int Line, int Column, int CharOffset) Position(int byteOffset)
    {
        byteOffset = Math.Max(0, Math.Min(byteOffset, _utf8.Length));
        int line = Array.BinarySearch(_lineStartBytes, byteOffset);
        if (line < 0)
        {
            line = ~line - 1;
        }

        int lineStart = _lineStartBytes[line];
        int column = Encoding.UTF8.GetCharCount(_utf8, lineStart, byteOffset - lineStart);
        return (line, column, _lineStartChars[line] + column);
    }
}
