using System;

namespace GeneTherapy.Domain.EntityFrameworkCore;

/// <summary>
/// A database row holds a value that is no code of the property's enum (or no key of its catalog): the row was
/// written by another system, by hand, or by a release whose seed has a code this one lacks. Thrown while EF Core
/// materializes the entity, so the message names the entity, the property and the value found.
/// </summary>
public sealed class UnknownCodeException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="entityType">The entity type's display name, such as <c>FollowUpRecord</c>.</param>
    /// <param name="propertyName">The property that was read.</param>
    /// <param name="code">The value found in the column.</param>
    /// <param name="expected">What the value should be, such as <c>a code of enum VectorPlatform</c>.</param>
    /// <param name="hint">What to look at, such as the known codes.</param>
    public UnknownCodeException(string entityType, string propertyName, string code, string expected, string hint)
        : base($"{entityType}.{propertyName} holds '{code}', which is not {expected}; {hint}.")
    {
        EntityType = entityType;
        PropertyName = propertyName;
        Code = code;
    }

    /// <summary>The entity type's display name.</summary>
    public string EntityType { get; }

    /// <summary>The property that was read.</summary>
    public string PropertyName { get; }

    /// <summary>The value found in the column.</summary>
    public string Code { get; }
}
