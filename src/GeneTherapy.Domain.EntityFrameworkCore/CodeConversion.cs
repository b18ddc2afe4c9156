using System;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace GeneTherapy.Domain.EntityFrameworkCore;

/// <summary>The one rule for storing a vocabulary enum as its code: which types, which converter, which length.</summary>
internal static class CodeConversion
{
    /// <summary>The code table of a property or element type, unwrapping <c>Nullable&lt;TEnum&gt;</c>.</summary>
    public static bool TryGetTable(Type clrType, out ICodeTable table)
    {
        Type type = Nullable.GetUnderlyingType(clrType) ?? clrType;
        table = null!;
        return type.IsEnum && CodeTables.TryGet(type, out table!);
    }

    /// <summary>A converter for one property, built generically from the table without <c>MakeGenericType</c>.</summary>
    public static ValueConverter CreateConverter(ICodeTable table, string entityType, string propertyName)
        => table.Accept(new ConverterFactory(entityType, propertyName));

    /// <summary>Configures a scalar or primitive-collection property from a convention; false when it holds no vocabulary enum.</summary>
    public static bool Apply(IConventionPropertyBuilder builder)
    {
        IConventionProperty property = builder.Metadata;
        string entity = property.DeclaringType.DisplayName();
        if (TryGetTable(property.ClrType, out ICodeTable table))
        {
            builder.HasConversion(CreateConverter(table, entity, property.Name));
            builder.HasMaxLength(table.MaxCodeLength);
            return true;
        }

        return property.GetElementType() is IConventionElementType element && Apply(element, entity, property.Name);
    }

    /// <summary>Configures the elements of a primitive collection from a convention.</summary>
    public static bool Apply(IConventionElementType element, string entity, string propertyName)
    {
        if (!TryGetTable(element.ClrType, out ICodeTable table))
        {
            return false;
        }

        element.Builder.HasConversion(CreateConverter(table, entity, propertyName));
        element.Builder.HasMaxLength(table.MaxCodeLength);
        return true;
    }

    /// <summary>Configures a property explicitly (after the model's entity types are known), unless it has a converter.</summary>
    public static bool Apply(IMutableProperty property)
    {
        string entity = property.DeclaringType.DisplayName();
        if (TryGetTable(property.ClrType, out ICodeTable table))
        {
            if (property.GetValueConverter() is null && property.GetProviderClrType() is null)
            {
                property.SetValueConverter(CreateConverter(table, entity, property.Name));
                property.SetMaxLength(property.GetMaxLength() ?? table.MaxCodeLength);
            }

            return true;
        }

        if (property.GetElementType() is IMutableElementType element && TryGetTable(element.ClrType, out table))
        {
            if (element.GetValueConverter() is null && element.GetProviderClrType() is null)
            {
                element.SetValueConverter(CreateConverter(table, entity, property.Name));
                element.SetMaxLength(element.GetMaxLength() ?? table.MaxCodeLength);
            }

            return true;
        }

        return false;
    }

    private sealed class ConverterFactory : ICodeTableVisitor<ValueConverter>
    {
        private readonly string _entityType;
        private readonly string _propertyName;

        public ConverterFactory(string entityType, string propertyName)
        {
            _entityType = entityType;
            _propertyName = propertyName;
        }

        public ValueConverter Visit<TEnum>(ICodeTable<TEnum> table)
            where TEnum : struct, Enum
            => new CodeValueConverter<TEnum>(_entityType, _propertyName);
    }
}
