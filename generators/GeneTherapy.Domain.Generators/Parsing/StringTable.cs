using System.Text;

namespace GeneTherapy.Domain.Generators.Parsing;

/// <summary>
/// One string per distinct short text in a file: property names, and the codes, keys, numbers and source ids that
/// entries repeat (a platform code or a year is written once per entry). Lookups compare the UTF-8 bytes with the
/// stored string, so a repeat allocates nothing. The table is direct-mapped: a collision replaces the older string,
/// which costs only a later allocation, never a wrong string.
/// </summary>
internal sealed class StringTable
{
    /// <summary>Longer texts (summaries, titles, URLs) rarely repeat; they are decoded each time.</summary>
    public const int MaxLength = 48;

    private readonly string?[] _slots;

    /// <param name="fileLength">The file's length in bytes; the table gets about one slot per 64 bytes (64 to 4,096).</param>
    public StringTable(int fileLength)
    {
        int size = 64;
        while (size < 4096 && size * 64 < fileLength)
        {
            size *= 2;
        }

        _slots = new string?[size];
    }

    /// <summary>
    /// The shared string for <paramref name="length"/> bytes of <paramref name="utf8"/> at <paramref name="start"/> (JSON
    /// string content without escapes, or a number's digits); null when the text is longer than
    /// <see cref="MaxLength"/> or not ASCII, which the caller decodes as before.
    /// </summary>
    public string? Get(byte[] utf8, int start, int length)
    {
        if (length > MaxLength)
        {
            return null;
        }

        uint hash = 2166136261;
        for (int i = start; i < start + length; i++)
        {
            byte b = utf8[i];
            if (b >= 0x80)
            {
                return null;
            }

            hash = (hash ^ b) * 16777619;
        }

        int slot = (int)(hash & (uint)(_slots.Length - 1));
        string? stored = _slots[slot];
        if (stored is not null && SameAscii(stored, utf8, start, length))
        {
            return stored;
        }

        string text = length == 0 ? string.Empty : Encoding.ASCII.GetString(utf8, start, length);
        _slots[slot] = text;
        return text;
    }

    private static bool SameAscii(string text, byte[] utf8, int start, int length)
    {
        if (text.Length != length)
        {
            return false;
        }

        for (int i = 0; i < length; i++)
        {
            if (text[i] != utf8[start + i])
            {
                return false;
            }
        }

        return true;
    }
}
