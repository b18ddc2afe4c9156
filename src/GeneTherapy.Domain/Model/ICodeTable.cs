using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;

namespace GeneTherapy.Domain;

/// <summary>
/// The codes of one generated enum, for code that holds only its <see cref="Type"/>: every term with its code,
/// label, summary and deprecation, the longest code, and lookups by code and by value that neither box nor
/// allocate. The generator emits one singleton per enum (built-in or from a consumer's own seeds) and registers it
/// with <see cref="CodeTables"/>; integrations (EF Core, ASP.NET Core, FHIR) are written once against this contract.
/// </summary>
/// <remarks>Implementations are immutable and thread-safe. The generic view is <see cref="ICodeTable{TEnum}"/>.</remarks>
public interface ICodeTable
{
    /// <summary>The enum type the table describes.</summary>
    Type EnumType { get; }

    /// <summary>The enum's name as the seed declares it, such as <c>VectorPlatform</c>.</summary>
    string Name { get; }

    /// <summary>What the enum means, when the seed says.</summary>
    string? Summary { get; }

    /// <summary>The document the enum comes from, when known.</summary>
    Source? Source { get; }

    /// <summary>
    /// The canonical URL of the enum's FHIR code system (<c>CodeSystem.url</c>), such as
    /// <c>https://genetherapy-domain.example.org/fhir/CodeSystem/VectorPlatform</c>: the seed's <c>"canonical"</c> base
    /// followed by <c>/CodeSystem/</c> and the enum's name, or the enum's own <c>"canonical"</c>; <c>null</c> when the
    /// seed gives neither.
    /// </summary>
    string? CodeSystemUrl { get; }

    /// <summary>The version of the enum's FHIR code system (<c>CodeSystem.version</c>), or <c>null</c> when the seed gives none.</summary>
    string? CodeSystemVersion { get; }

    /// <summary>The length of the longest code, in UTF-16 characters (0 for an enum without members): a column's maximum length.</summary>
    int MaxCodeLength { get; }

    /// <summary>Every term, deprecated ones included, in order of value.</summary>
    IReadOnlyList<ICodeTerm> Terms { get; }

    /// <summary>Finds the term whose code is <paramref name="code"/>, comparing ordinally.</summary>
    /// <param name="code">The code to look up; <c>null</c> finds nothing.</param>
    /// <param name="term">The term, or <c>null</c> when no code matches.</param>
    /// <returns>Whether a term has that code.</returns>
    bool TryGetByCode(string? code, [NotNullWhen(true)] out ICodeTerm? term);

    /// <summary>Finds the term whose code is <paramref name="code"/>, comparing ordinally, optionally ignoring case.</summary>
    /// <param name="code">The code to look up.</param>
    /// <param name="ignoreCase">Whether to compare with <see cref="StringComparison.OrdinalIgnoreCase"/>.</param>
    /// <param name="term">The term, or <c>null</c> when no code matches.</param>
    /// <returns>Whether a term has that code.</returns>
    bool TryGetByCode(ReadOnlySpan<char> code, bool ignoreCase, [NotNullWhen(true)] out ICodeTerm? term);

    /// <summary>
    /// Finds the term that lists <paramref name="ontologyCode"/> (such as <c>NCIT:C15238</c>) among its
    /// <see cref="ICodeTerm.OntologyCodes"/>, comparing ordinally. When several terms list it, a current term wins over a
    /// deprecated one, then the lower value wins.
    /// </summary>
    /// <param name="ontologyCode">The ontology code, as the seed writes it; <c>null</c> finds nothing.</param>
    /// <param name="term">The term, or <c>null</c> when no term lists the code.</param>
    /// <returns>Whether a term lists the code.</returns>
    bool TryGetByOntologyCode(string? ontologyCode, [NotNullWhen(true)] out ICodeTerm? term);

    /// <summary>Finds the term of a numeric value, as an enum's underlying value or a stored integer.</summary>
    /// <param name="value">The numeric value.</param>
    /// <param name="term">The term, or <c>null</c> when no member has that value.</param>
    /// <returns>Whether a member has that value.</returns>
    bool TryGetByValue(long value, [NotNullWhen(true)] out ICodeTerm? term);

    /// <summary>Finds the term of a boxed member.</summary>
    /// <param name="value">A member of <see cref="EnumType"/>; any other value (or <c>null</c>) finds nothing.</param>
    /// <param name="term">The term, or <c>null</c> when <paramref name="value"/> is not a defined member of this enum.</param>
    /// <returns>Whether <paramref name="value"/> is a defined member of this enum.</returns>
    bool TryGetByValue(Enum? value, [NotNullWhen(true)] out ICodeTerm? term);

