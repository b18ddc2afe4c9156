using System;
using System.Collections.Generic;
using System.Globalization;

namespace GeneTherapy.Domain;

/// <summary>
/// What the seed files say about one member of a generated enum. Generated <c>GetInfo()</c> extension
/// methods return one cached instance per member, so asking costs no allocation. As an <see cref="ICodeTerm"/> it is
/// also a term of the enum's <see cref="ICodeTable"/>.
/// </summary>
/// <typeparam name="TEnum">The generated enum.</typeparam>
public sealed class TermInfo<TEnum> : ICodeTerm
    where TEnum : struct, Enum
{
    private readonly Enum _boxed;

    /// <summary>Creates the metadata of one member.</summary>
    /// <param name="value">The member.</param>
    /// <param name="code">Its stable wire code.</param>
    /// <param name="label">Its display label.</param>
    /// <param name="summary">What it means, when the seed says.</param>
    /// <param name="ontologyCodes">Codes in external terminologies, such as <c>NCIT:C15238</c>.</param>
    /// <param name="source">The document it comes from, when known.</param>
    /// <param name="deprecationReason">Why the member is deprecated, or <c>null</c> when it is current.</param>
    /// <param name="replacedBy">The member to use instead of a deprecated one, when the seed names one.</param>
    /// <param name="replacementCode">The code of <paramref name="replacedBy"/>.</param>
    public TermInfo(TEnum value, string code, string label, string? summary, IReadOnlyList<string> ontologyCodes, Source? source,
        string? deprecationReason = null, TEnum? replacedBy = null, string? replacementCode = null)
    {
        Value = value;
        _boxed = value;
        NumericValue = ((IConvertible)_boxed).ToInt64(CultureInfo.InvariantCulture);
        Code = code ?? throw new ArgumentNullException(nameof(code));
        Label = label ?? throw new ArgumentNullException(nameof(label));
        Summary = summary;
        OntologyCodes = ontologyCodes ?? throw new ArgumentNullException(nameof(ontologyCodes));
        Source = source;
        DeprecationReason = deprecationReason;
        ReplacedBy = replacedBy;
        ReplacementCode = replacementCode;
    }

    /// <summary>The member.</summary>
    public TEnum Value { get; }

    /// <inheritdoc/>
    Enum ICodeTerm.Value => _boxed;

    /// <summary>The member's numeric value (the seed's <c>value</c>).</summary>
    public long NumericValue { get; }

    /// <summary>The stable wire code, as written in seed files and JSON.</summary>
    public string Code { get; }

    /// <summary>The display label.</summary>
    public string Label { get; }

    /// <summary>What the member means, when the seed says.</summary>
    public string? Summary { get; }

    /// <summary>Codes in external terminologies; empty when none is known with confidence.</summary>
    public IReadOnlyList<string> OntologyCodes { get; }

    /// <summary>The document the member comes from, when known.</summary>
    public Source? Source { get; }

    /// <summary>Whether the seed files deprecate the member. Its code still parses; new data should use <see cref="ReplacedBy"/>.</summary>
    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>Why the member is deprecated, or <c>null</c> when it is current.</summary>
    public string? DeprecationReason { get; }

    /// <summary>The member to use instead of this deprecated one, when the seed files name one.</summary>
    public TEnum? ReplacedBy { get; }

    /// <summary>The code of <see cref="ReplacedBy"/>, when the seed files name a replacement.</summary>
    public string? ReplacementCode { get; }

    /// <summary>The label and code, e.g. <c>Ex vivo (ex-vivo)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Label + " (" + Code + ")";
}
