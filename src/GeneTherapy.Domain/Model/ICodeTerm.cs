using System;
using System.Collections.Generic;

namespace GeneTherapy.Domain;

/// <summary>
/// One term of a code table seen without its enum type: what an integration (a database column, an HTTP
/// parameter, a FHIR concept) needs to read and write the term's code. <see cref="TermInfo{TEnum}"/> implements it,
/// so the same cached instance serves both views.
/// </summary>
public interface ICodeTerm
{
    /// <summary>The member, boxed once when the term is created.</summary>
    Enum Value { get; }

    /// <summary>The member's numeric value (the seed's <c>value</c>), stable across releases.</summary>
    long NumericValue { get; }

    /// <summary>The stable wire code, as written in seed files, JSON and database columns.</summary>
    string Code { get; }

    /// <summary>The display label.</summary>
    string Label { get; }

    /// <summary>What the term means, when the seed says.</summary>
    string? Summary { get; }

    /// <summary>Codes in external terminologies, such as <c>NCIT:C15238</c>; empty when none is known.</summary>
    IReadOnlyList<string> OntologyCodes { get; }

    /// <summary>The document the term comes from, when known.</summary>
    Source? Source { get; }

    /// <summary>Whether the seed files deprecate the term. Its code still parses, so stored data still reads.</summary>
    bool IsDeprecated { get; }

    /// <summary>Why the term is deprecated, or <c>null</c> when it is current.</summary>
    string? DeprecationReason { get; }

    /// <summary>The code of the term that replaces this deprecated one, when the seed files name one.</summary>
    string? ReplacementCode { get; }
}
