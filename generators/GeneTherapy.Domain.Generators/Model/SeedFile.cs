using System;
using System.Buffers;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace GeneTherapy.Domain.Generators.Model;

/// <summary>
/// One seed file, shared by every <see cref="SeedLocation"/> in it: locations keep byte offsets into its UTF-8 text, and
/// lines and columns are worked out (by a <see cref="LineMap"/> built on first use) only for the few that are reported.
/// Two parses of the same text compare equal (path, length and a 64-bit content hash), so the models that hold
/// locations stay equal for incremental caching; any edit to the file makes them differ.
/// <para>
/// The UTF-8 bytes live only while the file is parsed: <see cref="Open"/> encodes the text into a pooled buffer and
/// <see cref="ReturnBytes"/> gives it back. The driver keeps every parse result, and with it every <c>SeedFile</c>;
/// keeping the bytes too kept a second copy of every seed (10.6% of what a built-in run allocates). The
/// <see cref="SourceText"/> is kept instead (the driver holds it anyway), and encoded again only when a location is reported.
/// </para>
/// </summary>
internal sealed class SeedFile : IEquatable<SeedFile>
{
    private readonly SourceText _text;
    private readonly int _hashCode;
    private readonly bool _pooled;
    private byte[]? _utf8;
    private LineMap? _map;

    private SeedFile(string path, SourceText text, byte[] utf8, int length, bool pooled)
    {
        Path = path;
        _text = text;
        _utf8 = utf8;
        _pooled = pooled;
        Length = length;
        ContentHash = Hash(utf8, length);
        _hashCode = unchecked(StringComparer.Ordinal.GetHashCode(path) * 31 + (int)ContentHash);
    }

    public string Path { get; }

    public ulong ContentHash { get; }

    /// <summary>The length in bytes of the UTF-8 text.</summary>
    public int Length { get; }

    /// <summary>
    /// The UTF-8 text the offsets count in: the first <see cref="Length"/> bytes (the buffer may be longer). Readers
    /// only, and only until <see cref="ReturnBytes"/>.
    /// </summary>
    public byte[] Utf8 => _utf8 ?? throw new InvalidOperationException($"The bytes of '{Path}' were read only while it was parsed; use its SourceText.");

    // Built at most a few times per file (a race only builds an equal map twice), and never when nothing is reported.
    public LineMap Lines => _map ??= new LineMap(Encode(_text));

    /// <summary>Whether some location in the file has been resolved to lines and columns (tests hold parsing to none).</summary>
    public bool LinesBuilt => _map is not null;

    /// <summary>A file whose bytes stay for its lifetime (tests, and nothing that parses).</summary>
    public static SeedFile FromText(string path, string text)
    {
        SourceText source = SourceText.From(text);
        byte[] utf8 = Encode(source);
        return new SeedFile(path, source, utf8, utf8.Length, pooled: false);
    }

    /// <summary>Encodes <paramref name="text"/> into a pooled buffer, which <see cref="ReturnBytes"/> gives back.</summary>
    public static SeedFile Open(string path, SourceText text)
    {
        char[] chars = CopyChars(text);
        try
        {
            int length = Encoding.UTF8.GetByteCount(chars, 0, text.Length);
            byte[] utf8 = ArrayPool<byte>.Shared.Rent(Math.Max(1, length));
            Encoding.UTF8.GetBytes(chars, 0, text.Length, utf8, 0);
            return new SeedFile(path, text, utf8, length, pooled: true);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>Gives the pooled bytes back; <see cref="Utf8"/> throws from then on.</summary>
    public void ReturnBytes()
    {
        byte[]? utf8 = _utf8;
        _utf8 = null;
        if (utf8 is not null && _pooled)
        {
            ArrayPool<byte>.Shared.Return(utf8);
        }
    }

    /// <summary>The text as UTF-8, exactly as <see cref="Open"/> encodes it: the bytes a <see cref="LineMap"/> counts in.</summary>
    private static byte[] Encode(SourceText text)
    {
        char[] chars = CopyChars(text);
        try
        {
            return Encoding.UTF8.GetBytes(chars, 0, text.Length);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>The text's characters in a pooled array, without an intermediate string (the generator's seeds can be megabytes).</summary>
    private static char[] CopyChars(SourceText text)
    {
        char[] chars = ArrayPool<char>.Shared.Rent(Math.Max(1, text.Length));
        text.CopyTo(0, chars, 0, text.Length);

        // A byte order mark that survived decoding would be rejected by the reader; a space keeps every offset after it where it was.
        if (text.Length > 0 && chars[0] == '\uFEFF')
        {
            chars[0] = ' ';
        }

        return chars;
    }

    public bool Equals(SeedFile? other)
        => other is not null
            && (ReferenceEquals(this, other)
                || (ContentHash == other.ContentHash && Length == other.Length && string.Equals(Path, other.Path, StringComparison.Ordinal)));

    public override bool Equals(object? obj) => Equals(obj as SeedFile);

    public override int GetHashCode() => _hashCode;

    public override string ToString() => Path;

    /// <summary>A 64-bit multiply-rotate hash over 8-byte words (not cryptographic: it tells edits apart, it guards nothing).</summary>
    private static ulong Hash(byte[] bytes, int length)
    {
        const ulong Prime1 = 0x9E3779B185EBCA87UL;
        const ulong Prime2 = 0xC2B2AE3D27D4EB4FUL;
        ulong hash = Prime1 ^ (ulong)length;
        int i = 0;
        for (; i + 8 <= length; i += 8)
        {
            hash = Mix(hash, BitConverter.ToUInt64(bytes, i), Prime1, Prime2);
        }

        ulong tail = 0;
        for (int shift = 0; i < length; i++, shift += 8)
        {
            tail |= (ulong)bytes[i] << shift;
        }

        hash = Mix(hash, tail, Prime1, Prime2);
        hash ^= hash >> 33;
        hash *= Prime2;
        return hash ^ (hash >> 29);
    }

    private static ulong Mix(ulong hash, ulong word, ulong prime1, ulong prime2)
    {
        hash ^= word * prime2;
        hash = (hash << 31) | (hash >> 33);
        return hash * prime1;
    }
}
