using System.Linq;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace GeneTherapy.Domain.EntityFrameworkCore;

/// <summary>One-line ways to store every vocabulary enum of a model as its code.</summary>
public static class ModelBuilderExtensions
{
    /// <summary>
    /// In <c>ConfigureConventions</c>: every property of a vocabulary enum type (built-in or from your own seeds,
    /// nullable too) and every primitive collection of one is stored as codes, with the column's maximum length
    /// from the enum's code table. Explicit configuration of a property wins.
    /// </summary>
    /// <param name="configurationBuilder">The builder passed to <c>ConfigureConventions</c>.</param>
    /// <returns>The same builder.</returns>
    public static ModelConfigurationBuilder StoreVocabularyAsCodes(this ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Conventions.Add(_ => new VocabularyCodeConvention());
        return configurationBuilder;
    }

    /// <summary>
    /// At the end of <c>OnModelCreating</c>: the same for the entity types configured so far, leaving alone any
    /// property that already has a converter. Prefer the <c>ConfigureConventions</c> form, which needs no ordering.
    /// </summary>
    /// <param name="modelBuilder">The builder passed to <c>OnModelCreating</c>.</param>
    /// <returns>The same builder.</returns>
    public static ModelBuilder StoreVocabularyAsCodes(this ModelBuilder modelBuilder)
    {
        foreach (IMutableProperty property in modelBuilder.Model.GetEntityTypes().SelectMany(e => e.GetDeclaredProperties()).ToList())
        {
            CodeConversion.Apply(property);
        }

        return modelBuilder;
    }
}
