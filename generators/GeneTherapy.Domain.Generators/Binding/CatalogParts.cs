using System;
using System.Collections.Generic;
using System.Linq;
using GeneTherapy.Domain.Generators.Model;

namespace GeneTherapy.Domain.Generators.Binding;

/// <summary>
/// Splits the catalog of entries that come from several seed files into one part per file and an index part, so that
/// an edit to one file's entries re-emits (and the compiler re-parses) that file's part only.
/// </summary>
/// <remarks>
/// Static initialisers of different parts of a partial class run in no defined order, so a part may only hold entries
/// that refer to no other entry of the same catalog. The index part's static constructor, which runs after every
/// initialiser, builds the others in initialisation order, then <c>All</c> and the key index.
/// </remarks>
internal static class CatalogParts
{
    /// <summary>One entry of the catalog: its spec, the seed file it comes from, and whether it refers to an entry of the same catalog.</summary>
    public readonly record struct Placed(EntrySpec Spec, string Path, bool RefersToOwnCatalog);

    /// <summary>
    /// Catalogs of up to this many entries stay one file, as they always were (the built-in ones included): re-emitting
    /// a few hundred entries costs the IDE little, and one file needs no static constructor.
    /// </summary>
    public const int SplitAbove = 256;

    /// <summary>Whether the catalog is larger than <see cref="SplitAbove"/> and its entries come from more than one seed file.</summary>
    public static bool ShouldSplit(IReadOnlyList<Placed> entries)
    {
        if (entries.Count <= SplitAbove)
        {
            return false;
        }

        for (int i = 1; i < entries.Count; i++)
        {
            if (!string.Equals(entries[i].Path, entries[0].Path, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <param name="entries">In declaration order.</param>
    /// <param name="initializationOrder">Indexes into <paramref name="entries"/>, referenced entries first.</param>
    public static IEnumerable<OutputSpec> Split(string ns, string catalog, string record, IReadOnlyList<Placed> entries, IReadOnlyList<int> initializationOrder, bool annotateTryGet)
    {
        var keys = new CatalogKeySpec[entries.Count];
        for (int i = 0; i < keys.Length; i++)
        {
            EntrySpec spec = entries[i].Spec;
            keys[i] = new CatalogKeySpec(spec.PropertyName, spec.Key, spec.Deprecation);
        }

        EquatableArray<EntrySpec> constructed = initializationOrder.Where(i => entries[i].RefersToOwnCatalog).Select(i => entries[i].Spec).ToEquatableArray();
        yield return new CatalogIndexSpec(ns, catalog, GeneratedNames.HintName(ns, catalog), record, new EquatableArray<CatalogKeySpec>(keys), constructed, annotateTryGet);

        // Entries come file by file (documents by path), so each file's part is one run of consecutive entries.
        List<(string Path, int Start, int End)> runs = Runs(entries);
        Dictionary<string, string> partNames = PartNames(runs.Select(r => r.Path));
        foreach ((string path, int start, int end) in runs)
        {
            var part = new List<EntrySpec>(end - start);
            for (int i = start; i < end; i++)
            {
                if (!entries[i].RefersToOwnCatalog)
                {
                    part.Add(entries[i].Spec);
                }
            }

            if (part.Count > 0)
            {
                yield return new CatalogPartSpec(ns, catalog, GeneratedNames.CatalogPartHintName(ns, catalog, partNames[path]), record, part.ToEquatableArray());
            }
        }
    }

    /// <summary>The runs of consecutive entries from one file; a file whose entries are not consecutive fails loudly.</summary>
    private static List<(string Path, int Start, int End)> Runs(IReadOnlyList<Placed> entries)
    {
        var runs = new List<(string Path, int Start, int End)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int start = 0; start < entries.Count;)
        {
            string path = entries[start].Path;
            int end = start + 1;
            while (end < entries.Count && string.Equals(entries[end].Path, path, StringComparison.Ordinal))
            {
                end++;
            }

            if (!seen.Add(path))
            {
                throw new InvalidOperationException($"the entries of '{path}' are not consecutive");
            }

            runs.Add((path, start, end));
            start = end;
        }

        return runs;
    }

    /// <summary>
    /// A name per seed file for its part's hint name: the file name without <c>.seed.json</c>, reduced to letters,
    /// digits, '-' and '_', numbered when two files (in different folders) would share it. Files are taken in ordinal
    /// path order, so the names do not depend on the order the host lists the files in.
    /// </summary>
    internal static Dictionary<string, string> PartNames(IEnumerable<string> paths)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (string path in paths.Distinct(StringComparer.Ordinal).OrderBy(p => p, StringComparer.Ordinal))
        {
            string stem = Stem(path);
            string name = stem;
            for (int n = 2; !taken.Add(name); n++)
            {
                name = stem + "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            names.Add(path, name);
        }

        return names;
    }

    private static string Stem(string path)
    {
        int slash = Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\'));
        string file = path.Substring(slash + 1);
        if (file.EndsWith(SeedGenerator.SeedFileSuffix, StringComparison.OrdinalIgnoreCase))
        {
            file = file.Substring(0, file.Length - SeedGenerator.SeedFileSuffix.Length);
        }

        var builder = new System.Text.StringBuilder(file.Length);
        foreach (char c in file)
        {
            builder.Append(c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '-' or '_' ? c : '_');
        }

        return builder.Length == 0 ? "seed" : builder.ToString();
    }
}
