using System;
using System.Collections.Generic;
using GeneTherapy.Domain.Generators.Model;

namespace GeneTherapy.Domain.Generators.Baseline;

/// <summary>
/// The terms this project's own seeds declare now, across files: enum members by enum, entry keys by catalog
/// (an entry group may name a record declared in another file). Lives only inside the compare step.
/// </summary>
internal sealed class CurrentVocabulary
{
    private CurrentVocabulary()
    {
    }

    public SortedSet<string> Namespaces { get; } = new(StringComparer.Ordinal);

    /// <summary>Members of each enum (by full name), in declaration order.</summary>
    public SortedDictionary<string, List<CurrentMember>> Members { get; } = new(StringComparer.Ordinal);

    /// <summary>Keys of each catalog (by full name), in declaration order.</summary>
    public SortedDictionary<string, List<LocatedString>> Keys { get; } = new(StringComparer.Ordinal);

    /// <summary>False when a seed could not be parsed without errors: its terms may be missing, not removed.</summary>
    public bool IsComplete { get; private set; } = true;

    public static CurrentVocabulary From(IEnumerable<SeedTerms> files)
    {
        var vocabulary = new CurrentVocabulary();
        var catalogs = new Dictionary<string, CatalogDeclaration>(StringComparer.Ordinal);
        var own = new List<SeedTerms>();
        foreach (SeedTerms file in files)
        {
            vocabulary.IsComplete &= file.IsComplete;
            if (file.IsOwn)
            {
                own.Add(file);
                foreach (CatalogDeclaration catalog in file.Catalogs)
                {
                    catalogs[catalog.Record] = catalog;
                }
            }
        }

        foreach (SeedTerms file in own)
        {
            vocabulary.Add(file, catalogs);
        }

        return vocabulary;
    }

    private void Add(SeedTerms file, Dictionary<string, CatalogDeclaration> catalogs)
    {
        foreach (string ns in file.Namespaces)
        {
            Namespaces.Add(ns);
        }

        foreach (CurrentMember member in file.Members)
        {
            GetList(Members, member.Enum).Add(member);
        }

        foreach (CurrentKey key in file.Keys)
        {
            if (catalogs.TryGetValue(key.Record, out CatalogDeclaration? catalog) && catalog.KeyField == key.Field)
            {
                GetList(Keys, catalog.Catalog).Add(key.Key);
            }
        }
    }

    private static List<T> GetList<T>(SortedDictionary<string, List<T>> lists, string name)
    {
        if (!lists.TryGetValue(name, out List<T>? list))
        {
            list = new List<T>();
            lists.Add(name, list);
        }

        return list;
    }
}
