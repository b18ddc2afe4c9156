using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace GeneTherapy.Domain.Generators.Model;

/// <summary>
/// A position in a seed file kept as plain data: a <see cref="Location"/> holds on to a syntax tree or a file, so it
/// is made only when a diagnostic is reported. The parser's locations are byte offsets into a <see cref="SeedFile"/>
/// and resolve to characters, lines and columns (zero-based) only when asked, so reading a file computes none; other
/// locations (a baseline line, the start of a file) are given resolved. Equality: the same file content and offsets,
/// or the same given position.
/// </summary>
/// <remarks>
/// A struct of one reference and two offsets: the parser makes two per value it reads (the name's and the value's), and
/// as a class they were a third of the objects a parse allocated. <c>default</c> is no location at all; nothing in the
/// generator makes one (every constructor takes a file or a path).
/// </remarks>
internal readonly struct SeedLocation : IEquatable<SeedLocation>
{
    // A SeedFile for a parsed location, a Given for one given resolved.
    private readonly object? _origin;
    private readonly int _startByte;
    private readonly int _endByte;

    public SeedLocation(string path, int start, int length, int startLine, int startColumn, int endLine, int endColumn)
    {
        _origin = new Given(path, new SeedSpan(start, length, startLine, startColumn, endLine, endColumn));
        _startByte = 0;
        _endByte = 0;
    }

    public SeedLocation(SeedFile file, int startByte, int endByte)
    {
        _origin = file;
        _startByte = startByte;
        _endByte = endByte;
    }

    public string Path => _origin switch
    {
        SeedFile file => file.Path,
        Given given => given.Path,
        _ => string.Empty,
    };

    /// <summary>The parsed file the offsets count in; null for a location given resolved.</summary>
    public SeedFile? File => _origin as SeedFile;

    /// <summary>The UTF-16 offset of the start in the file.</summary>
    public int Start => Span.Start;

    public int Length => Span.Length;

    public int StartLine => Span.StartLine;

    public int StartColumn => Span.StartColumn;

    public int EndLine => Span.EndLine;

    public int EndColumn => Span.EndColumn;

    /// <summary>Characters, lines and columns; worked out on each call for a parsed location (only reporting asks).</summary>
    public SeedSpan Span => _origin switch
    {
        SeedFile file => file.Lines.Locate(_startByte, _endByte),
        Given given => given.Span,
        _ => default,
    };

    /// <summary>The start of a file, for diagnostics about the file as a whole.</summary>
    public static SeedLocation FileStart(string path) => new(path, 0, 0, 0, 0, 0, 0);

    public static bool operator ==(SeedLocation left, SeedLocation right) => left.Equals(right);

    public static bool operator !=(SeedLocation left, SeedLocation right) => !left.Equals(right);

    public Location ToLocation()
    {
        SeedSpan span = Span;
        return Location.Create(
            Path,
            new TextSpan(span.Start, span.Length),
            new LinePositionSpan(new LinePosition(span.StartLine, span.StartColumn), new LinePosition(span.EndLine, span.EndColumn)));
    }

    public bool Equals(SeedLocation other) => _origin switch
    {
        SeedFile file => other._origin is SeedFile otherFile && _startByte == other._startByte && _endByte == other._endByte && file.Equals(otherFile),
        Given given => given.Equals(other._origin as Given),
        _ => other._origin is null,
    };

    public override bool Equals(object? obj) => obj is SeedLocation other && Equals(other);

    public override int GetHashCode() => _origin switch
    {
        SeedFile file => unchecked((file.GetHashCode() * 31 + _startByte) * 31 + _endByte),
        Given given => given.GetHashCode(),
        _ => 0,
    };

    public override string ToString()
    {
        SeedSpan span = Span;
        return $"{Path}({span.StartLine + 1},{span.StartColumn + 1})";
    }

    /// <summary>A location given resolved: compared by path and span.</summary>
    private sealed record Given(string Path, SeedSpan Span);
}
