using System;
using System.Linq;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace GeneTherapy.Domain.EntityFrameworkCore;

/// <summary>
/// Stores an enum as its code, through the enum's <see cref="ICodeTable{TEnum}"/>: writes <c>ToCode</c>, reads with
/// ordinal <c>TryParseCode</c> (deprecated codes included), and throws <see cref="UnknownCodeException"/> naming the
/// entity and property for any other value. EF Core skips converters for nulls, so it serves <c>TEnum?</c> too.
/// </summary>
/// <typeparam name="TEnum">A generated enum.</typeparam>
public sealed class CodeValueConverter<TEnum> : ValueConverter<TEnum, string>
    where TEnum : struct, Enum
{
    /// <summary>Creates the converter for one property.</summary>
    /// <param name="entityType">The entity type's name, for the message of an unknown code.</param>
    /// <param name="propertyName">The property's name, for the message of an unknown code.</param>
    public CodeValueConverter(string entityType, string propertyName)
        : base(value => ToCode(value), code => FromCode(code, entityType, propertyName))
    {
        EntityType = entityType;
        PropertyName = propertyName;
    }

    /// <summary>The entity type whose property this converter reads.</summary>
    public string EntityType { get; }

    /// <summary>The property this converter reads.</summary>
    public string PropertyName { get; }

    /// <summary>The code of a member; an undefined value cannot be stored.</summary>
    /// <param name="value">A defined member.</param>
    /// <returns>Its code.</returns>
    public static string ToCode(TEnum value) => CodeTables.Get<TEnum>().ToCode(value);

    /// <summary>The member of a stored code.</summary>
    /// <param name="code">The column's value.</param>
    /// <param name="entityType">The entity type, for the message.</param>
    /// <param name="propertyName">The property, for the message.</param>
    /// <returns>The member.</returns>
    /// <exception cref="UnknownCodeException">The code is not one of the enum's.</exception>
    public static TEnum FromCode(string code, string entityType, string propertyName)
    {
        ICodeTable<TEnum> table = CodeTables.Get<TEnum>();
        if (table.TryParseCode(code, out TEnum value))
        {
            return value;
        }

        string known = string.Join(", ", table.Terms.Take(12).Select(t => t.Code)) + (table.Terms.Count > 12 ? ", ..." : string.Empty);
        throw new UnknownCodeException(entityType, propertyName, code, "a code of enum " + table.Name, "known codes: " + known);
    }
}
