using System;
using Hl7.Fhir.Model;

namespace GeneTherapy.Domain.Fhir;

/// <summary>Converts between generated enum members and FHIR <see cref="Coding"/>s of their code systems.</summary>
public static class FhirCoding
{
    /// <summary>The member as a Coding: <c>system</c> = the enum's code system URL, its version, <c>code</c> and <c>display</c> = label.</summary>
    /// <typeparam name="TEnum">A generated enum.</typeparam>
    /// <param name="value">A defined member.</param>
    /// <returns>A new Coding.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined member.</exception>
    /// <exception cref="InvalidOperationException">The enum is not generated, or its seed gives no canonical URL.</exception>
    public static Coding ToCoding<TEnum>(this TEnum value)
        where TEnum : struct, Enum
    {
        ICodeTable<TEnum> table = CodeTables.Get<TEnum>();
        TermInfo<TEnum> term = table.GetInfo(value);
        return new Coding(FhirNames.CodeSystemUrl(table), term.Code, term.Label) { Version = table.CodeSystemVersion };
    }

    /// <summary>
    /// Reads a Coding of the enum's code system: true when its <c>system</c> is the enum's code system URL (compared
    /// ordinally) and its <c>code</c> is one of the enum's codes (deprecated ones included). The Coding's version and
    /// display are not compared: codes are never removed from a later version, and displays are for people.
    /// </summary>
    /// <typeparam name="TEnum">A generated enum.</typeparam>
    /// <param name="coding">The Coding; <c>null</c> reads nothing.</param>
    /// <param name="value">The member, or <c>default</c>.</param>
    /// <returns>Whether the Coding names a member of <typeparamref name="TEnum"/>.</returns>
    /// <exception cref="InvalidOperationException">The enum is not generated.</exception>
    public static bool TryFromCoding<TEnum>(Coding? coding, out TEnum value)
        where TEnum : struct, Enum
    {
        ICodeTable<TEnum> table = CodeTables.Get<TEnum>();
        if (coding is null || table.CodeSystemUrl is null || !string.Equals(coding.System, table.CodeSystemUrl, StringComparison.Ordinal))
        {
            value = default;
            return false;
        }

        return table.TryParseCode(coding.Code, out value);
    }
}
