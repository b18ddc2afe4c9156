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
    /// <param name="vocabulary">What the value should belong to, such as <c>enum VectorPlatform</c> or <c>catalog of Product</c>.</param>
    /// <param name="known">A short list of valid values, for the message.</param>
    public UnknownCodeException(string entityType, string propertyName, string code, string vocabulary, string known)
        : base($"{entityType}.{propertyName} holds '{code}', which is not a code of {vocabulary}; known codes: {known}.")
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
