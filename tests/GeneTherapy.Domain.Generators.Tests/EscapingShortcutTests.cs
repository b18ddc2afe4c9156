using System.Linq;
using CsCheck;
using GeneTherapy.Domain.Generators.Emitting;
using Xunit;

namespace GeneTherapy.Domain.Generators.Tests;

/// <summary>
/// <see cref="CSharpSyntax.Literal"/> and <see cref="CSharpSyntax.DocInline"/> copy plain printable ASCII without the
/// character-by-character path; these tests hold the shortcut to that path for texts made of the characters either
/// side of its boundary (controls, space, the escaped ASCII characters, '~', DEL, NEL, Latin-1, an en dash, spaces
/// other than U+0020, format characters, a line separator, surrogate pairs and lone halves).
/// </summary>
public sealed class EscapingShortcutTests
{
    private static readonly char[] s_alphabet =
        "\u0000\u001F \t\r\n!\"#&'<>\\AZaz09~\u007F\u0080\u0085\u00A0\u00E9\u2013\u200B\u202E\u2028\u3000\uD83D\uDE00\uFEFF".ToCharArray();

    private static readonly Gen<string> s_texts = Gen.Int[0, s_alphabet.Length - 1].Array[0, 12]
        .Select(indexes => new string(indexes.Select(i => s_alphabet[i]).ToArray()));

    [Fact]
    public void Literal_EqualsTheEscapingPath_ForEveryText()
        => s_texts.Sample(text => Assert.Equal(CSharpSyntax.EscapedLiteral(text), CSharpSyntax.Literal(text)), iter: 20_000, seed: "0N0XIzNsQ0O2");

    [Fact]
    public void DocInline_EqualsTheEscapingPath_ForEveryText()
        => s_texts.Sample(text => Assert.Equal(CSharpSyntax.EscapedDocInline(text), CSharpSyntax.DocInline(text)), iter: 20_000, seed: "0N0XIzNsQ0O2");

    [Fact]
    public void DocLines_EqualTheEscapingPath_ForEveryText()
        => s_texts.Sample(text => Assert.Equal(CSharpSyntax.EscapedDocLines(text).ToArray(), CSharpSyntax.DocLines(text).ToArray()), iter: 20_000, seed: "0N0XIzNsQ0O2");

    [Theory]
    [InlineData("Rodríguez – “quoted” 😀", "\"Rodríguez – “quoted” 😀\"")]
    [InlineData("c-00001", "\"c-00001\"")]
    [InlineData("Candidate ~1", "\"Candidate ~1\"")]
    [InlineData("say \"hi\"", "\"say \\\"hi\\\"\"")]
    [InlineData("a\\b", "\"a\\\\b\"")]
    [InlineData("tab\there", "\"tab\\u0009here\"")]
    [InlineData("del\u007F", "\"del\\u007F\"")]
    public void Literal_AtTheShortcutsBoundary(string text, string expected) => Assert.Equal(expected, CSharpSyntax.Literal(text));

    [Theory]
    [InlineData(" Acme & Co ", "Acme &amp; Co")]
    [InlineData("  plain  ", "plain")]
    [InlineData("a<b>", "a&lt;b&gt;")]
    [InlineData("~tilde~", "~tilde~")]
    public void DocInline_AtTheShortcutsBoundary(string text, string expected) => Assert.Equal(expected, CSharpSyntax.DocInline(text));
}
