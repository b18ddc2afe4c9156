using System.Linq;
using GeneTherapy.Domain.Generators.Emitting;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace GeneTherapy.Domain.Generators.Tests;

/// <summary>
/// Names reach generated code through <see cref="CSharpSyntax.Identifier"/> and <see cref="CSharpSyntax.Global"/>,
/// which skip the keyword lookup for names that cannot be keywords; these tests hold the shortcut to the full rule.
/// </summary>
public class IdentifierSyntaxTests
{
    [Fact]
    public void Identifier_EveryReservedKeyword_IsEscapedWithAt()
    {
        string[] keywords = SyntaxFacts.GetReservedKeywordKinds().Select(SyntaxFacts.GetText).ToArray();

        Assert.Contains("class", keywords);
        Assert.All(keywords, keyword => Assert.Equal("@" + keyword, CSharpSyntax.Identifier(keyword)));
    }

    [Theory]
    [InlineData("_", "@_")]
    [InlineData("int", "@int")]
    [InlineData("Int", "Int")]
    [InlineData("var", "var")]
    [InlineData("record", "record")]
    [InlineData("value_", "value_")]
    [InlineData("C00001", "C00001")]
    [InlineData("lab2", "lab2")]
    [InlineData("", "")]
    public void Identifier_OnlyKeywordsAndTheDiscardAreEscaped(string name, string expected)
        => Assert.Equal(expected, CSharpSyntax.Identifier(name));

    [Theory]
    [InlineData("Acme.Pipeline.Platform", "global::Acme.Pipeline.Platform")]
    [InlineData("Acme.class.Thing", "global::Acme.@class.Thing")]
    [InlineData("event.Log", "global::@event.Log")]
    [InlineData("Acme.Labs._", "global::Acme.Labs.@_")]
    [InlineData("acme.labs", "global::acme.labs")]
    public void Global_EscapesEachKeywordPart(string fullName, string expected)
        => Assert.Equal(expected, CSharpSyntax.Global(fullName));
}
