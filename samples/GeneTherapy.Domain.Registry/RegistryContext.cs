using GeneTherapy.Domain.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace GeneTherapy.Domain.Registry;

/// <summary>A participant enrolled in a cohort that receives one product; its vocabulary columns hold codes.</summary>
public sealed class Enrolment
{
    public int Id { get; set; }

    public required string Participant { get; set; }

    public required string Cohort { get; set; }

    /// <summary>The product, stored by its catalog key (<c>"zynteglo-us"</c>).</summary>
    public required Product Product { get; set; }

    /// <summary>The product's jurisdiction, stored as its code (<c>"us"</c>) so rows can be queried without the catalog.</summary>
    public Jurisdiction Jurisdiction { get; set; }

    /// <summary>The product's vector platform, stored as its code (<c>"lentiviral"</c>), or null when none.</summary>
    public VectorPlatform? Vector { get; set; }

    public DateOnly EnrolledOn { get; set; }
}

/// <summary>The registry's SQLite database.</summary>
public sealed class RegistryContext : DbContext
{
    public RegistryContext(DbContextOptions<RegistryContext> options)
        : base(options)
    {
    }

    public DbSet<Enrolment> Enrolments => Set<Enrolment>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
        => configurationBuilder.StoreVocabularyAsCodes();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Enrolment>(entity =>
        {
            entity.Property<Product?>(e => e.Product).HasCatalogKeyConversion(p => p.Id, Products.TryGet, maxLength: 40);
            entity.HasIndex(e => e.Participant);
        });
    }
}
