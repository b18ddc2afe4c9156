using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;

namespace GeneTherapy.Domain.Generators.Collections;

/// <summary>
/// An ordinal string-keyed index split into dictionaries of at most about <see cref="PartCapacity"/> keys, chosen by
/// the key's hash, so that none of its arrays reaches the large-object heap (see <see cref="ChunkedList{T}"/>): one
/// dictionary of 10,000 entries keeps a 240 KB array of them.
/// </summary>
internal sealed class KeyIndex<TValue>
{
    /// <summary>Keys per dictionary when the index is made at its capacity: 24-byte entries, 49 KB.</summary>
    internal const int PartCapacity = 2048;

    private readonly Dictionary<string, TValue>[] _parts;
    private readonly int _mask;

    /// <param name="capacity">The keys expected: the number of parts is the power of two that keeps each near its capacity.</param>
    public KeyIndex(int capacity)
    {
        int parts = 1;
        while (parts * PartCapacity < capacity)
        {
            parts *= 2;
        }

        // Each part's share, and an eighth more: the hash spreads keys only about evenly, and a part that fills grows
        // (doubling) as any dictionary does.
        int share = capacity / parts;
        int partCapacity = parts == 1 ? capacity : share + (share / 8);
        _parts = new Dictionary<string, TValue>[parts];
        for (int i = 0; i < parts; i++)
        {
            _parts[i] = new Dictionary<string, TValue>(partCapacity, StringComparer.Ordinal);
        }

        _mask = parts - 1;
    }

    public int Count
    {
        get
        {
            int count = 0;
            foreach (Dictionary<string, TValue> part in _parts)
            {
                count += part.Count;
            }

            return count;
        }
    }

    /// <summary>The number of keys in each part, in part order (for tests of the split).</summary>
    internal IEnumerable<int> PartCounts => _parts.Select(part => part.Count);

    /// <summary>Every key, part by part: in no particular order.</summary>
    public IEnumerable<string> Keys
    {
        get
        {
            foreach (Dictionary<string, TValue> part in _parts)
            {
                foreach (string key in part.Keys)
                {
                    yield return key;
                }
            }
        }
    }

    /// <exception cref="KeyNotFoundException">The key is not in the index.</exception>
    public TValue this[string key] => PartOf(key)[key];

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out TValue value) => PartOf(key).TryGetValue(key, out value);

    /// <exception cref="ArgumentException">The key is in the index already.</exception>
    public void Add(string key, TValue value) => PartOf(key).Add(key, value);

    private Dictionary<string, TValue> PartOf(string key)
        => _mask == 0 ? _parts[0] : _parts[StringComparer.Ordinal.GetHashCode(key) & _mask];
}
