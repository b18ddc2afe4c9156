using System;
using System.ComponentModel;

namespace GeneTherapy.Domain;

/// <summary>
/// The exception for a value that is not a member of its generated enum, as generated lookups and
/// <see cref="CodeTable{TEnum}"/> throw it: one message, built here and out of line, so that a generated lookup stays
/// small enough for the JIT to inline (docs/benchmarks.md).
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class UndefinedValue
{
    /// <summary>Creates the exception; the caller throws it.</summary>
    /// <typeparam name="TEnum">The generated enum.</typeparam>
    /// <param name="value">The value that is not a member; the exception names it and the parameter <c>value</c>.</param>
    /// <param name="enumName">The enum's name, as the message gives it.</param>
    /// <returns>An <see cref="ArgumentOutOfRangeException"/> whose message is <c>Not a defined {enumName} value.</c></returns>
    public static ArgumentOutOfRangeException Exception<TEnum>(TEnum value, string enumName)
        where TEnum : struct, Enum
        => new(nameof(value), value, "Not a defined " + enumName + " value.");
}
