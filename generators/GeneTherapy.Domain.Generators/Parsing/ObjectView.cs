using System;
using System.Collections.Generic;
using GeneTherapy.Domain.Generators.Diagnostics;
using GeneTherapy.Domain.Generators.Model;

namespace GeneTherapy.Domain.Generators.Parsing;

/// <summary>The properties of one JSON object, checked against the names its place in the format allows.</summary>
internal sealed class ObjectView
{
    private readonly ParseContext _context;
    private readonly JsonNode _node;
    private readonly Dictionary<string, JsonProperty> _properties = new(StringComparer.Ordinal);

    public ObjectView(ParseContext context, JsonNode node, string what, string[] known)
    {
        _context = context;
        _node = node;
        What = what;
        foreach (JsonProperty property in node.Properties)
        {
            if (_properties.ContainsKey(property.Name))
            {
                context.Report(DiagnosticDescriptors.DuplicateJsonProperty, context.AtName(property), property.Name);
            }
            else if (UnknownProperties.Check(context.Name(property), known, what, known) is DiagnosticInfo unknown)
            {
                context.Report(unknown);
            }
            else
            {
                _properties.Add(property.Name, property);
            }
        }
    }

    /// <summary>Used in messages; set once the object's name is known.</summary>
    public string What { get; set; }

    public bool Has(string name) => _properties.ContainsKey(name);

    public void ReportMissing(string name)
        => _context.Report(DiagnosticDescriptors.MissingRequiredProperty, _context.AtStart(_node), Capitalize(What), name);

    public JsonNode? Get(string name, SeedValueKind kind, string expected, bool required = false)
    {
        if (!_properties.TryGetValue(name, out JsonProperty? property))
        {
            if (required)
            {
                ReportMissing(name);
            }

            return null;
        }

        if (property.Value.Kind != kind)
        {
            _context.Report(DiagnosticDescriptors.WrongJsonType, _context.At(property.Value), name, expected, property.Value.Describe());
            return null;
        }

        return property.Value;
    }

    public LocatedString? GetString(string name, bool required = false)
        => Get(name, SeedValueKind.String, "a string", required) is JsonNode node
            ? new LocatedString(node.Text, _context.At(node))
            : null;

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);
}
