using System;
using System.Diagnostics.CodeAnalysis;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace GeneTherapy.Domain.EntityFrameworkCore;

/// <summary>A generated catalog's <c>TryGet</c>, such as <c>Products.TryGet</c>.</summary>
/// <typeparam name="TRecord">The catalog's record type.</typeparam>
/// <param name="key">The key.</param>
/// <param name="value">The entry, when the key is known.</param>
/// <returns>Whether the catalog has an entry with that key.</returns>
public delegate bool CatalogLookup<TRecord>(string? key, [NotNullWhen(true)] out TRecord? value)
    where TRecord : class;

/// <summary>
/// Stores a catalog record (a <c>Product</c>, a <c>RegulatoryInstrument</c>) as its key, and reads it back as the
/// catalog's own instance. The record is not an entity: its data lives in the package, the row holds the key.
/// </summary>
/// <typeparam name="TRecord">The catalog's record type.</typeparam>
public sealed class CatalogKeyConverter<TRecord> : ValueConverter<TRecord, string>
    where TRecord : class
{
    /// <summary>Creates the converter for one property.</summary>
    /// <param name="key">The record's key, such as <c>p =&gt; p.Id</c>.</param>
    /// <param name="lookup">The catalog's <c>TryGet</c>.</param>
    /// <param name="entityType">The entity type, for the message of an unknown key.</param>
    /// <param name="propertyName">The property, for the message of an unknown key.</param>
    public CatalogKeyConverter(Func<TRecord, string> key, CatalogLookup<TRecord> lookup, string entityType, string propertyName)
        : base(record => key(record), stored => Find(lookup, stored, entityType, propertyName))
    {
    }

    private static TRecord Find(CatalogLookup<TRecord> lookup, string key, string entityType, string propertyName)
        => lookup(key, out TRecord? record)
            ? record
            : throw new UnknownCodeException(entityType, propertyName, key, "the key of a " + typeof(TRecord).Name + " in its catalog",
                "the catalog of this package version has no such entry");
}

/// <summary>Per-property opt-in for catalog records stored by key.</summary>
public static class CatalogKeyConversionExtensions
{
    /// <summary>
    /// Stores this record-typed property as the record's key (EF Core maps it as a scalar, not a navigation), and
    /// reads it back through the catalog, deprecated keys included.
    /// </summary>
    /// <typeparam name="TRecord">The catalog's record type.</typeparam>
    /// <param name="builder">The property, e.g. <c>entity.Property(c =&gt; c.Product)</c>.</param>
    /// <param name="key">The record's key, such as <c>p =&gt; p.Id</c>.</param>
    /// <param name="lookup">The catalog's <c>TryGet</c>, such as <c>Products.TryGet</c>.</param>
    /// <param name="maxLength">The column's maximum length, when you want one.</param>
    /// <returns>The same builder.</returns>
    public static PropertyBuilder<TRecord?> HasCatalogKeyConversion<TRecord>(
        this PropertyBuilder<TRecord?> builder, Func<TRecord, string> key, CatalogLookup<TRecord> lookup, int? maxLength = null)
        where TRecord : class
    {
        IMutableProperty property = builder.Metadata;
        property.SetValueConverter(new CatalogKeyConverter<TRecord>(key, lookup, property.DeclaringType.DisplayName(), property.Name));
        if (maxLength is int length)
        {
            builder.HasMaxLength(length);
        }

        return builder;
    }
}
