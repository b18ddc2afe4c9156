using System.Globalization;
using GeneTherapy.Domain.Generators.Diagnostics;
using Microsoft.CodeAnalysis;

namespace GeneTherapy.Domain.Generators.Model;

/// <summary>A diagnostic as data: the descriptor id, where it points and its message arguments.</summary>
internal sealed record DiagnosticInfo(string Id, SeedLocation Location, EquatableArray<string> Args)
{
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, SeedLocation location, params object[] args)
    {
        string[] formatted = new string[args.Length];
        for (int i = 0; i < args.Length; i++)
        {
            formatted[i] = args[i] is System.IFormattable f
                ? f.ToString(null, CultureInfo.InvariantCulture)
                : args[i]?.ToString() ?? string.Empty;
        }

        return new DiagnosticInfo(descriptor.Id, location, new EquatableArray<string>(formatted));
    }

    public bool IsError => DiagnosticDescriptors.ById(Id).DefaultSeverity == DiagnosticSeverity.Error;

    public Diagnostic ToDiagnostic()
    {
        object[] args = new object[Args.Count];
        for (int i = 0; i < args.Length; i++)
        {
            args[i] = Args[i];
        }

        return Diagnostic.Create(DiagnosticDescriptors.ById(Id), Location.ToLocation(), args);
    }
}
