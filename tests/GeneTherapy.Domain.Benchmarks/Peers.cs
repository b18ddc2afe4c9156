using System;
using Ardalis.SmartEnum;

namespace GeneTherapy.Domain.Benchmarks;

/// <summary>The practical limit: what a developer would write by hand for <see cref="VectorPlatform"/>.</summary>
internal static class HandWritten
{
    public static string ToCode(VectorPlatform value) => value switch
    {
        VectorPlatform.AdenoAssociatedVirus => "aav",
        VectorPlatform.Lentiviral => "lentiviral",
        VectorPlatform.GammaRetroviral => "gamma-retroviral",
        VectorPlatform.Adenoviral => "adenoviral",
        VectorPlatform.HerpesSimplexVirus1 => "hsv-1",
        VectorPlatform.PlasmidDna => "plasmid",
        VectorPlatform.MessengerRna => "mrna",
        VectorPlatform.Bacterial => "bacterial",
        VectorPlatform.NonViralGenomeEditing => "non-viral-editing",
        _ => throw new ArgumentOutOfRangeException(nameof(value)),
    };

    public static string GetLabel(VectorPlatform value) => value switch
    {
        VectorPlatform.AdenoAssociatedVirus => "Adeno-associated virus (AAV)",
        VectorPlatform.Lentiviral => "Lentiviral vector",
        VectorPlatform.GammaRetroviral => "Gamma-retroviral vector",
        VectorPlatform.Adenoviral => "Adenoviral vector (non-replicating)",
        VectorPlatform.HerpesSimplexVirus1 => "Herpes simplex virus type 1 (HSV-1)",
        VectorPlatform.PlasmidDna => "Plasmid DNA (non-viral)",
        VectorPlatform.MessengerRna => "mRNA (non-viral)",
        VectorPlatform.Bacterial => "Bacterial vector",
        VectorPlatform.NonViralGenomeEditing => "Non-viral genome editing (CRISPR/Cas9)",
        _ => throw new ArgumentOutOfRangeException(nameof(value)),
    };

    public static bool TryParseCode(string code, out VectorPlatform value)
    {
        switch (code)
        {
            case "aav": value = VectorPlatform.AdenoAssociatedVirus; return true;
            case "lentiviral": value = VectorPlatform.Lentiviral; return true;
            case "gamma-retroviral": value = VectorPlatform.GammaRetroviral; return true;
            case "adenoviral": value = VectorPlatform.Adenoviral; return true;
            case "hsv-1": value = VectorPlatform.HerpesSimplexVirus1; return true;
            case "plasmid": value = VectorPlatform.PlasmidDna; return true;
            case "mrna": value = VectorPlatform.MessengerRna; return true;
            case "bacterial": value = VectorPlatform.Bacterial; return true;
            case "non-viral-editing": value = VectorPlatform.NonViralGenomeEditing; return true;
            default: value = default; return false;
        }
    }
}

/// <summary>The same nine platforms as an Ardalis.SmartEnum (2.1.0, the version the registry copy here has), named by code.</summary>
public sealed class SmartPlatform : SmartEnum<SmartPlatform>
{
    public static readonly SmartPlatform Aav = new("aav", 1);
    public static readonly SmartPlatform Lentiviral = new("lentiviral", 2);
    public static readonly SmartPlatform GammaRetroviral = new("gamma-retroviral", 3);
    public static readonly SmartPlatform Adenoviral = new("adenoviral", 4);
    public static readonly SmartPlatform Hsv1 = new("hsv-1", 5);
    public static readonly SmartPlatform Plasmid = new("plasmid", 6);
    public static readonly SmartPlatform Mrna = new("mrna", 7);
    public static readonly SmartPlatform Bacterial = new("bacterial", 8);
    public static readonly SmartPlatform NonViralEditing = new("non-viral-editing", 9);

    private SmartPlatform(string name, int value)
        : base(name, value)
    {
    }
}
