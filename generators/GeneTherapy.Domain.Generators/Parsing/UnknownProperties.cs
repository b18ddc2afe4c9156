using System.Collections.Generic;
using GeneTherapy.Domain.Generators.Diagnostics;
using GeneTherapy.Domain.Generators.Model;

namespace GeneTherapy.Domain.Generators.Parsing;

/// <summary>
/// The one check for a property that its object does not have (GTD0005, a warning: the value is ignored), used by
/// the parser for the format's fixed objects and by the binder for entries and member properties, whose names a
/// record or enum declares.
/// </summary>
internal static class UnknownProperties
{
    /// <summary>GTD0005 at <paramref name="name"/> unless <paramref name="known"/> has it; the hint names the nearest of <paramref name="candidates"/>.</summary>
    /// <param name="owner">What the object is, for the message: "record 'Product'".</param>
    public static DiagnosticInfo? Check(LocatedString name, ICollection<string> known, string owner, IEnumerable<string> candidates)
        => known.Contains(name.Value)
            ? null
            : DiagnosticInfo.Create(DiagnosticDescriptors.UnknownProperty, name.Location, name.Value, owner, Suggestions.DidYouMean(name.Value, candidates));
}
