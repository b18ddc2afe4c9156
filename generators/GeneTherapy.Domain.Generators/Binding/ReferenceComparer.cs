using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace GeneTherapy.Domain.Generators.Binding;

/// <summary>Compares by instance (netstandard2.0 has no <c>ReferenceEqualityComparer</c>): for caches keyed by a seed object whose own equality is deep.</summary>
internal sealed class ReferenceComparer<T> : IEqualityComparer<T>
    where T : class
{
    public static readonly ReferenceComparer<T> Instance = new();

    public bool Equals(T? x, T? y) => ReferenceEquals(x, y);

    public int GetHashCode(T obj) => RuntimeHelpers.GetHashCode(obj);
}
