using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using GeneTherapy.Domain.Tests.TestSupport;
using Xunit;

namespace GeneTherapy.Domain.Tests;

/// <summary>Specific facts the seed files state, checked one by one against the generated vocabulary.</summary>
public sealed class VocabularyTests
{
    /// <summary>The members issue #4 asks the built-in vocabulary for, by wire code; more may follow.</summary>
    public static TheoryData<string, string[]> RequiredCodes() => new()
    {
        { nameof(ProductType), new[] { "plasmid-dna", "viral-vector", "bacterial-vector", "gene-editing", "patient-derived-cellular" } },
        { nameof(Mechanism), new[] { "replace", "inactivate", "introduce" } },
        { nameof(Approach), new[] { "gene-addition", "genome-editing" } },
        { nameof(Delivery), new[] { "in-vivo", "ex-vivo" } },
        { nameof(CellSource), new[] { "autologous", "allogeneic" } },
        { nameof(ReceptorType), new[] { "car", "tcr" } },
        { nameof(VectorPlatform), new[] { "aav", "lentiviral", "gamma-retroviral", "adenoviral", "hsv-1", "plasmid", "mrna", "bacterial", "non-viral-editing" } },
        { nameof(IntegrationProfile), new[] { "integrating", "non-integrating-episomal", "latency-capable", "genome-edited" } },
        { nameof(Jurisdiction), new[] { "us", "eu" } },
        { nameof(RegulatoryBody), new[] { "fda-cber", "ema-cat", "ema-chmp", "european-commission", "national-authority" } },
        { nameof(ApplicationType), new[] { "ind", "bla", "sbla", "cta", "maa" } },
        { nameof(UsPathway), new[] { "traditional", "accelerated" } },
        { nameof(EuAuthorisationType), new[] { "standard", "conditional", "exceptional-circumstances" } },
        { nameof(Designation), new[] { "rmat", "breakthrough-therapy", "fast-track", "priority-review", "orphan", "prime" } },
        { nameof(AuthorisationStatus), new[] { "authorised", "withdrawn", "expired", "discontinued" } },
        { nameof(InstrumentKind), new[] { "statute", "cfr-part", "eu-regulation", "directive", "guidance", "guideline" } },
    };

    [Theory]
    [MemberData(nameof(RequiredCodes))]
    public void Vocabulary_Enum_HasEveryRequiredCode(string enumName, string[] codes)
    {
        HashSet<string> declared = SeedFiles.Enum(enumName).GetProperty("members").EnumerateArray()
            .Select(m => m.GetProperty("code").GetString()!).ToHashSet(StringComparer.Ordinal);
        Assert.All(codes, code => Assert.Contains(code, declared));
    }

    [Fact]
    public void ProductType_Members_HaveSeedCodesInSeedOrder()
    {
        Assert.Equal(
            new[] { "plasmid-dna", "viral-vector", "bacterial-vector", "gene-editing", "patient-derived-cellular" },
            ProductTypeExtensions.Values.Select(v => v.ToCode()));
        Assert.Equal("Human gene editing technology", ProductType.GeneEditing.GetLabel());
    }

    [Fact]
    public void ProductType_IsCellBased_TrueOnlyForPatientDerivedCellular()
    {
        Assert.True(ProductType.PatientDerivedCellular.IsCellBased());
        Assert.Equal(
            new[] { ProductType.PatientDerivedCellular },
            ProductTypeExtensions.Values.Where(v => v.IsCellBased()));
    }

    [Fact]
    public void Mechanism_MemberNames_MapToShortSeedCodes()
    {
        Assert.Equal("replace", Mechanism.ReplaceGene.ToCode());
        Assert.Equal("inactivate", Mechanism.InactivateGene.ToCode());
        Assert.Equal("introduce", Mechanism.IntroduceGene.ToCode());
        Assert.True(MechanismExtensions.TryParseCode("introduce", out Mechanism parsed));
        Assert.Equal(Mechanism.IntroduceGene, parsed);
    }

    [Fact]
    public void Delivery_ModifiesCellsOutsideBody_TrueForExVivoFalseForInVivo()
    {
        Assert.True(Delivery.ExVivo.ModifiesCellsOutsideBody());
        Assert.False(Delivery.InVivo.ModifiesCellsOutsideBody());
        Assert.Equal("ex-vivo", Delivery.ExVivo.ToCode());
        Assert.Equal("in-vivo", Delivery.InVivo.ToCode());
    }

    [Fact]
    public void DiseaseArea_HasApprovedProducts_IsTriState()
    {
        Assert.True(DiseaseArea.MonogenicInherited.HasApprovedProducts());
        Assert.True(DiseaseArea.Cancer.HasApprovedProducts());
        Assert.Null(DiseaseArea.Infectious.HasApprovedProducts());
    }

    [Fact]
    public void DiseaseArea_MemberSources_ComeFromTheMemberNotTheEnum()
    {
        Assert.Same(Sources.Rodriguez2025HumGeneTher, DiseaseArea.MonogenicInherited.GetInfo().Source);
        Assert.Same(Sources.Rodriguez2025HumGeneTher, DiseaseArea.Cancer.GetInfo().Source);
        Assert.Same(Sources.FdaWhatIsGeneTherapy, DiseaseArea.Infectious.GetInfo().Source);
    }

