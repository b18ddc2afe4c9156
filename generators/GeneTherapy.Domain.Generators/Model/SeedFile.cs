using System;

namespace GeneTherapy.Domain.Generators.Model;

/// <summary>
/// The UTF-8 text of one seed file as the parser read it, shared by every <see cref="SeedLocation"/> in it: locations
/// keep byte offsets, and lines and columns are worked out (by a <see cref="LineMap"/> built on first use) only for
/// the few that are reported. Two parses of the same text compare equal (path, length and a 64-bit content hash), so
/// the models that hold locations stay equal for incremental caching; any edit to the file makes them differ.
/// </summary>
internal sealed class SeedFile : IEquatable<SeedFile>
{
    private readonly byte[] _utf8;
    private readonly int _hashCode;
    private LineMap? _map;

    public SeedFile(string path, byte[] utf8)
    {
        Path = path;
        _utf8 = utf8;
        ContentHash = Hash(utf8);
        _hashCode = unchecked(StringComparer.Ordinal.GetHashCode(path) * 31 + (int)ContentHash);
    }

    public string Path { get; }

    public ulong ContentHash { get; }

    public int Length => _utf8.Length;

    /// <summary>The text the offsets count in. Readers only: nothing may write to it.</summary>
    public byte[] Utf8 => _utf8;

    // Built at most a few times per file (a race only builds an equal map twice), and never when nothing is reported.
    public LineMap Lines => _map ??= new LineMap(_utf8);

    /// <summary>Whether some location in the file has been resolved to lines and columns (tests hold parsing to none).</summary>
    public bool LinesBuilt => _map is not null;

    public bool Equals(SeedFile? other)
        => other is not null
            && (ReferenceEquals(this, other)
                || (ContentHash == other.ContentHash && _utf8.Length == other._utf8.Length && string.Equals(Path, other.Path, StringComparison.Ordinal)));

    public override bool Equals(object? obj) => Equals(obj as SeedFile);

    public override int GetHashCode() => _hashCode;

    public override string ToString() => Path;

    /// <summary>A 64-bit multiply-rotate hash over 8-byte words (not cryptographic: it tells edits apart, it guards nothing).</summary>
    private static ulong Hash(byte[] bytes)
    {
        const ulong Prime1 = 0x9E3779B185EBCA87UL;
        const ulong Prime2 = 0xC2B2AE3D27D4EB4FUL;
        ulong hash = Prime1 ^ (ulong)bytes.Length;
        int i = 0;
        for (; i + 8 <= bytes.Length; i += 8)
        {
            hash = Mix(hash, BitConverter.ToUInt64(bytes, i), Prime1, Prime2);
        }

        ulong tail = 0;
        for (int shift = 0; i < bytes.Length; i++, shift += 8)
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
