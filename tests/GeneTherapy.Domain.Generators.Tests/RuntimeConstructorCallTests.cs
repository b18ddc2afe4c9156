using System;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace GeneTherapy.Domain.Generators.Tests;

/// <summary>
/// Generated code calls the runtime's <c>TermInfo&lt;T&gt;</c>, <c>Source</c> and <c>CodeTable&lt;T&gt;</c> constructors with every argument named:
/// both take several <c>string?</c> parameters in a row, so a positional call would still compile if the runtime ever
/// swapped two of them, and silently fill the wrong properties.
/// </summary>
public class RuntimeConstructorCallTests
{
    [Theory]
    [InlineData("Acme.Pipeline.PlatformExtensions.g.cs", "TermInfo`1", 4)]
    [InlineData("Acme.Pipeline.Sources.g.cs", "Source", 1)]
    public void Emitter_RuntimeConstructorCalls_NameEveryArgumentAfterARuntimeParameter(string hintName, string runtimeType, int calls)
    {
        GeneratorRun run = GeneratorHarness.Run(("seeds/vocabulary.seed.json", TestSeeds.Vocabulary), ("seeds/catalog.seed.json", TestSeeds.Catalog));
        string[] parameters = RuntimeConstructorParameters(runtimeType);

        ImplicitObjectCreationExpressionSyntax[] creations = CSharpSyntaxTree.ParseText(run.Sources[hintName]).GetRoot()
            .DescendantNodes().OfType<ImplicitObjectCreationExpressionSyntax>().ToArray();

        Assert.Equal(calls, creations.Length);
        Assert.All(creations, creation => Assert.All(creation.ArgumentList.Arguments, argument =>
        {
            Assert.NotNull(argument.NameColon);
            Assert.Contains(argument.NameColon!.Name.Identifier.Text, parameters);
        }));
    }

    [Fact]
    public void Emitter_CodeTableBaseCall_NamesEveryArgumentAfterTheRuntimeConstructorsParameters()
    {
        GeneratorRun run = GeneratorHarness.Run(("seeds/vocabulary.seed.json", TestSeeds.Vocabulary), ("seeds/catalog.seed.json", TestSeeds.Catalog));
        string[] parameters = RuntimeConstructorParameters("CodeTable`1");

        ConstructorInitializerSyntax call = Assert.Single(CSharpSyntaxTree.ParseText(run.Sources["Acme.Pipeline.PlatformExtensions.CodeTable.g.cs"]).GetRoot()
            .DescendantNodes().OfType<ConstructorInitializerSyntax>());

        Assert.Equal(parameters, call.ArgumentList.Arguments.Select(a => a.NameColon?.Name.Identifier.Text));
    }

    private static string[] RuntimeConstructorParameters(string typeName)
    {
        Assembly runtime = Assembly.Load(GeneratorHarness.RuntimeImage);
        Type type = runtime.GetTypes().Single(t => t.Name == typeName && t.Namespace == "GeneTherapy.Domain");
        return type.GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance).Single().GetParameters().Select(p => p.Name!).ToArray();
    }
}
