using System.Collections.Generic;
using System.Globalization;

namespace GeneTherapy.Domain.Generators.Emitting;

/// <summary>
/// The table behind the reference check of <c>TryParseCode(string)</c>: each code at the slot a cheap hash of its length,
/// first and last character gives it. A string this library handed out (<c>ToCode()</c>, a label's code, any use of the
/// same literal in the consumer's assembly) is the very instance in the table, so one hash, one load and one reference
/// comparison find its member, where the length dispatch would compare its characters. FrozenDictionary's lookup gets the
/// same early return from <c>string.Equals</c> on its own key instances (docs/benchmarks.md). Any other string, and a
/// code that lost its slot to an earlier one, goes on to the length dispatch as before.
/// </summary>
internal sealed class CodeSlotTable
{
    /// <summary>Multipliers of the length and the first character tried in turn; the last character is added as it is.</summary>
    private static readonly (int Length, int First)[] s_multipliers = { (5, 3), (7, 1), (3, 5), (31, 7), (1, 31), (17, 11) };

    private CodeSlotTable(int size, (int Length, int First) multipliers, int[] slots)
    {
        Size = size;
        Multipliers = multipliers;
        Slots = slots;
    }

    /// <summary>The number of slots, a power of two.</summary>
    public int Size { get; }

    public (int Length, int First) Multipliers { get; }

    /// <summary>Per slot, the index of the code in it, or -1.</summary>
    public int[] Slots { get; }

    /// <summary>
    /// The smallest table (from twice as many slots as codes, up to eight times) and the first multipliers under which no
    /// two codes share a slot; failing that, the largest table with the fewest codes left out (those find their member
    /// through the dispatch only). The same codes always give the same table.
    /// </summary>
    public static CodeSlotTable Plan(IReadOnlyList<string> codes)
    {
        CodeSlotTable? best = null;
        int bestLeftOut = int.MaxValue;
        int smallest = 4;
        while (smallest < 2 * codes.Count)
        {
            smallest *= 2;
        }

        for (int size = smallest; size <= 8 * smallest; size *= 2)
        {
            foreach ((int Length, int First) multipliers in s_multipliers)
            {
                int[] slots = Place(codes, size, multipliers, out int leftOut);
                if (leftOut < bestLeftOut)
                {
                    best = new CodeSlotTable(size, multipliers, slots);
                    bestLeftOut = leftOut;
                }

                if (leftOut == 0)
                {
                    return best!;
                }
            }
        }

        return best!;
    }

    /// <summary>The slot of <paramref name="code"/> (not empty), as the generated expression computes it.</summary>
    public int SlotOf(string code) => Hash(code, Size, Multipliers);

    /// <summary>The C# expression for the slot of <paramref name="variable"/>, a string of one character or more.</summary>
    public string SlotExpression(string variable)
        => $"({variable}.Length * {Number(Multipliers.Length)} + {variable}[0] * {Number(Multipliers.First)} + {variable}[{variable}.Length - 1]) & {Number(Size - 1)}";

    private static int[] Place(IReadOnlyList<string> codes, int size, (int Length, int First) multipliers, out int leftOut)
    {
        int[] slots = new int[size];
        for (int i = 0; i < size; i++)
        {
            slots[i] = -1;
        }

        leftOut = 0;
        for (int i = 0; i < codes.Count; i++)
        {
            if (codes[i].Length == 0)
            {
                leftOut++;
                continue;
            }

            int slot = Hash(codes[i], size, multipliers);
            if (slots[slot] < 0)
            {
                slots[slot] = i;
            }
            else
            {
                leftOut++;
            }
        }

        return slots;
    }

    private static int Hash(string code, int size, (int Length, int First) multipliers)
        => ((code.Length * multipliers.Length) + (code[0] * multipliers.First) + code[code.Length - 1]) & (size - 1);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
