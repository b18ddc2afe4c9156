using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using GeneTherapy.Domain.Generators.Binding;
using GeneTherapy.Domain.Generators.Emitting;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace GeneTherapy.Domain.Generators.Tests;

/// <summary>
/// The escaping helpers in Emitting/CSharpSyntax.Escaping.cs, pinned character by character: string literals (exact text,
/// and what the C# parser reads back), doc comment lines (line breaks, XML escapes, character references, stand-ins)
/// and the invisibility rule itself. Mutation testing (stryker-escaping.json) measures these.
/// </summary>
public sealed class EscapingTests
{
    public static IEnumerable<object[]> NamedFormatCharacters => UnicodeRules.NamedFormatCharacters.Select(cp => new object[] { cp });

    /// <summary>
    /// Lone surrogates cannot go through [InlineData] (attribute strings are stored as UTF-8, which turns them into U+FFFD)
    /// nor through xUnit's discovery-time serialization of member data, so these are enumerated when the tests run.
    /// </summary>
    public static TheoryData<string, string> LiteralSurrogates => new()
    {
        { "\uD800", "\"\\uD800\"" },
        { "a\uD800", "\"a\\uD800\"" },
        { "\uD800x", "\"\\uD800x\"" },
        { "\uDC00", "\"\\uDC00\"" },
        { "\uDC00\uD800", "\"\\uDC00\\uD800\"" },
        { "\uD83D\uD83D\uDE00", "\"\\uD83D\uD83D\uDE00\"" },
        { "\uD83D\uDE00\uDE00", "\"\uD83D\uDE00\\uDE00\"" },
    };

    public static TheoryData<string, string[]> DocSurrogates => new()
    {
        { "\uD800", new[] { "\uFFFD" } },
        { "\uDC00", new[] { "\uFFFD" } },
        { "a\uD800", new[] { "a\uFFFD" } },
        { "\uD800a", new[] { "\uFFFDa" } },
        { "\uDC00\uD800", new[] { "\uFFFD\uFFFD" } },
        { "\uD83D\uD83D\uDE00", new[] { "\uFFFD\uD83D\uDE00" } },
        { "\uD83D\uDE00\uDE00", new[] { "\uD83D\uDE00\uFFFD" } },
        { "\uD800\n\uDC00", new[] { "\uFFFD", "\uFFFD" } },
        { "\uD800\uDC00\uD800", new[] { "\uD800\uDC00\uFFFD" } },
    };

    public static TheoryData<string, int, bool> InvisibleSurrogates => new()
    {
        { "\uD800", 0, true },
        { "\uDC00", 0, true },
        { "x\uD800", 1, true },
        { "\uD83D\uDE00", 0, false },
    };

    [Theory]
    [MemberData(nameof(LiteralSurrogates), DisableDiscoveryEnumeration = true)]
    [InlineData("", "\"\"")]
    [InlineData("plain text", "\"plain text\"")]
    [InlineData("say \"hi\"", "\"say \\\"hi\\\"\"")]
    [InlineData("C:\\temp", "\"C:\\\\temp\"")]
    [InlineData("line\nbreak", "\"line\\u000Abreak\"")]
    [InlineData("cr\rlf", "\"cr\\u000Dlf\"")]
    [InlineData("tab\t", "\"tab\\u0009\"")]
    [InlineData("\u0000", "\"\\u0000\"")]
    [InlineData("nel\u0085", "\"nel\\u0085\"")]
    [InlineData("\u2028\u2029", "\"\\u2028\\u2029\"")]
    [InlineData("a\u00A0b", "\"a\\u00A0b\"")]
    [InlineData("ideographic\u3000space", "\"ideographic\\u3000space\"")]
    [InlineData("a\u3164b\u115F\u1160\uFFA0\u034F", "\"a\\u3164b\\u115F\\u1160\\uFFA0\\u034F\"")]
    [InlineData("a\u202Eb", "\"a\\u202Eb\"")]
    [InlineData("\uFEFFbom", "\"\\uFEFFbom\"")]
    [InlineData("é ß Ω 名前 שלום", "\"é ß Ω 名前 שלום\"")]
    [InlineData("😀", "\"😀\"")]
    [InlineData("x😀y😀", "\"x😀y😀\"")]
    [InlineData("\U000E0041", "\"\\U000E0041\"")]
    [InlineData("t\U000E0001g\U0001D173", "\"t\\U000E0001g\\U0001D173\"")]
    public void Literal_WritesExactly(string value, string expected)
    {
        Assert.Equal(expected, CSharpSyntax.Literal(value));
        Assert.Equal(value, ParsedBack(expected));
    }

    [Theory]
    [MemberData(nameof(NamedFormatCharacters))]
    public void Literal_NamedFormatCharacter_IsEscapedAndParsesBack(int codePoint)
    {
        string value = "a" + char.ConvertFromUtf32(codePoint) + "b";
        string literal = CSharpSyntax.Literal(value);

        Assert.Equal("\"a\\u" + codePoint.ToString("X4", CultureInfo.InvariantCulture) + "b\"", literal);
        Assert.Equal(value, ParsedBack(literal));
    }

