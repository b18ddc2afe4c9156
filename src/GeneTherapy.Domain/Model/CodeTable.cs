using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;

namespace GeneTherapy.Domain;

/// <summary>
/// The base of every generated code table: holds the enum's name, summary, source, longest code and terms, and
/// answers every lookup through the few members the generated class implements with switches over the enum's
/// members (<see cref="IndexOf"/>, <see cref="FromInt32"/> and parsing by code).
/// </summary>
/// <typeparam name="TEnum">The generated enum.</typeparam>
/// <remarks>Generated code derives from this class; tables are found through <see cref="CodeTables"/>.</remarks>
public abstract class CodeTable<TEnum> : ICodeTable<TEnum>
    where TEnum : struct, Enum
{
    private Dictionary<string, TermInfo<TEnum>>? _byOntologyCode;

    /// <summary>Creates the table; called by the generated singleton.</summary>
    /// <param name="name">The enum's name as the seed declares it.</param>
    /// <param name="summary">What the enum means, when the seed says.</param>
    /// <param name="source">The document the enum comes from, when known.</param>
    /// <param name="maxCodeLength">The length of the longest code.</param>
    /// <param name="terms">Every term, in order of value.</param>
    /// <param name="values">Every member, in order of value.</param>
    /// <param name="codeSystemUrl">The canonical URL of the enum's FHIR code system, when the seed gives one.</param>
    /// <param name="codeSystemVersion">The version of that code system, when the seed gives one.</param>
    protected CodeTable(string name, string? summary, Source? source, int maxCodeLength, IReadOnlyList<TermInfo<TEnum>> terms, IReadOnlyList<TEnum> values,
        string? codeSystemUrl = null, string? codeSystemVersion = null)
    {
        Name = name ?? throw new ArgumentNullException(nameof(name));
        Summary = summary;
        Source = source;
        CodeSystemUrl = codeSystemUrl;
        CodeSystemVersion = codeSystemVersion;
        MaxCodeLength = maxCodeLength;
        Terms = terms ?? throw new ArgumentNullException(nameof(terms));
        Values = values ?? throw new ArgumentNullException(nameof(values));
    }

    /// <inheritdoc/>
    public Type EnumType => typeof(TEnum);

    /// <inheritdoc/>
    public string Name { get; }

    /// <inheritdoc/>
    public string? Summary { get; }

    /// <inheritdoc/>
    public Source? Source { get; }

    /// <inheritdoc/>
    public string? CodeSystemUrl { get; }

    /// <inheritdoc/>
    public string? CodeSystemVersion { get; }

    /// <inheritdoc/>
    public int MaxCodeLength { get; }

    /// <inheritdoc/>
    public IReadOnlyList<TermInfo<TEnum>> Terms { get; }

    /// <inheritdoc/>
    IReadOnlyList<ICodeTerm> ICodeTable.Terms => Terms;

    /// <inheritdoc/>
    public IReadOnlyList<TEnum> Values { get; }

    /// <inheritdoc/>
    public string ToCode(TEnum value) => GetInfo(value).Code;

    /// <inheritdoc/>
    public TermInfo<TEnum> GetInfo(TEnum value)
    {
        int index = IndexOf(value);
        return index >= 0
            ? Terms[index]
            : throw UndefinedValue.Exception(value, Name);
    }

    /// <inheritdoc/>
    public bool TryGetInfo(TEnum value, [NotNullWhen(true)] out TermInfo<TEnum>? info)
    {
        int index = IndexOf(value);
        info = index >= 0 ? Terms[index] : null;
        return info is not null;
    }

    /// <inheritdoc/>
    public abstract bool TryParseCode(string? code, out TEnum value);

    /// <inheritdoc/>
    public bool TryParseCode(ReadOnlySpan<char> code, out TEnum value) => TryParseCode(code, false, out value);

    /// <inheritdoc/>
    public abstract bool TryParseCode(ReadOnlySpan<char> code, bool ignoreCase, out TEnum value);

    /// <inheritdoc/>
    public bool TryGetByCode(string? code, [NotNullWhen(true)] out ICodeTerm? term)
        => Found(TryParseCode(code, out TEnum value), value, out term);

    /// <inheritdoc/>
    public bool TryGetByCode(ReadOnlySpan<char> code, bool ignoreCase, [NotNullWhen(true)] out ICodeTerm? term)
        => Found(TryParseCode(code, ignoreCase, out TEnum value), value, out term);

    /// <inheritdoc/>
    public bool TryFromOntologyCode(string? ontologyCode, out TEnum value)
    {
        TermInfo<TEnum>? term = FindByOntologyCode(ontologyCode);
        value = term is null ? default : term.Value;
        return term is not null;
    }

    /// <inheritdoc/>
    public bool TryGetByOntologyCode(string? ontologyCode, [NotNullWhen(true)] out ICodeTerm? term)
    {
        term = FindByOntologyCode(ontologyCode);
        return term is not null;
    }

    /// <inheritdoc/>
    public bool TryGetByValue(long value, [NotNullWhen(true)] out ICodeTerm? term)
    {
        // Generated enums are int-based; a value outside int's range is no member.
        bool inRange = value >= int.MinValue && value <= int.MaxValue;
        return Found(inRange, inRange ? FromInt32((int)value) : default, out term);
    }

    /// <inheritdoc/>
    public bool TryGetByValue(Enum? value, [NotNullWhen(true)] out ICodeTerm? term)
        => Found(value is TEnum, value is TEnum member ? member : default, out term);

    /// <inheritdoc/>
    public TResult Accept<TResult>(ICodeTableVisitor<TResult> visitor)
    {
        if (visitor is null)
        {
            throw new ArgumentNullException(nameof(visitor));
        }

        return visitor.Visit(this);
    }

    /// <summary>The enum's name and how many terms it has, e.g. <c>VectorPlatform (9 codes)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Name + " (" + Terms.Count + " codes)";

    /// <summary>The index of a member in <see cref="Terms"/> (in the generated class, the value minus the first value when values are consecutive, else a switch).</summary>
    /// <param name="value">The value.</param>
    /// <returns>The index, or -1 when <paramref name="value"/> is not a defined member.</returns>
    protected abstract int IndexOf(TEnum value);

    /// <summary>Converts an <see cref="int"/> to the enum without boxing (a cast in the generated class).</summary>
    /// <param name="value">The numeric value.</param>
    /// <returns>The enum value, defined or not.</returns>
    protected abstract TEnum FromInt32(int value);

    private TermInfo<TEnum>? FindByOntologyCode(string? ontologyCode)
    {
        if (ontologyCode is null)
        {
            return null;
        }

        // Built once, on first use: most enums list few ontology codes and many applications never ask.
        Dictionary<string, TermInfo<TEnum>> index = _byOntologyCode ??= IndexOntologyCodes(Terms);
        return index.TryGetValue(ontologyCode, out TermInfo<TEnum>? term) ? term : null;
    }

    private static Dictionary<string, TermInfo<TEnum>> IndexOntologyCodes(IReadOnlyList<TermInfo<TEnum>> terms)
    {
        var index = new Dictionary<string, TermInfo<TEnum>>(StringComparer.Ordinal);
        foreach (TermInfo<TEnum> term in terms)
        {
            foreach (string code in term.OntologyCodes)
            {
                // Terms come in value order, so the first holder stays unless it is deprecated and this one is current.
                if (!index.TryGetValue(code, out TermInfo<TEnum>? holder) || (holder.IsDeprecated && !term.IsDeprecated))
                {
                    index[code] = term;
                }
            }
        }

        return index;
    }

    private bool Found(bool matched, TEnum value, [NotNullWhen(true)] out ICodeTerm? term)
    {
        if (matched && TryGetInfo(value, out TermInfo<TEnum>? info))
        {
            term = info;
            return true;
        }

        term = null;
        return false;
    }
}
