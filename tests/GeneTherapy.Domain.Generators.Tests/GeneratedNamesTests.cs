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
