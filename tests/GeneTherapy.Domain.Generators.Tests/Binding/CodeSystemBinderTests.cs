using System.Collections.Generic;
using System.Linq;
using GeneTherapy.Domain.Generators.Binding;
using GeneTherapy.Domain.Generators.Model;
using Xunit;
using static GeneTherapy.Domain.Generators.Tests.Binding.BindingFixture;

namespace GeneTherapy.Domain.Generators.Tests.Binding;

public class CodeSystemBinderTests
{
    [Fact]
    public void BindCodeSystems_DocumentBaseAndEnumOverride_UrlsAndVersions()
    {
        BindingFixture f = Declared(("a.seed.json", Seed("A", "\"canonical\": \"https://x.example.org/fhir\", \"version\": \"2\", \"enums\": [ "
            + "{ \"name\": \"Color\", \"members\": [] }, { \"name\": \"Size\", \"canonical\": \"https://y.example.org/cs/size\", \"version\": \"3\", \"members\": [] } ]")));

        Dictionary<SeedLocation, CodeSystemIdentity> identities = CodeSystemBinder.BindCodeSystems(f.Context, f.Documents);

        Assert.Empty(f.Diagnostics());
        Assert.Equal(
            new[] { new CodeSystemIdentity("https://x.example.org/fhir/CodeSystem/Color", "2"), new CodeSystemIdentity("https://y.example.org/cs/size", "3") },
            f.Symbols.Enums.Select(e => identities[e.NameLocation.Location]));
    }

    [Fact]
    public void BindCodeSystems_ExplicitUrlTakenByAnotherFilesEnum_GTD0041MarksTheFileWithTheExplicitUrl()
    {
        string a = Seed("A", "\"canonical\": \"https://x.example.org/fhir\", \"enums\": [ { \"name\": \"Color\", \"members\": [] } ]");
        string b = Seed("B", "\"enums\": [ { \"name\": \"Shade\", \"canonical\": \"https://x.example.org/fhir/CodeSystem/Color\", \"members\": [] } ]");
        BindingFixture f = Declared(("a.seed.json", a), ("b.seed.json", b));

        CodeSystemBinder.BindCodeSystems(f.Context, f.Documents);

        Assert.Equal(new[] { "b.seed.json" }, f.Context.FailedPaths);
        Assert.Equal(
            new[] { $"GTD0041 b.seed.json{At(b, "\"https://x.example.org/fhir/CodeSystem/Color\"")}: Shade | https://x.example.org/fhir/CodeSystem/Color | Color | a.seed.json{At(a, "\"Color\"")}" },
            f.Diagnostics());
    }

    [Fact]
    public void BindCodeSystems_InvalidBase_GTD0040AndNoUrl()
    {
        string a = Seed("A", "\"canonical\": \"https://x.example.org/fhir/\", \"enums\": [ { \"name\": \"Color\", \"members\": [] } ]");
        BindingFixture f = Declared(("a.seed.json", a));

        Dictionary<SeedLocation, CodeSystemIdentity> identities = CodeSystemBinder.BindCodeSystems(f.Context, f.Documents);

        Assert.Equal(CodeSystemIdentity.None, identities.Single().Value);
        Assert.Equal(new[] { $"GTD0040 a.seed.json{At(a, "\"https://x.example.org/fhir/\"")}: https://x.example.org/fhir/ | it ends with '/'" }, f.Diagnostics());
        Assert.Equal(new[] { "a.seed.json" }, f.Context.FailedPaths);
    }
}