    /// <summary>
    /// Calls <see cref="ICodeTableVisitor{TResult}.Visit{TEnum}(ICodeTable{TEnum})"/> with the generic view of this
    /// table, so code that starts from a <see cref="Type"/> continues with <c>TEnum</c> without <c>MakeGenericType</c>
    /// (trimming- and NativeAOT-safe).
    /// </summary>
    /// <typeparam name="TResult">What the visitor returns.</typeparam>
    /// <param name="visitor">The visitor.</param>
    /// <returns>What the visitor returned.</returns>
    TResult Accept<TResult>(ICodeTableVisitor<TResult> visitor);
}

/// <summary>The code table of <typeparamref name="TEnum"/>, with lookups that take and return the enum itself.</summary>
/// <typeparam name="TEnum">The generated enum.</typeparam>
public interface ICodeTable<TEnum> : ICodeTable
    where TEnum : struct, Enum
{
    /// <summary>Every term, deprecated ones included, in order of value (the same instances as <see cref="ICodeTable.Terms"/>).</summary>
    new IReadOnlyList<TermInfo<TEnum>> Terms { get; }

    /// <summary>Every member, in order of value.</summary>
    IReadOnlyList<TEnum> Values { get; }

    /// <summary>The code of a member.</summary>
    /// <param name="value">A defined member.</param>
    /// <returns>Its code.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined member.</exception>
    string ToCode(TEnum value);

    /// <summary>What the seed files say about a member.</summary>
    /// <param name="value">A defined member.</param>
    /// <returns>Its term.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined member.</exception>
    TermInfo<TEnum> GetInfo(TEnum value);

    /// <summary>What the seed files say about a value that may not be a defined member.</summary>
    /// <param name="value">The value.</param>
    /// <param name="info">Its term, or <c>null</c> when it is not a defined member.</param>
    /// <returns>Whether <paramref name="value"/> is a defined member.</returns>
    bool TryGetInfo(TEnum value, [NotNullWhen(true)] out TermInfo<TEnum>? info);

    /// <summary>Finds the member whose code is <paramref name="code"/>, comparing ordinally.</summary>
    /// <param name="code">The code to look up; <c>null</c> finds nothing.</param>
    /// <param name="value">The member, or <c>default</c> when no code matches.</param>
    /// <returns>Whether a member has that code.</returns>
    bool TryParseCode(string? code, out TEnum value);

    /// <summary>
    /// Finds the member whose term lists <paramref name="ontologyCode"/> (such as <c>NCIT:C15238</c>), comparing
    /// ordinally; see <see cref="ICodeTable.TryGetByOntologyCode(string?, out ICodeTerm?)"/> for which member wins.
    /// </summary>
    /// <param name="ontologyCode">The ontology code; <c>null</c> finds nothing.</param>
    /// <param name="value">The member, or <c>default</c> when no term lists the code.</param>
    /// <returns>Whether a member lists the code.</returns>
    bool TryFromOntologyCode(string? ontologyCode, out TEnum value);

    /// <summary>Finds the member whose code is <paramref name="code"/>, comparing ordinally.</summary>
    /// <param name="code">The code to look up.</param>
    /// <param name="value">The member, or <c>default</c> when no code matches.</param>
    /// <returns>Whether a member has that code.</returns>
    bool TryParseCode(ReadOnlySpan<char> code, out TEnum value);

    /// <summary>Finds the member whose code is <paramref name="code"/>, comparing ordinally, optionally ignoring case.</summary>
    /// <param name="code">The code to look up.</param>
    /// <param name="ignoreCase">Whether to compare with <see cref="StringComparison.OrdinalIgnoreCase"/>.</param>
    /// <param name="value">The member, or <c>default</c> when no code matches.</param>
    /// <returns>Whether a member has that code.</returns>
    bool TryParseCode(ReadOnlySpan<char> code, bool ignoreCase, out TEnum value);
}

/// <summary>
/// Continues with the enum as a type argument from an <see cref="ICodeTable"/> found by <see cref="Type"/>
/// (see <see cref="ICodeTable.Accept{TResult}(ICodeTableVisitor{TResult})"/>): how an integration builds a
/// <c>ValueConverter&lt;TEnum, string&gt;</c> for an enum it only knows as a <see cref="Type"/>.
/// </summary>
/// <typeparam name="TResult">What the visitor returns.</typeparam>
public interface ICodeTableVisitor<out TResult>
{
    /// <summary>Called with the generic view of the table.</summary>
    /// <typeparam name="TEnum">The table's enum.</typeparam>
    /// <param name="table">The table.</param>
    /// <returns>The visitor's result.</returns>
    TResult Visit<TEnum>(ICodeTable<TEnum> table)
        where TEnum : struct, Enum;
}
