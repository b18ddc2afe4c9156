using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace GeneTherapy.Domain.Generators.Model;

/// <summary>
/// A position in a seed file kept as plain data: a <see cref="Location"/> holds on to a syntax tree or
/// a file, so it is made only when a diagnostic is reported. Lines and columns are zero-based.
/// </summary>
internal sealed record SeedLocation(
    string Path,
    int Start,
    int Length,
    int StartLine,
    int StartColumn,
    int EndLine,
    int EndColumn)
{
    public Location ToLocation() => Location.Create(
        Path,
        new TextSpan(Start, Length),
        new LinePositionSpan(new LinePosition(StartLine, StartColumn), new LinePosition(EndLine, EndColumn)));

    /// <summary>The start of a file, for diagnostics about the file as a whole.</summary>
    public static SeedLocation FileStart(string path) => new(path, 0, 0, 0, 0, 0, 0);
}
