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
/// <remarks>
/// The bytes are kept in chunks of <see cref="ChunkSize"/>, below the runtime's large-object threshold (85,000 bytes),
/// as Roslyn's own large texts are. A large generated file in one array went to the large-object heap, and every
/// 85 KB there counts towards a full (generation 2) collection: the 10,000-entry benchmark corpus allocated 4 MB of
/// such arrays per run (docs/benchmarks.md).
/// </remarks>
internal sealed class Latin1SourceText : SourceText
{
    /// <summary>The bytes in each chunk but the last, a power of two so that a position splits with a shift and a mask.</summary>
    internal const int ChunkSize = 1 << ChunkBits;

    private const int ChunkBits = 16;

    /// <summary>ISO-8859-1: widens each byte to the character of the same number (with vector instructions on .NET 5+).</summary>
    private static readonly Encoding s_latin1 = Encoding.GetEncoding(28591);

    private readonly byte[][] _chunks;
    private readonly int _length;

    /// <param name="chunks">
    /// The characters, each below U+0100, one per byte, in chunks of <see cref="ChunkSize"/> but the last; the text owns
    /// the arrays from now on.
    /// </param>
    /// <param name="length">The number of characters, the chunks' lengths added up.</param>
    public Latin1SourceText(byte[][] chunks, int length)
    {
        _chunks = chunks;
        _length = length;
    }

    /// <summary>A text of at most <see cref="ChunkSize"/> characters, in one chunk.</summary>
    public Latin1SourceText(byte[] characters)
        : this(new[] { characters }, characters.Length)
    {
        if (characters.Length > ChunkSize)
        {
            throw new ArgumentException($"One chunk holds at most {ChunkSize} characters; use AllocateChunks for more.", nameof(characters));
        }
    }

    /// <summary>The arrays needed for a text of <paramref name="length"/> characters: full chunks, then the rest.</summary>
    public static byte[][] AllocateChunks(int length)
    {
        byte[][] chunks = new byte[(length + ChunkSize - 1) >> ChunkBits][];
        for (int i = 0; i < chunks.Length; i++)
        {
            chunks[i] = new byte[Math.Min(ChunkSize, length - (i << ChunkBits))];
        }

        return chunks;
    }

    /// <summary>UTF-8, as for every other generated file: the encoding of the checksum and of the text embedded in a PDB.</summary>
    public override Encoding Encoding => Encoding.UTF8;

    public override int Length => _length;

    public override char this[int position]
    {
        get
        {
            if ((uint)position >= (uint)_length)
            {
                throw new ArgumentOutOfRangeException(nameof(position));
            }

            return (char)_chunks[position >> ChunkBits][position & (ChunkSize - 1)];
        }
    }

    public override void CopyTo(int sourceIndex, char[] destination, int destinationIndex, int count)
    {
        if (destination is null)
        {
            throw new ArgumentNullException(nameof(destination));
        }

        if (sourceIndex < 0 || count < 0 || sourceIndex > _length - count)
        {
            throw new ArgumentOutOfRangeException(nameof(sourceIndex));
        }

        if (destinationIndex < 0 || destinationIndex > destination.Length - count)
        {
            throw new ArgumentOutOfRangeException(nameof(destinationIndex));
        }

        while (count > 0)
        {
            int offset = sourceIndex & (ChunkSize - 1);
            int n = Math.Min(count, ChunkSize - offset);
            s_latin1.GetChars(_chunks[sourceIndex >> ChunkBits], offset, n, destination, destinationIndex);
            sourceIndex += n;
            destinationIndex += n;
            count -= n;
        }
    }
}
