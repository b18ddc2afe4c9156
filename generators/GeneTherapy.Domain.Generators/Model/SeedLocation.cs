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
internal sealed class SeedLocation : IEquatable<SeedLocation>
{
    // The parser makes one per value: kept to two references and two offsets, the given form's data out of line.
    private readonly SeedFile? _file;
    private readonly Given? _given;
    private readonly int _startByte;
    private readonly int _endByte;

    public SeedLocation(string path, int start, int length, int startLine, int startColumn, int endLine, int endColumn)
        => _given = new Given(path, new SeedSpan(start, length, startLine, startColumn, endLine, endColumn));

    public SeedLocation(SeedFile file, int startByte, int endByte)
    {
        _file = file;
        _startByte = startByte;
        _endByte = endByte;
    }

    public string Path => _file?.Path ?? _given!.Path;

    /// <summary>The parsed file the offsets count in; null for a location given resolved.</summary>
    public SeedFile? File => _file;

    /// <summary>The UTF-16 offset of the start in the file.</summary>
    public int Start => Span.Start;

    public int Length => Span.Length;

    public int StartLine => Span.StartLine;

    public int StartColumn => Span.StartColumn;

    public int EndLine => Span.EndLine;

    public int EndColumn => Span.EndColumn;

    /// <summary>Characters, lines and columns; worked out on each call for a parsed location (only reporting asks).</summary>
    public SeedSpan Span => _file is null ? _given!.Span : _file.Lines.Locate(_startByte, _endByte);

    /// <summary>The start of a file, for diagnostics about the file as a whole.</summary>
    public static SeedLocation FileStart(string path) => new(path, 0, 0, 0, 0, 0, 0);

    public Location ToLocation()
    {
        SeedSpan span = Span;
        return Location.Create(
            Path,
            new TextSpan(span.Start, span.Length),
            new LinePositionSpan(new LinePosition(span.StartLine, span.StartColumn), new LinePosition(span.EndLine, span.EndColumn)));
    }

    public bool Equals(SeedLocation? other)
    {
        if (other is null)
        {
            return false;
        }

        if (_file is null || other._file is null)
        {
            return _given is not null && _given.Equals(other._given);
        }

        return _startByte == other._startByte && _endByte == other._endByte && _file.Equals(other._file);
    }

    public override bool Equals(object? obj) => Equals(obj as SeedLocation);

    public override int GetHashCode() => _file is null
        ? _given!.GetHashCode()
        : unchecked((_file.GetHashCode() * 31 + _startByte) * 31 + _endByte);

    public override string ToString()
    {
        SeedSpan span = Span;
        return $"{Path}({span.StartLine + 1},{span.StartColumn + 1})";
    }

    /// <summary>A location given resolved: compared by path and span.</summary>
    private sealed record Given(string Path, SeedSpan Span);
}
