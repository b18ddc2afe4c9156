using System;
using System.Collections;
using System.Collections.Generic;

namespace GeneTherapy.Domain.Generators.Collections;

/// <summary>
/// A list that grows in chunks of <see cref="ChunkLength"/> items instead of one array, so that no array it allocates
/// reaches the large-object heap whatever its count.
/// </summary>
/// <remarks>
/// The runtime puts an array of 85,000 bytes or more on the large-object heap, which is collected only with generation 2,
/// and every such allocation counts towards the next full collection. A list of one item per catalog entry crossed
/// that size at about 3,500 entries (24-byte items): four such lists and two dictionaries made the 10,000-entry
/// benchmark run a background generation-2 collection every fifth run, half of its time on a two-core machine
/// (docs/benchmarks.md). Chunks of 2,048 items stay below the threshold for items of up to 40 bytes; every list of
/// this generator holds references or pairs of them.
/// </remarks>
internal sealed class ChunkedList<T> : IReadOnlyList<T>
{
    /// <summary>The items per chunk, a power of two so that an index splits with a shift and a mask.</summary>
    internal const int ChunkLength = 1 << ChunkBits;

    private const int ChunkBits = 11;
    private const int FirstChunkLength = 16;

    private T[][] _chunks = new T[4][];
    private int _count;

    public ChunkedList()
    {
    }

    public ChunkedList(IEnumerable<T> items)
    {
        foreach (T item in items)
        {
            Add(item);
        }
    }

    public int Count => _count;

    public T this[int index]
    {
        get
        {
            if ((uint)index >= (uint)_count)
            {
                throw new ArgumentOutOfRangeException(nameof(index));
            }

            return _chunks[index >> ChunkBits][index & (ChunkLength - 1)];
        }
    }

    public void Add(T item)
    {
        int chunk = _count >> ChunkBits;
        int offset = _count & (ChunkLength - 1);
        if (chunk == _chunks.Length)
        {
            Array.Resize(ref _chunks, _chunks.Length * 2);
        }

        T[]? items = _chunks[chunk];
        if (items is null || offset == items.Length)
        {
            // The first chunk grows by doubling up to its full length, so a short list stays small; the others are
            // made at full length.
            int length = chunk > 0 ? ChunkLength : items is null ? FirstChunkLength : Math.Min(items.Length * 2, ChunkLength);
            var grown = new T[length];
            if (items is not null)
            {
                Array.Copy(items, grown, items.Length);
            }

            _chunks[chunk] = items = grown;
        }

        items[offset] = item;
        _count++;
    }

    public Enumerator GetEnumerator() => new(this);

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Walks the items in order, without allocating when used by <c>foreach</c> on the list itself.</summary>
    public struct Enumerator : IEnumerator<T>
    {
        private readonly ChunkedList<T> _list;
        private int _index;

        internal Enumerator(ChunkedList<T> list)
        {
            _list = list;
            _index = -1;
        }

        public T Current => _list._chunks[_index >> ChunkBits][_index & (ChunkLength - 1)];

        object? IEnumerator.Current => Current;

        public bool MoveNext() => ++_index < _list._count;

        public void Reset() => _index = -1;

        public void Dispose()
        {
        }
    }
}
