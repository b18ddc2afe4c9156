using System;
using System.Linq;
using CsCheck;
using GeneTherapy.Domain.Generators.Emitting;
using Xunit;

namespace GeneTherapy.Domain.Generators.Tests;

/// <summary>
/// Emitting/CodeSlotTable.cs: the slots of <c>TryParseCode(string)</c>'s reference check. A code is in no slot or in its
/// own (the one the generated expression computes), never twice; codes are left out only when they must share a slot.
/// </summary>
public sealed class CodeSlotTableTests
{
    private static readonly Gen<string[]> s_codeSets = Gen.String[Gen.Char["abkKsS-1\u00E9"], 0, 7].Array[1, 40]
        .Select(codes => codes.Distinct(StringComparer.Ordinal).ToArray());

    [Fact]
    public void Plan_PutsEachCodeInItsOwnSlotAtMostOnce()
        => s_codeSets.Sample(codes =>
        {
            CodeSlotTable table = CodeSlotTable.Plan(codes);
            Assert.True(table.Size >= 2 * codes.Length && (table.Size & (table.Size - 1)) == 0, $"size {table.Size} for {codes.Length} codes");
            int[] placed = table.Slots.Where(i => i >= 0).ToArray();
            Assert.Equal(placed.Length, placed.Distinct().Count());
            for (int slot = 0; slot < table.Size; slot++)
            {
                if (table.Slots[slot] >= 0)
                {
                    Assert.Equal(slot, table.SlotOf(codes[table.Slots[slot]]));
                }
            }

            // Two codes of the same length, first and last character share a slot under every multiplier: at most one
            // of each such group, and the empty code (no characters to hash), can be left without one.
            int mustShare = codes.Where(c => c.Length > 0).GroupBy(c => (c.Length, c[0], c[c.Length - 1])).Count();
            Assert.True(placed.Length <= mustShare);
        }, iter: 2_000, seed: "0N0XIzNsQ0O2");

    [Fact]
    public void Plan_TheVectorPlatformCodes_AllGetASlotInThirtyTwo()
    {
        string[] codes = { "aav", "lentiviral", "gamma-retroviral", "adenoviral", "hsv-1", "plasmid", "mrna", "bacterial", "non-viral-editing" };
        CodeSlotTable table = CodeSlotTable.Plan(codes);

        Assert.Equal(32, table.Size);
        Assert.Equal(Enumerable.Range(0, codes.Length), table.Slots.Where(i => i >= 0).OrderBy(i => i));
        Assert.Equal("(code.Length * 3 + code[0] * 5 + code[code.Length - 1]) & 31", table.SlotExpression("code"));
    }

    [Fact]
    public void Plan_CodesThatMustShare_TheFirstKeepsTheSlot_AndTheSameCodesGiveTheSameTable()
    {
        string[] codes = { "aav", "abv", "", "x" };
        CodeSlotTable table = CodeSlotTable.Plan(codes);

        Assert.Equal(new[] { 0, 3 }, table.Slots.Where(i => i >= 0).OrderBy(i => i));
        Assert.Equal(table.Slots, CodeSlotTable.Plan(codes.ToArray()).Slots);
        Assert.Equal(table.SlotExpression("c"), CodeSlotTable.Plan(codes.ToArray()).SlotExpression("c"));
    }
}
