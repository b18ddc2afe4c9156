using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace GeneTherapy.Domain.Generators.Tests;

/// <summary>
/// The binder rejects seed names that clash with what <see cref="GeneratedNames"/> lists; these tests hold the list to
/// what the emitters really write, so a member added to an emitter without the list fails here, not in a consumer.
/// </summary>
public class GeneratedNamesTests
{
    private static readonly GeneratorRun s_run = GeneratorHarness.Run(("seeds/vocabulary.seed.json", TestSeeds.Vocabulary), ("seeds/catalog.seed.json", TestSeeds.Catalog));

    [Fact]
    public void HintNames_AreTheFormulaForEveryGeneratedType()
    {
        Assert.Equal(
            new[]
            {
                GeneratedNames.HintName("Acme.Pipeline", "Candidate"),
                GeneratedNames.HintName("Acme.Pipeline", "Candidates"),
                GeneratedNames.HintName("Acme.Pipeline", "Platform"),
                GeneratedNames.HintName("Acme.Pipeline", GeneratedNames.Extensions("Platform") + "." + GeneratedNames.CodeTable),
                GeneratedNames.HintName("Acme.Pipeline", GeneratedNames.Extensions("Platform")),
                GeneratedNames.HintName("Acme.Pipeline", GeneratedNames.JsonConverter("Platform")),
                GeneratedNames.HintName("Acme.Pipeline", GeneratedNames.SourcesClass),
            },
            s_run.Sources.Keys.OrderBy(k => k, StringComparer.Ordinal));
        Assert.Equal("Acme.Pipeline.PlatformExtensions.g.cs", GeneratedNames.HintName("Acme.Pipeline", GeneratedNames.Extensions("Platform")));
        Assert.Equal("LabCatalog", GeneratedNames.DefaultCatalog("Lab"));
    }

    [Fact]
    public void EnumExtensionMembers_AreThePublicMembersOfTheExtensionsClassBesidesOnePerProperty()
    {
        string[] properties = { "Integrates", "Capacity", "Aliases", "Homepage" };

        Assert.Equal(
            GeneratedNames.EnumExtensionMembers.OrderBy(n => n, StringComparer.Ordinal),
            PublicMembers("Acme.Pipeline.PlatformExtensions.g.cs", "Acme.Pipeline.PlatformExtensions.CodeTable.g.cs").Except(properties).OrderBy(n => n, StringComparer.Ordinal));
    }

    [Fact]
    public void CatalogMembers_AreThePublicMembersOfACatalogBesidesOnePerEntry()
    {
        string[] entries = { "Ac101", "Ac102", "Ac099" };

        Assert.Equal(
            GeneratedNames.CatalogMembers.OrderBy(n => n, StringComparer.Ordinal),
            PublicMembers("Acme.Pipeline.Candidates.g.cs").Except(entries).OrderBy(n => n, StringComparer.Ordinal));
    }

    [Fact]
    public void SourcesMembers_AreThePublicMembersOfSourcesBesidesOnePerSource()
    {
        Assert.Equal(
            GeneratedNames.SourcesMembers.OrderBy(n => n, StringComparer.Ordinal),
            PublicMembers("Acme.Pipeline.Sources.g.cs").Except(new[] { "AcmeHandbook" }).OrderBy(n => n, StringComparer.Ordinal));
    }

    [Fact]
    public void RecordMembers_IncludeEveryPublicMemberARecordGetsBesidesItsFields()
    {
        string[] fields = { "Id", "Platform", "Platforms", "Since", "Phase", "Active", "Successor", "Link" };

        string[] generated = PublicMembers("Acme.Pipeline.Candidate.g.cs").Except(fields).Except(GeneratedNames.ObjectMembers).Except(new[] { "Candidate" }).ToArray();

        Assert.Equal(new[] { GeneratedNames.SourceProperty }, generated);
        Assert.Subset(GeneratedNames.RecordMembers.ToHashSet(), generated.ToHashSet());
    }

    [Fact]
    public void PrivateMembers_OfClassesThatSeedsNameMembersOf_AreReservedForSeeds()
    {
        // A large catalog switches TryGet to a private dictionary, so one run covers every private member kind.
        string many = string.Join(", ", Enumerable.Range(0, 300).Select(i => $"{{ \"Id\": \"lab-{i}\" }}"));
        GeneratorRun large = GeneratorHarness.Run(("seeds/labs.seed.json",
            $"{{ \"seedFormat\": 1, \"namespace\": \"Acme.Labs\", \"records\": [ {{ \"name\": \"Lab\", \"catalog\": \"Labs\", \"key\": \"Id\", \"fields\": [ {{ \"name\": \"Id\", \"type\": \"string\" }} ] }} ], \"entries\": {{ \"Lab\": [ {many} ] }} }}"));
        Assert.Empty(large.GeneratorDiagnostics);
        string[] files = { "Acme.Pipeline.PlatformExtensions.g.cs", "Acme.Pipeline.Candidate.g.cs", "Acme.Pipeline.Candidates.g.cs" };

        string[] privates = files.Select(h => s_run.Sources[h]).Append(large.Sources["Acme.Labs.Labs.g.cs"])
            .SelectMany(PrivateMembers)
            .Distinct()
            .OrderBy(n => n, StringComparer.Ordinal)
            .ToArray();

        Assert.Contains(GeneratedNames.CatalogIndexFactory, privates);
        Assert.Contains(GeneratedNames.CatalogIndexField, privates);
        Assert.Contains(GeneratedNames.ListEquals, privates);
        Assert.Contains(GeneratedNames.TermsField, privates);
        Assert.All(privates, name => Assert.True(
            GeneratedNames.IsPrivate(name, GeneratedNames.RecordPrivateMembers.Concat(GeneratedNames.CatalogPrivateMembers).ToArray()),
            $"the private member '{name}' is neither prefixed '{GeneratedNames.PrivateFieldPrefix}' nor listed in GeneratedNames"));
    }

    private static string[] PrivateMembers(string source) => CSharpSyntaxTree.ParseText(source).GetRoot()
        .DescendantNodes().OfType<TypeDeclarationSyntax>().First().Members
        .Where(m => !m.Modifiers.Any(SyntaxKind.PublicKeyword) && !m.Modifiers.Any(SyntaxKind.InternalKeyword) && !m.Modifiers.Any(SyntaxKind.ProtectedKeyword))
        .SelectMany(m => m switch
        {
            MethodDeclarationSyntax method => new[] { method.Identifier.Text },
            FieldDeclarationSyntax field => field.Declaration.Variables.Select(v => v.Identifier.Text).ToArray(),
            PropertyDeclarationSyntax property => new[] { property.Identifier.Text },
            _ => Array.Empty<string>(),
        })
        .ToArray();

    /// <summary>The public members declared directly in the top-level class of the given files (a partial class may span several).</summary>
    private static string[] PublicMembers(params string[] hintNames) => hintNames
        .SelectMany(h => CSharpSyntaxTree.ParseText(s_run.Sources[h]).GetRoot().DescendantNodes().OfType<TypeDeclarationSyntax>().First().Members)
        .Where(m => m.Modifiers.Any(SyntaxKind.PublicKeyword))
        .Select(m => m switch
        {
            MethodDeclarationSyntax method => method.Identifier.Text,
            PropertyDeclarationSyntax property => property.Identifier.Text,
            ConstructorDeclarationSyntax constructor => constructor.Identifier.Text,
            BaseTypeDeclarationSyntax type => type.Identifier.Text,
            _ => m.ToString(),
        })
        .Distinct()
        .ToArray();
}
