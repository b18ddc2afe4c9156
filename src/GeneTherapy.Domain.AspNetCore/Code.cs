using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using GeneTherapy.Domain.AspNetCore.Binding;

namespace GeneTherapy.Domain.AspNetCore;

/// <summary>
/// A vocabulary enum value bound from a route, query or header value by its <b>code</b>, for minimal APIs.
/// </summary>
/// <remarks>
/// <para>
/// Minimal APIs bind an enum parameter with <c>Enum.TryParse</c> (member names and numbers, never codes) and consult no
/// custom binder for enum types, and an enum cannot declare the static <c>TryParse</c> they look for. This wrapper
/// declares it, so the framework (the runtime binder and the Request Delegate Generator alike, NativeAOT included) binds
/// <c>Code&lt;VectorPlatform&gt;</c> from <c>"aav"</c>. Declare the parameter as <c>Code&lt;TEnum&gt;</c>,
/// <c>Code&lt;TEnum&gt;?</c> or <c>Code&lt;TEnum&gt;[]</c>; it converts implicitly to <typeparamref name="TEnum"/>.
/// </para>
/// <para>
/// An unknown code fails binding (400); <c>services.AddGeneTherapyDomain()</c> turns that 400 into an
/// <c>application/problem+json</c> body that names the parameter, the value and the valid codes. A deprecated code
/// still binds (<see cref="IsDeprecated"/>).
/// </para>
/// </remarks>
/// <typeparam name="TEnum">A generated vocabulary enum.</typeparam>
public readonly struct Code<TEnum> : IEquatable<Code<TEnum>>, IParsable<Code<TEnum>>
    where TEnum : struct, Enum
{
    /// <summary>Wraps a member.</summary>
    /// <param name="value">A defined member of <typeparamref name="TEnum"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined member.</exception>
    public Code(TEnum value)
    {
        _ = Table.GetInfo(value);
        Value = value;
    }

    /// <summary>The member.</summary>
    public TEnum Value { get; }

    /// <summary>Whether the code is retired: it still binds, and new requests should send its replacement.</summary>
    public bool IsDeprecated => GetInfo().IsDeprecated;

    private static ICodeTable<TEnum> Table => CodeTables.Get<TEnum>();

    /// <summary>What the seed files say about the member: code, label, summary, deprecation and replacement.</summary>
    /// <returns>The member's term.</returns>
    public TermInfo<TEnum> GetInfo() => Table.GetInfo(Value);

    /// <summary>Binds a code, comparing ordinally; what minimal APIs call for a route, query or header value.</summary>
    /// <param name="s">The code.</param>
    /// <param name="provider">Ignored: codes do not depend on culture.</param>
    /// <param name="result">The member, or <c>default</c> when <paramref name="s"/> is not a code.</param>
    /// <returns>Whether <paramref name="s"/> is a code of <typeparamref name="TEnum"/> (deprecated codes included).</returns>
    /// <exception cref="InvalidOperationException"><typeparamref name="TEnum"/> is not a generated vocabulary enum.</exception>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Code<TEnum> result)
    {
        if (Table.TryParseCode(s, out TEnum value))
        {
            result = new Code<TEnum>(value);
            return true;
        }

        result = default;
        return false;
    }

    /// <summary>Parses a code, comparing ordinally.</summary>
    /// <param name="s">The code.</param>
    /// <param name="provider">Ignored: codes do not depend on culture.</param>
    /// <returns>The member.</returns>
    /// <exception cref="FormatException"><paramref name="s"/> is not a code; the message lists the valid codes.</exception>
    public static Code<TEnum> Parse(string s, IFormatProvider? provider)
        => TryParse(s, provider, out Code<TEnum> result)
            ? result
            : throw new FormatException(UnknownCode.Describe(Table, s));

    /// <summary>The member's code.</summary>
    /// <returns>The code, as a client sends it.</returns>
    public override string ToString() => Table.ToCode(Value);

    /// <inheritdoc/>
    public bool Equals(Code<TEnum> other) => EqualityComparer<TEnum>.Default.Equals(Value, other.Value);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Code<TEnum> other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => Value.GetHashCode();

    /// <summary>The member.</summary>
    /// <param name="code">The bound code.</param>
    public static implicit operator TEnum(Code<TEnum> code) => code.Value;

    /// <summary>Wraps a member.</summary>
    /// <param name="value">A defined member.</param>
    public static implicit operator Code<TEnum>(TEnum value) => new(value);

    /// <summary>Whether two codes name the same member.</summary>
    /// <param name="left">One code.</param>
    /// <param name="right">The other.</param>
    public static bool operator ==(Code<TEnum> left, Code<TEnum> right) => left.Equals(right);

    /// <summary>Whether two codes name different members.</summary>
    /// <param name="left">One code.</param>
    /// <param name="right">The other.</param>
    public static bool operator !=(Code<TEnum> left, Code<TEnum> right) => !left.Equals(right);
}
