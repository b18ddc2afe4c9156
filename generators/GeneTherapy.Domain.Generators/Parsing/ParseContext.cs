using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using GeneTherapy.Domain.Generators.Diagnostics;
using GeneTherapy.Domain.Generators.Model;
using Microsoft.CodeAnalysis;

namespace GeneTherapy.Domain.Generators.Parsing;

/// <summary>What every reader of one seed file shares: its path, the map from byte offsets to lines, and the diagnostics.</summary>
internal sealed class ParseContext
{
    private readonly LineMap _map;
    private readonly List<DiagnosticInfo> _diagnostics = new();

    public ParseContext(string path, LineMap map, CancellationToken cancellationToken)
    {
        Path = path;
        _map = map;
        CancellationToken = cancellationToken;
    }

    public string Path { get; }

    public CancellationToken CancellationToken { get; }

    public EquatableArray<DiagnosticInfo> Diagnostics => _diagnostics.ToEquatableArray();

    public void Report(DiagnosticDescriptor descriptor, SeedLocation location, params object[] args)
        => _diagnostics.Add(DiagnosticInfo.Create(descriptor, location, args));

    public void Report(DiagnosticInfo? diagnostic)
    {
        if (diagnostic is not null)
        {
            _diagnostics.Add(diagnostic);
        }
    }

    public SeedLocation At(JsonNode node) => _map.Locate(node.Start, node.End);

    public SeedLocation AtName(JsonProperty property) => _map.Locate(property.NameStart, property.NameEnd);

    /// <summary>Only the opening brace: a whole object would underline half the file.</summary>
    public SeedLocation AtStart(JsonNode node) => _map.Locate(node.Start, node.Start + 1);

    public LocatedString Name(JsonProperty property) => new(property.Name, AtName(property));

    public int? ReadInt(JsonNode node, string name)
    {
        if (int.TryParse(node.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int value))
        {
            return value;
        }

        Report(DiagnosticDescriptors.WrongJsonType, At(node), name, "an integer from -2147483648 to 2147483647", node.Text);
        return null;
    }

    public bool ExpectObject(JsonNode node, string what)
    {
        if (node.Kind == SeedValueKind.Object)
        {
            return true;
        }

        Report(DiagnosticDescriptors.WrongJsonType, At(node), what, "an object", node.Describe());
        return false;
    }
}
