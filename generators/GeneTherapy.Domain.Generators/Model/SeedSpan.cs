namespace GeneTherapy.Domain.Generators.Model;

/// <summary>Where a location is in the text as an editor shows it: UTF-16 offset and length, zero-based lines and columns.</summary>
internal readonly record struct SeedSpan(int Start, int Length, int StartLine, int StartColumn, int EndLine, int EndColumn);
