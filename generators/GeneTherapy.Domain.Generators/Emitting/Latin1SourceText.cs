using System;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace GeneTherapy.Domain.Generators.Emitting;

/// <summary>
/// A generated file whose characters are all below U+0100, one byte per character. Roslyn keeps every generated text
/// for as long as the compilation lives (and an IDE for as long as the project is open); <c>SourceText.From</c> keeps
/// two bytes per character. The built-in seeds' output is 97% such files, the text Roslyn keeps shrinks by half, and
/// with it the bytes a run allocates and its collections copy (docs/benchmarks.md). To Roslyn it is the same text:
/// the same characters, encoding, checksum and lines as <c>SourceText.From(text, Encoding.UTF8)</c>.
/// </summary>
internal sealed class Latin1SourceText : SourceText
{
    private readonly byte[] _characters;

    /// <param name="characters">The characters, each below U+0100, one per byte; the text owns the array from now on.</param>
    public Latin1SourceText(byte[] characters) => _characters = characters;

    /// <summary>UTF-8, as for every other generated file: the encoding of the checksum and of the text embedded in a PDB.</summary>
    public override Encoding Encoding => Encoding.UTF8;

    public override int Length => _characters.Length;

    public override char this[int position] => (char)_characters[position];

    public override void CopyTo(int sourceIndex, char[] destination, int destinationIndex, int count)
    {
        if (destination is null)
        {
            throw new ArgumentNullException(nameof(destination));
        }

        if (sourceIndex < 0 || count < 0 || sourceIndex > _characters.Length - count)
        {
            throw new ArgumentOutOfRangeException(nameof(sourceIndex));
        }

        if (destinationIndex < 0 || destinationIndex > destination.Length - count)
        {
            throw new ArgumentOutOfRangeException(nameof(destinationIndex));
        }

        byte[] characters = _characters;
        for (int i = 0; i < count; i++)
        {
            destination[destinationIndex + i] = (char)characters[sourceIndex + i];
        }
    }
}
