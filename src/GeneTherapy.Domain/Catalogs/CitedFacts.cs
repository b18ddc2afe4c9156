using System;
using System.Collections.Generic;
using System.Linq;

namespace GeneTherapy.Domain;

/// <summary>
/// One fact of the built-in content: a catalog entry or an enum member, with the documents it cites. An entry cites
/// its <c>Source</c> and, for products and requirements, every page in its <c>Evidence</c> that is a declared source.
/// </summary>
public sealed class CitedFact
{
    internal CitedFact(string set, string key, Source? source, IReadOnlyList<Source> sources)
    {
        Set = set;
        Key = key;
        Source = source;
        Sources = sources;
    }

    /// <summary>The catalog (<c>Products</c>) or enum (<c>VectorPlatform</c>) the fact belongs to.</summary>
    public string Set { get; }

    /// <summary>The entry's key or the member's code.</summary>
    public string Key { get; }

    /// <summary>The source the fact leans on, when it names one.</summary>
    public Source? Source { get; }

    /// <summary>Every declared source the fact cites: <see cref="Source"/> first, then its evidence pages, each once.</summary>
    public IReadOnlyList<Source> Sources { get; }

    /// <summary>Whether a regulator's page or the text of a law is among <see cref="Sources"/>.</summary>
    public bool IsOfficiallyBacked => Sources.Any(s => s.IsOfficial);

    /// <summary>Whether every source the fact cites is <see cref="SourceKind.Press"/> (and it cites at least one).</summary>
    public bool RestsOnPressAlone => Sources.Count > 0 && Sources.All(s => s.Kind == SourceKind.Press);

    /// <inheritdoc/>
    public override string ToString() => Set + "/" + Key;
}

/// <summary>
/// Every fact of the built-in content with the kinds of source behind it, so a user can keep only what a regulator
/// or a law states: <c>CitedFacts.BackedBy(SourceKind.Regulator, SourceKind.Legislation)</c>.
/// </summary>
public static partial class CitedFacts
{
    private static readonly Lazy<IReadOnlyList<CitedFact>> s_all = new(Collect);

    /// <summary>Every catalog entry and every enum member of the built-in content, catalogs first, in declaration order.</summary>
    public static IReadOnlyList<CitedFact> All => s_all.Value;

    /// <summary>The facts that cite a regulator's page or the text of a law.</summary>
    public static IReadOnlyList<CitedFact> Official => All.Where(f => f.IsOfficiallyBacked).ToList().AsReadOnly();

    /// <summary>The facts that cite at least one source of one of <paramref name="kinds"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="kinds"/> is null.</exception>
    public static IReadOnlyList<CitedFact> BackedBy(params SourceKind[] kinds)
    {
        if (kinds is null)
        {
            throw new ArgumentNullException(nameof(kinds));
        }

        return All.Where(f => f.Sources.Any(s => s.Kind is SourceKind kind && Array.IndexOf(kinds, kind) >= 0)).ToList().AsReadOnly();
    }

    private static IReadOnlyList<CitedFact> Collect()
    {
        var byUrl = new Dictionary<string, Source>(StringComparer.Ordinal);
        foreach (Source source in GeneTherapy.Domain.Sources.All.Where(s => s.Url is not null))
        {
            byUrl[source.Url!.OriginalString] = source;
        }

        var facts = new List<CitedFact>();
        foreach ((string set, string key, Source? source, IEnumerable<Uri> evidence) in Entries())
        {
            var sources = new List<Source>();
            if (source is not null)
            {
                sources.Add(source);
            }

            foreach (Uri page in evidence)
            {
                if (byUrl.TryGetValue(page.OriginalString, out Source? cited) && !sources.Contains(cited))
                {
                    sources.Add(cited);
                }
            }

            facts.Add(new CitedFact(set, key, source, sources.AsReadOnly()));
        }

        return facts.AsReadOnly();
    }

    private static (string Set, string Key, Source? Source, IEnumerable<Uri> Evidence) Fact(string set, string key, Source? source, IEnumerable<Uri>? evidence = null) =>
        (set, key, source, evidence ?? Enumerable.Empty<Uri>());

    private static IEnumerable<(string Set, string Key, Source? Source, IEnumerable<Uri> Evidence)> Members<TEnum>(IReadOnlyList<TEnum> values, Func<TEnum, TermInfo<TEnum>> info)
        where TEnum : struct, Enum
    {
        foreach (TEnum value in values)
        {
            TermInfo<TEnum> term = info(value);
            yield return Fact(typeof(TEnum).Name, term.Code, term.Source);
        }
    }
}
