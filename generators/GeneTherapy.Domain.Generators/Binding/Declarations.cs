using GeneTherapy.Domain.Generators.Model;

namespace GeneTherapy.Domain.Generators.Binding;

// What the binder knows about each declaration once it has been named: the seed it came from, the document
// that declares it and the C# names derived from it. Immutable; what later phases find out lives in their results.

internal sealed class SourceDecl
{
    public SourceDecl(SeedSource seed, SeedDocument document, string? propertyName)
    {
        Seed = seed;
        Document = document;
        PropertyName = propertyName;
    }

    public SeedSource Seed { get; }

    public SeedDocument Document { get; }

    /// <summary>Null when the id has no letter or digit (GTD0006 has been reported).</summary>
    public string? PropertyName { get; }
}

internal abstract class TypeDecl
{
    protected TypeDecl(SeedDocument document, LocatedString name, int order)
    {
        Document = document;
        NameLocation = name;
        Order = order;
        FullName = document.Namespace.Value + "." + name.Value;
    }

    public SeedDocument Document { get; }

    public LocatedString NameLocation { get; }

    /// <summary>Position among all types of all documents (documents by path, then as written).</summary>
    public int Order { get; }

    public string Name => NameLocation.Value;

    public string Namespace => Document.Namespace.Value;

    /// <summary>Made once: binding reads it for every entry and every value that names the type.</summary>
    public string FullName { get; }
}

internal sealed class EnumDecl : TypeDecl
{
    public EnumDecl(SeedEnum seed, SeedDocument document, int order)
        : base(document, seed.Name, order) => Seed = seed;

    public SeedEnum Seed { get; }
}

internal sealed class RecordDecl : TypeDecl
{
    public RecordDecl(SeedRecord seed, SeedDocument document, int order, string catalogName)
        : base(document, seed.Name, order)
    {
        Seed = seed;
        CatalogName = catalogName;
    }

    public SeedRecord Seed { get; }

    public string CatalogName { get; }

    public string CatalogFullName => Namespace + "." + CatalogName;
}

internal sealed class EntryDecl
{
    public EntryDecl(RecordDecl record, SeedEntry seed, SeedDocument document, string? key, string? propertyName)
    {
        Record = record;
        Seed = seed;
        Document = document;
        Key = key;
        PropertyName = propertyName;
    }

    public RecordDecl Record { get; }

    public SeedEntry Seed { get; }

    public SeedDocument Document { get; }

    /// <summary>Null when the key value is not a string (reported when the entry's values are bound).</summary>
    public string? Key { get; }

    public string? PropertyName { get; }
}
