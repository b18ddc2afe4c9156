using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using GeneTherapy.Domain.Generators.Binding;
using GeneTherapy.Domain.Generators.Collections;
using GeneTherapy.Domain.Generators.Model;
using Xunit;

namespace GeneTherapy.Domain.Generators.Tests;

/// <summary>
/// The collections that keep a large catalog's per-entry arrays off the large-object heap: they hold what a list and a
/// dictionary hold, across their chunk and part boundaries, and no array of theirs reaches 85,000 bytes.
/// </summary>
public sealed class ChunkedCollectionTests
{
    private const int LargeObjectBytes = 85_000;

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(16)]
    [InlineData(17)]
    [InlineData(ChunkedList<int>.ChunkLength)]
    [InlineData(ChunkedList<int>.ChunkLength + 1)]
    [InlineData((3 * ChunkedList<int>.ChunkLength) + 5)]
    public void ChunkedList_HoldsWhatAListHolds_InOrder(int count)
    {
        var expected = Enumerable.Range(0, count).Select(i => i * 7).ToList();
        var list = new ChunkedList<int>(expected);

        Assert.Equal(count, list.Count);
        Assert.Equal(expected, list);
        Assert.Equal(expected, Enumerable.Range(0, count).Select(i => list[i]));
        Assert.Throws<ArgumentOutOfRangeException>(() => list[count]);
        Assert.Throws<ArgumentOutOfRangeException>(() => list[-1]);
    }

    [Fact]
    public void ChunkedList_NoChunkIsALargeObject_ForTheItemsTheGeneratorKeeps()
    {
        // The pairs and records the binder and the emitters list one per entry (SeedBinder, SpecBuilder, CSharpSyntax).
        int[] itemSizes =
        {
            Unsafe.SizeOf<(FileEntry, string)>(), Unsafe.SizeOf<CatalogParts.Placed>(), Unsafe.SizeOf<(string, string)>(),
        };
        Assert.All(itemSizes, size => Assert.InRange(size, 1, 40));
        Assert.True(ChunkedList<int>.ChunkLength * 40 < LargeObjectBytes - 24, "a chunk of 40-byte items must stay below the threshold");

        var list = new ChunkedList<(string, string)>(Enumerable.Range(0, 10_000).Select(i => (i.ToString(), "P" + i)));
        Assert.Equal(10_000, list.Count);
        Assert.Equal(("9999", "P9999"), list[9_999]);
        Assert.Equal(("2048", "P2048"), list[ChunkedList<int>.ChunkLength]);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(10, 10)]
    [InlineData(10_000, 10_000)]
    [InlineData(100, 5_000)] // more keys than the capacity given: the parts grow as dictionaries do
    public void KeyIndex_FindsEveryKeyAdded_AndNoOther(int capacity, int count)
    {
        var index = new KeyIndex<int>(capacity);
        for (int i = 0; i < count; i++)
        {
            index.Add("key-" + i, i);
        }

        Assert.Equal(count, index.Count);
        for (int i = 0; i < count; i++)
        {
            Assert.True(index.TryGetValue("key-" + i, out int value));
            Assert.Equal(i, value);
            Assert.Equal(i, index["key-" + i]);
        }

        Assert.False(index.TryGetValue("key-" + count, out _));
        Assert.False(index.TryGetValue("KEY-0", out _)); // ordinal
        Assert.Throws<KeyNotFoundException>(() => index["missing"]);
        Assert.Equal(Enumerable.Range(0, count).Select(i => "key-" + i).OrderBy(k => k, StringComparer.Ordinal), index.Keys.OrderBy(k => k, StringComparer.Ordinal));
    }

    [Fact]
    public void KeyIndex_ARepeatedKey_Throws_AsADictionaryDoes()
    {
        var index = new KeyIndex<string>(10_000);
        index.Add("a", "first");

        Assert.Throws<ArgumentException>(() => index.Add("a", "second"));
        Assert.Equal("first", index["a"]);
    }

    [Theory]
    [InlineData(100, 1)]
    [InlineData(KeyIndex<int>.PartCapacity, 1)]
    [InlineData(KeyIndex<int>.PartCapacity + 1, 2)]
    [InlineData(10_000, 8)]
    public void KeyIndex_SplitsIntoPartsThatStayBelowTheThreshold(int count, int parts)
    {
        var index = new KeyIndex<int>(count);
        for (int i = 0; i < count; i++)
        {
            index.Add("entry-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), i);
        }

        // A dictionary entry of a string key and a reference value is 24 bytes: a part of up to an eighth more than
        // PartCapacity keys (the hash spreads them about evenly) keeps its entries below 85,000 bytes.
        int[] counts = index.PartCounts.ToArray();
        Assert.Equal(parts, counts.Length);
        Assert.Equal(count, counts.Sum());
        Assert.All(counts, n => Assert.InRange(n, 1, KeyIndex<int>.PartCapacity * 9 / 8));
        Assert.True(KeyIndex<int>.PartCapacity * 9 / 8 * 24 < LargeObjectBytes);
    }
}
