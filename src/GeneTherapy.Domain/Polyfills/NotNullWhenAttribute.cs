#if !NETCOREAPP3_0_OR_GREATER && !NETSTANDARD2_1_OR_GREATER
namespace System.Diagnostics.CodeAnalysis;

/// <summary>
/// netstandard2.0 lacks this attribute. With it in the compilation, the generator annotates every catalog's
/// <c>TryGet</c> (<c>[NotNullWhen(true)] out T? value</c>), and consumers' compilers read the annotation from
/// metadata by name, so <c>if (Products.TryGet(id, out var p)) p.Brand</c> needs no <c>!</c> there either.
/// A source file rather than a polyfill package: the generator cannot see what another generator adds.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter)]
internal sealed class NotNullWhenAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="returnValue">The return value for which the argument is not null.</param>
    public NotNullWhenAttribute(bool returnValue) => ReturnValue = returnValue;

    /// <summary>The return value for which the argument is not null.</summary>
    public bool ReturnValue { get; }
}
#endif
