using System;
using System.Collections.Generic;

namespace GeneTherapy.Domain;

/// <summary>
/// A catalog entry that records how much of it was seen in its sources. Entries never present an
/// unverified value as verified: a value that was not seen is either left empty or named in
/// <see cref="UnverifiedFields"/>, with <see cref="Note"/> saying why.
/// </summary>
public interface IVerifiable
{
    /// <summary>How much of the entry was seen in its sources.</summary>
    Verification Verification { get; }

    /// <summary>The names of the entry's properties whose values were not seen in a source.</summary>
    IReadOnlyList<string> UnverifiedFields { get; }

    /// <summary>A caveat about the entry or its sources, in words.</summary>
    string? Note { get; }
}

/// <summary>Helpers over <see cref="IVerifiable"/> entries.</summary>
public static class VerifiableExtensions
{
    /// <summary>
    /// Whether the value of the property <paramref name="propertyName"/> (for example <c>nameof(MarketingAuthorisation.Date)</c>)
    /// was seen in a source.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="entry"/> or <paramref name="propertyName"/> is null.</exception>
    public static bool IsVerified(this IVerifiable entry, string propertyName)
    {
        if (entry is null)
        {
            throw new ArgumentNullException(nameof(entry));
        }

        if (propertyName is null)
        {
            throw new ArgumentNullException(nameof(propertyName));
        }

        return entry.Verification switch
        {
            Verification.Verified => true,
            Verification.PartlyVerified => !Contains(entry.UnverifiedFields, propertyName),
            _ => false,
        };
    }

    private static bool Contains(IReadOnlyList<string> names, string name)
    {
        for (int i = 0; i < names.Count; i++)
        {
            if (string.Equals(names[i], name, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}

public sealed partial record ActiveSubstance : IVerifiable;

public sealed partial record Product : IVerifiable;

public sealed partial record MarketingAuthorisation : IVerifiable;

public sealed partial record RegulatoryRequirement : IVerifiable;

public sealed partial record AuthorisationEvent : IVerifiable;
