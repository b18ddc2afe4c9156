using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GeneTherapy.Domain.EntityFrameworkCore;

/// <summary>Per-property opt-in, for a model that stores only some vocabulary enums as codes.</summary>
public static class PropertyBuilderExtensions
{
    /// <summary>Stores this enum property as its code, with the column's maximum length from the code table.</summary>
    /// <typeparam name="TEnum">A generated enum.</typeparam>
    /// <param name="builder">The property.</param>
    /// <returns>The same builder.</returns>
    /// <exception cref="InvalidOperationException"><typeparamref name="TEnum"/> has no code table.</exception>
    public static PropertyBuilder<TEnum> HasCodeConversion<TEnum>(this PropertyBuilder<TEnum> builder)
        where TEnum : struct, Enum
    {
        Configure<TEnum>(builder.Metadata);
        return builder;
    }

    /// <summary>Stores this nullable enum property as its code (null stays null).</summary>
    /// <typeparam name="TEnum">A generated enum.</typeparam>
    /// <param name="builder">The property.</param>
    /// <returns>The same builder.</returns>
    /// <exception cref="InvalidOperationException"><typeparamref name="TEnum"/> has no code table.</exception>
    public static PropertyBuilder<TEnum?> HasCodeConversion<TEnum>(this PropertyBuilder<TEnum?> builder)
        where TEnum : struct, Enum
    {
        Configure<TEnum>(builder.Metadata);
        return builder;
    }

    /// <summary>Stores the elements of this primitive collection as codes (a JSON array of codes in one column).</summary>
    /// <typeparam name="TEnum">A generated enum.</typeparam>
    /// <param name="builder">The primitive collection.</param>
    /// <returns>The same builder.</returns>
    /// <exception cref="InvalidOperationException"><typeparamref name="TEnum"/> has no code table.</exception>
    public static PrimitiveCollectionBuilder<List<TEnum>> HasCodeConversion<TEnum>(this PrimitiveCollectionBuilder<List<TEnum>> builder)
        where TEnum : struct, Enum
    {
        ICodeTable<TEnum> table = CodeTables.Get<TEnum>();
        IMutableProperty property = builder.Metadata;
        builder.ElementType(element => element
            .HasConversion(new CodeValueConverter<TEnum>(property.DeclaringType.DisplayName(), property.Name))
            .HasMaxLength(table.MaxCodeLength));
        return builder;
    }

    private static void Configure<TEnum>(IMutableProperty property)
        where TEnum : struct, Enum
    {
        ICodeTable<TEnum> table = CodeTables.Get<TEnum>();
        property.SetValueConverter(new CodeValueConverter<TEnum>(property.DeclaringType.DisplayName(), property.Name));
        property.SetMaxLength(table.MaxCodeLength);
    }
}
