using System;
using System.Collections.Generic;
using System.Text;
using GeneTherapy.Domain.Generators.Model;

namespace GeneTherapy.Domain.Generators.Baseline;

/// <summary>Writes the baseline of the current seeds: the header, then every term's line, sorted ordinally.</summary>
internal static class BaselineWriter
{
    public static string WriteBaseline(CurrentVocabulary vocabulary)
    {
        var lines = new SortedSet<string>(StringComparer.Ordinal);
        foreach (string ns in vocabulary.Namespaces)
        {
            lines.Add(BaselineFormat.NamespaceLine(ns));
        }

        foreach (KeyValuePair<string, List<CurrentMember>> members in vocabulary.Members)
        {
            foreach (CurrentMember member in members.Value)
            {
                lines.Add(BaselineFormat.MemberLine(members.Key, member.Name.Value, member.Value, member.Code.Value));
            }
        }

        foreach (KeyValuePair<string, List<LocatedString>> keys in vocabulary.Keys)
        {
            foreach (LocatedString key in keys.Value)
            {
                lines.Add(BaselineFormat.KeyLine(keys.Key, key.Value));
            }
        }

        var text = new StringBuilder();
        foreach (string line in BaselineFormat.Header)
        {
            text.Append(line).Append('\n');
        }

        foreach (string line in lines)
        {
            text.Append(line).Append('\n');
        }

        return text.ToString();
    }
}
