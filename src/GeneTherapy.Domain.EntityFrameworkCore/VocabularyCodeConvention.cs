using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Metadata.Conventions;

namespace GeneTherapy.Domain.EntityFrameworkCore;

/// <summary>
/// Stores every property whose type is a vocabulary enum (one with a code table: built-in or from your own seeds),
/// nullable or not, and every primitive collection of one, as codes, with the column's maximum length set to the
/// longest code. Explicit configuration (<c>HasConversion</c>, <c>HasMaxLength</c>) wins over it.
/// Added by <see cref="ModelBuilderExtensions.StoreVocabularyAsCodes(Microsoft.EntityFrameworkCore.ModelConfigurationBuilder)"/>.
/// </summary>
public sealed class VocabularyCodeConvention : IPropertyAddedConvention, IPropertyElementTypeChangedConvention
{
    /// <inheritdoc/>
    public void ProcessPropertyAdded(IConventionPropertyBuilder propertyBuilder, IConventionContext<IConventionPropertyBuilder> context)
        => CodeConversion.Apply(propertyBuilder);

    /// <inheritdoc/>
    public void ProcessPropertyElementTypeChanged(
        IConventionPropertyBuilder propertyBuilder,
        IElementType? newElementType,
        IElementType? oldElementType,
        IConventionContext<IElementType> context)
    {
        if (propertyBuilder.Metadata.GetElementType() is IConventionElementType element)
        {
            CodeConversion.Apply(element, propertyBuilder.Metadata.DeclaringType.DisplayName(), propertyBuilder.Metadata.Name);
        }
    }
}