    [Theory]
    [MemberData(nameof(NamedFormatCharacters))]
    public void DocLines_NamedFormatCharacter_IsACharacterReference(int codePoint)
    {
        Assert.Equal(new[] { "a&#x" + codePoint.ToString("X4", CultureInfo.InvariantCulture) + ";b" }, CSharpSyntax.DocLines("a" + char.ConvertFromUtf32(codePoint) + "b"));
    }

    [Theory]
    [MemberData(nameof(DocSurrogates), DisableDiscoveryEnumeration = true)]
    [InlineData("one", new[] { "one" })]
    [InlineData("", new[] { "" })]
    [InlineData("a\rb", new[] { "a", "b" })]
    [InlineData("a\nb", new[] { "a", "b" })]
    [InlineData("a\r\nb", new[] { "a", "b" })]
    [InlineData("a\n\rb", new[] { "a", "", "b" })]
    [InlineData("a\r\r\nb", new[] { "a", "", "b" })]
    [InlineData("a\n\nb", new[] { "a", "", "b" })]
    [InlineData("\r\n", new[] { "", "" })]
    [InlineData("a\r", new[] { "a", "" })]
    [InlineData("\ra", new[] { "", "a" })]
    [InlineData("a\u0085b\u2028c\u2029d", new[] { "a", "b", "c", "d" })]
    [InlineData("trailing   \nspace ", new[] { "trailing", "space" })]
    [InlineData("  leading", new[] { "  leading" })]
    [InlineData("a<b>&c", new[] { "a&lt;b&gt;&amp;c" })]
    [InlineData("&amp;", new[] { "&amp;amp;" })]
    [InlineData("tab\there", new[] { "tab here" })]
    [InlineData("bell\u0007", new[] { "bell" })]
    [InlineData("\u007Fdel", new[] { " del" })]
    [InlineData("nb\u00A0sp", new[] { "nb&#x00A0;sp" })]
    [InlineData("em\u2003sp", new[] { "em&#x2003;sp" })]
    [InlineData("filler\u3164", new[] { "filler&#x3164;" })]
    [InlineData("tag\U000E0041", new[] { "tag&#xE0041;" })]
    [InlineData("😀", new[] { "😀" })]
    [InlineData("x😀\n😀", new[] { "x😀", "😀" })]
    public void DocLines_SplitsEscapesAndTrims(string text, string[] expected)
    {
        Assert.Equal(expected, CSharpSyntax.DocLines(text));
    }

    [Theory]
    [InlineData("Title", "Title")]
    [InlineData("Multi-line\r\ntitle\nhere", "Multi-line title here")]
    [InlineData("Two\r\rbreaks", "Two  breaks")]
    [InlineData("  padded \n", "padded")]
    [InlineData("\nlead", "lead")]
    [InlineData("a &\u2028b", "a &amp; b")]
    [InlineData("", "")]
    public void DocInline_JoinsLinesWithSpaces(string text, string expected)
    {
        Assert.Equal(expected, CSharpSyntax.DocInline(text));
    }

    [Theory]
    [MemberData(nameof(InvisibleSurrogates), DisableDiscoveryEnumeration = true)]
    [InlineData("a", 0, false)]
    [InlineData(" ", 0, false)]
    [InlineData("é", 0, false)]
    [InlineData("\u0301", 0, false)]
    [InlineData("\uFFFD", 0, false)]
    [InlineData("😀", 0, false)]
    [InlineData("\t", 0, true)]
    [InlineData("\u0085", 0, true)]
    [InlineData("\u00AD", 0, true)]
    [InlineData("\u00A0", 0, true)]
    [InlineData("\u2028", 0, true)]
    [InlineData("\u2029", 0, true)]
    [InlineData("\u034F", 0, true)]
    [InlineData("\u115F", 0, true)]
    [InlineData("\u1160", 0, true)]
    [InlineData("\u3164", 0, true)]
    [InlineData("\uFFA0", 0, true)]
    [InlineData("\U000E0041", 0, true)]
    [InlineData("x\U000E0041", 1, true)]
    [InlineData("x😀", 1, false)]
    public void IsInvisible_FollowsTheRule(string text, int index, bool expected)
    {
        Assert.Equal(expected, CSharpSyntax.IsInvisible(text, index));
    }

    /// <summary>The value C# reads from a literal, so an escape that is wrong in a way text comparison misses still fails.</summary>
    private static string ParsedBack(string literal)
    {
        var expression = (LiteralExpressionSyntax)SyntaxFactory.ParseExpression(literal);
        Assert.DoesNotContain(expression.GetDiagnostics(), d => d.Severity == DiagnosticSeverity.Error);
        return (string)expression.Token.Value!;
    }
}
