using System.Collections.Generic;
using GeneTherapy.Domain.EntityFrameworkCore.Tests.Registry;
using Microsoft.EntityFrameworkCore;

namespace GeneTherapy.Domain.EntityFrameworkCore.Tests;

/// <summary>A follow-up registry row: built-in enums, a nullable one, a list of them, the test seed's own enum, a catalog record.</summary>
public sealed class FollowUpRecord
{
    public int Id { get; set; }

    public VectorPlatform Vector { get; set; }

    public Jurisdiction? Jurisdiction { get; set; }

    public ContactMethod Contact { get; set; }

    public List<VectorPlatform> PriorVectors { get; set; } = new();

    public Product? Product { get; set; }
}

/// <summary>The registry's context; subclasses say how codes are configured (EF caches one model per context type).</summary>
public abstract class RegistryContext : DbContext
{
    protected RegistryContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<FollowUpRecord> Records => Set<FollowUpRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<FollowUpRecord>().ToTable("follow_up").Property(r => r.Product).HasCatalogKeyConversion(p => p.Id, Products.TryGet, maxLength: 40);
    }
}

/// <summary>The one-liner in ConfigureConventions.</summary>
public sealed class ConventionRegistryContext : RegistryContext
{
    public ConventionRegistryContext(DbContextOptions<ConventionRegistryContext> options)
        : base(options)
    {
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
        => configurationBuilder.StoreVocabularyAsCodes();
}

/// <summary>The one-liner at the end of OnModelCreating.</summary>
public sealed class ModelBuilderRegistryContext : RegistryContext
{
    public ModelBuilderRegistryContext(DbContextOptions<ModelBuilderRegistryContext> options)
        : base(options)
    {
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.StoreVocabularyAsCodes();
    }
}

/// <summary>Only the properties that opt in are codes; the others keep EF Core's default (the number).</summary>
public sealed class OptInRegistryContext : RegistryContext
{
    public OptInRegistryContext(DbContextOptions<OptInRegistryContext> options)
        : base(options)
    {
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<FollowUpRecord>(entity =>
        {
            entity.Property(r => r.Vector).HasCodeConversion();
            entity.Property(r => r.Jurisdiction).HasCodeConversion();
            entity.PrimitiveCollection(r => r.PriorVectors).HasCodeConversion();
        });
    }
}
