using System;
using System.Collections.Generic;
using GeneTherapy.Domain.Generators.Diagnostics;
using GeneTherapy.Domain.Generators.Model;

namespace GeneTherapy.Domain.Generators.Parsing;

/// <summary>What members and entries both hold: values named by the seed (typed later, by the binder) and a deprecation.</summary>
internal static class ValueReader
{
    /// <summary>The object's properties as named values, less <paramref name="reserved"/>; a repeated name is GTD0020.</summary>
    public static EquatableArray<SeedNamedValue> ReadNamedValues(ParseContext context, JsonNode obj, string[]? reserved)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var values = new List<SeedNamedValue>(obj.Properties.Count);
        foreach (JsonProperty property in obj.Properties)
        {
            if (!seen.Add(property.Name))
            {
                context.Report(DiagnosticDescriptors.DuplicateJsonProperty, context.AtName(property), property.Name);
                continue;
            }

            if (reserved is null || Array.IndexOf(reserved, property.Name) < 0)
            {
                values.Add(new SeedNamedValue(context.Name(property), ToSeedValue(context, property.Value)));
            }
        }

        return values.ToEquatableArray();
    }

    public static SeedDeprecation? ReadDeprecation(ParseContext context, JsonNode node, string owner)
    {
        var obj = new ObjectView(context, node, $"\"deprecated\" of {owner}", SeedFormat.DeprecationProperties);
        LocatedString? reason = obj.GetString("reason", required: true);
        LocatedString? replacement = obj.GetString("replacement");
        if (reason is not null && reason.Value.Trim().Length == 0)
        {
            context.Report(DiagnosticDescriptors.BlankDeprecationReason, reason.Location, owner);
            return null;
        }

        return reason is null ? null : new SeedDeprecation(reason with { Value = reason.Value.Trim() }, replacement);
    }

    private static SeedValue ToSeedValue(ParseContext context, JsonNode node)
    {
        EquatableArray<SeedValue> items = EquatableArray<SeedValue>.Empty;
        if (node.Kind == SeedValueKind.Array)
        {
            var list = new SeedValue[node.Items.Count];
            for (int i = 0; i < list.Length; i++)
            {
                list[i] = ToSeedValue(context, node.Items[i]);
            }

            items = new EquatableArray<SeedValue>(list);
        }

        return new SeedValue(node.Kind, node.Text, items, context.At(node));
    }
}
