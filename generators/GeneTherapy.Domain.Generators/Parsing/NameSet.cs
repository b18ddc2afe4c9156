using System;
using System.Collections.Generic;

namespace GeneTherapy.Domain.Generators.Parsing;

/// <summary>The property names of one object seen so far, to find a repeated one (GTD0020).</summary>
internal struct NameSet
{
    // Objects have a handful of properties: a list scan beats a set per entry until they have many.
    private const int ScanLimit = 8;

    private List<string>? _names;
    private HashSet<string>? _set;

    /// <summary>A set that keeps its names in <paramref name="buffer"/> (cleared here): a reader that checks one object after another reuses one list.</summary>
    public NameSet(List<string> buffer)
    {
        buffer.Clear();
        _names = buffer;
        _set = null;
    }

    /// <summary>False when <paramref name="name"/> was added before.</summary>
    public bool Add(string name)
    {
        if (_set is not null)
        {
            return _set.Add(name);
        }

        _names ??= new List<string>(ScanLimit);
        foreach (string seen in _names)
        {
            if (string.Equals(seen, name, StringComparison.Ordinal))
            {
                return false;
            }
        }

        _names.Add(name);
        if (_names.Count == ScanLimit)
        {
            _set = new HashSet<string>(_names, StringComparer.Ordinal);
        }

        return true;
    }
}
