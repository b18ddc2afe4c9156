using System.Collections.Generic;

namespace GeneTherapy.Domain.Generators.Parsing;

/// <summary>The "did you mean" hint that ends the messages of GTD0005, GTD0014 and GTD0016.</summary>
internal static class Suggestions
{
    /// <summary>"; did you mean 'x'?" for the nearest candidate, or empty when none is near enough.</summary>
    public static string DidYouMean(string name, IEnumerable<string> candidates)
        => NameMatcher.Nearest(name, candidates) is string nearest ? $"; did you mean '{nearest}'?" : string.Empty;
}