    [Fact]
    public void Approach_Members_InheritEnumLevelSource()
    {
        Assert.All(ApproachExtensions.Values, v => Assert.Same(Sources.Rodriguez2025HumGeneTher, v.GetInfo().Source));
        Assert.All(ProductTypeExtensions.Values, v => Assert.Same(Sources.FdaWhatIsGeneTherapy, v.GetInfo().Source));
    }

    [Fact]
    public void ApplicationType_Properties_PointToSeedJurisdictionAndStage()
    {
        Assert.Equal(LifecycleStage.ClinicalInvestigation, ApplicationType.Ind.Stage());
        Assert.Equal(LifecycleStage.Marketing, ApplicationType.Bla.Stage());
        Assert.Equal(Jurisdiction.UnitedStates, ApplicationType.Ind.Jurisdiction());
        Assert.Equal(Jurisdiction.UnitedStates, ApplicationType.Bla.Jurisdiction());
    }

    [Fact]
    public void RegulatoryBody_FdaCber_IsInUnitedStates()
    {
        Assert.Equal(Jurisdiction.UnitedStates, RegulatoryBody.FdaCber.Jurisdiction());
        Assert.Equal("fda-cber", RegulatoryBody.FdaCber.ToCode());
        Assert.Equal("us", Jurisdiction.UnitedStates.ToCode());
    }

    [Fact]
    public void LifecycleStage_LongTermFollowUp_CitesLtfuGuidance()
    {
        Assert.Same(Sources.FdaLtfuGuidance2020, LifecycleStage.LongTermFollowUp.GetInfo().Source);
        Assert.Same(Sources.FdaWhatIsGeneTherapy, LifecycleStage.ClinicalInvestigation.GetInfo().Source);
    }

    [Fact]
    public void InstrumentKind_Guidance_KeepsSeedNumericValueFive()
    {
        Assert.Equal(5, (int)InstrumentKind.Guidance);
        Assert.Equal("guidance", InstrumentKind.Guidance.ToCode());
        Assert.Throws<ArgumentOutOfRangeException>(() => default(InstrumentKind).ToCode());
        Assert.False(InstrumentKindExtensions.TryParseCode("0", out _));
    }

    [Fact]
    public void ApplicationType_EscapedJsonCode_ParsesAsInd()
    {
        Assert.Equal(ApplicationType.Ind, JsonSerializer.Deserialize<ApplicationType>("\"\\u0069nd\""));
        Assert.Equal(ApplicationType.Bla, JsonSerializer.Deserialize<ApplicationType>("\"\\u0062\\u006C\\u0061\""));
    }

    [Fact]
    public void Json_EnumsInsideAnObjectAndDictionary_UseCodes()
    {
        var value = new Dictionary<Delivery, ProductType[]>
        {
            [Delivery.ExVivo] = new[] { ProductType.PatientDerivedCellular },
            [Delivery.InVivo] = new[] { ProductType.ViralVector, ProductType.PlasmidDna },
        };

        string json = JsonSerializer.Serialize(value);

        Assert.Equal("{\"ex-vivo\":[\"patient-derived-cellular\"],\"in-vivo\":[\"viral-vector\",\"plasmid-dna\"]}", json);
        Dictionary<Delivery, ProductType[]>? back = JsonSerializer.Deserialize<Dictionary<Delivery, ProductType[]>>(json);
        Assert.NotNull(back);
        Assert.Equal(value[Delivery.ExVivo], back[Delivery.ExVivo]);
        Assert.Equal(value[Delivery.InVivo], back[Delivery.InVivo]);
    }

    [Fact]
    public void Seeds_EveryEnum_HasAContractTestClass()
    {
        HashSet<string> seedEnums = SeedFiles.Enums.Select(e => e.GetProperty("name").GetString()!).ToHashSet(StringComparer.Ordinal);

        HashSet<string> covered = typeof(VocabularyTests).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && t.BaseType is { IsGenericType: true } b && b.GetGenericTypeDefinition() == typeof(EnumContractTests<>))
            .Select(t => t.BaseType!.GetGenericArguments()[0].Name)
            .ToHashSet(StringComparer.Ordinal);

        HashSet<string> generated = typeof(ProductType).Assembly.GetExportedTypes()
            .Where(t => t.IsEnum && t.Namespace == "GeneTherapy.Domain" && t != typeof(SourceKind))
            .Select(t => t.Name)
            .ToHashSet(StringComparer.Ordinal);

        Assert.Equal(23, seedEnums.Count);
        Assert.Equal(seedEnums.OrderBy(n => n, StringComparer.Ordinal), generated.OrderBy(n => n, StringComparer.Ordinal));
        Assert.Equal(seedEnums.OrderBy(n => n, StringComparer.Ordinal), covered.OrderBy(n => n, StringComparer.Ordinal));
    }
}
