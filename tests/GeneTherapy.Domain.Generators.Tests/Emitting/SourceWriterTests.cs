using System;
using System.Globalization;
using System.Linq;
using System.Text;
using CsCheck;
using GeneTherapy.Domain.Generators.Emitting;
using GeneTherapy.Domain.Generators.Model;
using Microsoft.CodeAnalysis.Text;
using Xunit;

// Not ...Tests.Emitting: that namespace would shadow GeneTherapy.Domain.Generators.Emitting for the tests that name it
// as Emitting.CSharpSyntax.
namespace GeneTherapy.Domain.Generators.Tests;

/// <summary>
/// The writer's primitives that append in place instead of building strings: each writes exactly what the string path
/// writes (the string forms of <see cref="CSharpSyntax"/>, invariant digits, <c>SourceText.From(string, UTF-8)</c>),
/// and a thread's writers share one buffer without seeing each other's text.
/// </summary>
public sealed class SourceWriterTests
{
    // The alphabet of EscapingShortcutTests: the characters either side of each escaping rule's boundary.
    private static readonly char[] s_alphabet =
        "\u0000\u001F \t\r\n!\"#&'<>\\AZaz09~\u007F\u0080\u0085\u00A0\u00E9\u2013\u200B\u202E\u2028\u3000\uD83D\uDE00\uFEFF".ToCharArray();

    private static readonly Gen<string> s_texts = Gen.Int[0, s_alphabet.Length - 1].Array[0, 12]
        .Select(indexes => new string(indexes.Select(i => s_alphabet[i]).ToArray()));

    [Fact]
    public void LiteralPart_WritesWhatLiteralReturns_ForEveryText()
        => s_texts.Sample(text => Assert.Equal(
            "{\n    case " + CSharpSyntax.Literal(text) + ": x\n}\n",
            Indented(w => w.WriteLine($"case {CSharpSyntax.LiteralOf(text)}: x"))), iter: 20_000, seed: "0N0XIzNsQ0O2");

    [Fact]
    public void DocInlinePart_WritesWhatDocInlineReturns_ForEveryText()
        => s_texts.Sample(text => Assert.Equal(
            "{\n    /// <c>" + CSharpSyntax.DocInline(text) + "</c>\n}\n",
            Indented(w => w.WriteLine($"/// <c>{CSharpSyntax.DocInlineOf(text)}</c>"))), iter: 20_000, seed: "0N0XIzNsQ0O2");

    [Fact]
    public void OptionalLiteralPart_WritesNullOrTheLiteral()
    {
        Assert.Equal("{\n    summary: null\n}\n", Indented(w => w.WriteLine($"summary: {CSharpSyntax.OptionalLiteralOf(null)}")));
        Assert.Equal("{\n    summary: \"a \\\"b\\\"\"\n}\n", Indented(w => w.WriteLine($"summary: {CSharpSyntax.OptionalLiteralOf("a \"b\"")}")));
    }

    [Fact]
    public void IntHole_WritesInvariantDigits_UnderACultureWithAnotherMinusSign()
    {
        CultureInfo previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("fi-FI");
            // The culture really differs, so a culture-sensitive append would fail this test.
            Assert.Equal("\u2212", CultureInfo.CurrentCulture.NumberFormat.NegativeSign);
            Gen.Int.Sample(value => Assert.Equal(
                "{\n    case " + value.ToString(CultureInfo.InvariantCulture) + ":\n}\n",
                Indented(w => w.WriteLine($"case {value}:"))), iter: 20_000, seed: "0N0XIzNsQ0O2");
            foreach (int value in new[] { 0, 9, 10, -1, -10, int.MaxValue, int.MinValue, 1_000_000_000 })
            {
                Assert.Equal("{\n    [" + value.ToString(CultureInfo.InvariantCulture) + "]\n}\n", Indented(w => w.WriteLine($"[{value}]")));
            }
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void InterpolatedLine_ThatStaysEmpty_HasNoIndent_AsAnEmptyStringLine()
    {
        string empty = string.Empty;
        Assert.Equal("{\n\n}\n", Indented(w => w.WriteLine(empty)));
        Assert.Equal("{\n\n}\n", Indented(w => w.WriteLine($"{empty}")));
        Assert.Equal("{\n    a\n}\n", Indented(w => w.WriteLine($"{empty}a")));
    }

    [Theory]
    [InlineData("Acme.Pipeline", "Fda", "global::Acme.Pipeline.Sources.Fda")]
    [InlineData("Acme.@event", "Fda", "global::Acme.@event.Sources.Fda")]
    [InlineData("Acme.event", "class", "global::Acme.@event.Sources.@class")]
    [InlineData("_", "Fda", "global::@_.Sources.Fda")]
    public void SourceExpressionPart_WritesWhatSourceExpressionReturns(string ns, string property, string expected)
    {
        var source = new SourceRef(ns, property, "Title");
        Assert.Equal(expected, CSharpSyntax.SourceExpression(source));
        Assert.Equal("{\n    source: " + expected + "\n}\n", Indented(w => w.WriteLine($"source: {CSharpSyntax.SourceExpressionOf(source)}")));
        Assert.Equal("{\n    source: null\n}\n", Indented(w => w.WriteLine($"source: {CSharpSyntax.SourceExpressionOf(null)}")));
    }

    [Fact]
    public void Parts_FormattedAsStrings_WriteTheirTextNotTheirTypeNames()
    {
        // Outside a WriteLine handler (a conditional of two interpolated strings, say) C# formats a part with ToString.
        string text = "say \"hi\" & <go>";
        Assert.Equal(CSharpSyntax.Literal(text), $"{CSharpSyntax.LiteralOf(text)}");
        Assert.Equal(CSharpSyntax.DocInline(text), $"{CSharpSyntax.DocInlineOf(text)}");
        Assert.Equal("null", $"{CSharpSyntax.OptionalLiteralOf(null)}");
        var source = new SourceRef("Acme.event", "Fda", "Title");
        Assert.Equal(CSharpSyntax.SourceExpression(source), $"{CSharpSyntax.SourceExpressionOf(source)}");
    }

    [Theory]
    [InlineData(SourceWriter.ChunkedTextThreshold - 1)]
    [InlineData(SourceWriter.ChunkedTextThreshold)]
    [InlineData((3 * SourceWriter.ChunkedTextThreshold) + 5)]
    public void ToSourceText_IsTheTextSourceTextFromStringMakes_OnBothSidesOfTheChunkedThreshold(int length)
    {
        var w = new SourceWriter();
        var expected = new StringBuilder();
        for (int i = 0; expected.Length < length; i++)
        {
            string line = "line " + i.ToString(CultureInfo.InvariantCulture) + " \u00E9\u2013\uD83D\uDE00";
            if (expected.Length + line.Length + 1 > length)
            {
                line = new string('x', length - expected.Length - 1);
            }

            w.WriteLine(line);
            expected.Append(line).Append('\n');
        }

        Assert.Equal(length, expected.Length);

        SourceText text = w.ToSourceText();
        SourceText reference = SourceText.From(expected.ToString(), Encoding.UTF8);

        Assert.Equal(reference.ToString(), text.ToString());
        Assert.Equal(reference.Length, text.Length);
        Assert.Equal("utf-8", text.Encoding!.WebName);
        Assert.Equal(reference.ChecksumAlgorithm, text.ChecksumAlgorithm);
        Assert.Equal(reference.GetChecksum().ToArray(), text.GetChecksum().ToArray());
        Assert.Equal(reference.Lines.Count, text.Lines.Count);
        // Roslyn keeps texts of this size in chunks: the point of reading the buffer is that no whole string is made.
        Assert.Equal(length >= SourceWriter.ChunkedTextThreshold ? "LargeText" : "StringText", text.GetType().Name);
    }

    [Theory]
    [InlineData(0, "")]
    [InlineData(100, "")]
    [InlineData(5_000, "\u00E9\u00FF\u0001")]
    [InlineData((3 * SourceWriter.ChunkedTextThreshold) + 5, "\u00E9\u00A0")]
    [InlineData(Latin1SourceText.ChunkSize, "\u00FF")]
    [InlineData(Latin1SourceText.ChunkSize + 1, "")]
    [InlineData((2 * Latin1SourceText.ChunkSize) + 4097, "\u0080")]
    public void ToSourceText_BelowU0100_IsOneBytePerCharacterAndTheSameTextToRoslyn(int length, string extra)
    {
        var w = new SourceWriter();
        var expected = new StringBuilder();
        for (int i = 0; expected.Length < length; i++)
        {
            string line = "line " + i.ToString(CultureInfo.InvariantCulture) + " " + extra;
            line = line.Substring(0, Math.Min(line.Length, length - expected.Length - 1));
            w.WriteLine(line);
            expected.Append(line).Append('\n');
        }

        SourceText text = w.ToSourceText();
        SourceText reference = SourceText.From(expected.ToString(), Encoding.UTF8);

        Assert.Equal("Latin1SourceText", text.GetType().Name);
        Assert.Equal(reference.ToString(), text.ToString());
        Assert.Equal(length, text.Length);
        Assert.True(reference.ContentEquals(text));
        Assert.Equal("utf-8", text.Encoding!.WebName);
        Assert.Equal(reference.ChecksumAlgorithm, text.ChecksumAlgorithm);
        Assert.Equal(reference.GetChecksum().ToArray(), text.GetChecksum().ToArray());
        Assert.Equal(reference.Lines.Select(l => l.Span), text.Lines.Select(l => l.Span));
        if (length > 10)
        {
            Assert.Equal(reference.ToString(new TextSpan(3, length - 6)), text.GetSubText(new TextSpan(3, length - 6)).ToString());
            Assert.Equal(reference[length - 2], text[length - 2]);
        }

        // Each side of every chunk boundary, and a copy that starts in one chunk and ends in the next.
        for (int boundary = Latin1SourceText.ChunkSize; boundary < length; boundary += Latin1SourceText.ChunkSize)
        {
            Assert.Equal(reference[boundary - 1], text[boundary - 1]);
            Assert.Equal(reference[boundary], text[boundary]);
            Assert.Equal(reference.ToString(TextSpan.FromBounds(boundary - 7, Math.Min(length, boundary + 9))),
                text.ToString(TextSpan.FromBounds(boundary - 7, Math.Min(length, boundary + 9))));
        }

        Assert.Throws<ArgumentOutOfRangeException>(() => text[length]);
    }

    [Theory]
    [InlineData(0, new int[0])]
    [InlineData(1, new[] { 1 })]
    [InlineData(Latin1SourceText.ChunkSize, new[] { Latin1SourceText.ChunkSize })]
    [InlineData(200_000, new[] { Latin1SourceText.ChunkSize, Latin1SourceText.ChunkSize, Latin1SourceText.ChunkSize, 3_392 })]
    public void Latin1SourceText_Chunks_AreFullButTheLast_AndBelowTheLargeObjectThreshold(int length, int[] expected)
    {
        byte[][] chunks = Latin1SourceText.AllocateChunks(length);
        Assert.Equal(expected, chunks.Select(c => c.Length));
        // The runtime puts arrays of 85,000 bytes or more on the large-object heap, which only a full collection frees.
        Assert.All(chunks, c => Assert.True(c.Length < 85_000));
    }

    [Fact]
    public void ToSourceText_ACharacterFromU0100OnAfterTheFirstBlock_KeepsTwoBytesPerCharacter()
    {
        var w = new SourceWriter();
        w.WriteLine(new string('x', 10_000) + "\u0100");
        SourceText text = w.ToSourceText();
        Assert.Equal("StringText", text.GetType().Name);
        Assert.Equal(new string('x', 10_000) + "\u0100\n", text.ToString());
    }

    [Fact]
    public void Latin1SourceText_CopyTo_ChecksItsRanges()
    {
        var text = new Latin1SourceText(new byte[] { (byte)'a', 0xE9, (byte)'c' });
        char[] destination = new char[4];
        text.CopyTo(1, destination, 2, 2);
        Assert.Equal(new[] { '\0', '\0', '\u00E9', 'c' }, destination);
        Assert.Throws<ArgumentOutOfRangeException>(() => text.CopyTo(2, destination, 0, 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => text.CopyTo(-1, destination, 0, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => text.CopyTo(0, destination, 3, 2));
        Assert.Throws<ArgumentNullException>(() => text.CopyTo(0, null!, 0, 1));
        Assert.Throws<ArgumentException>(() => new Latin1SourceText(new byte[Latin1SourceText.ChunkSize + 1]));
        Assert.Equal(Latin1SourceText.ChunkSize, new Latin1SourceText(new byte[Latin1SourceText.ChunkSize]).Length);
    }

    [Fact]
    public void Writers_OneAfterAnother_ShareTheBufferButNotTheText()
    {
        var first = new SourceWriter();
        first.WriteLine(new string('x', 5_000));
        Assert.Equal(5_001, first.ToSourceText().Length);

        var second = new SourceWriter();
        second.WriteLine("short");
        Assert.Equal("short\n", second.ToSourceText().ToString());
    }

    [Fact]
    public void Writers_OneInsideAnother_DoNotShareTheBuffer()
    {
        var outer = new SourceWriter();
        outer.WriteLine("outer 1");

        var inner = new SourceWriter();
        inner.WriteLine("inner");
        Assert.Equal("inner\n", inner.ToSourceText().ToString());

        // The inner writer's buffer is now cached; a third writer takes it while the outer one keeps its own.
        var third = new SourceWriter();
        third.WriteLine("third");
        outer.WriteLine("outer 2");

        Assert.Equal("third\n", third.ToSourceText().ToString());
        Assert.Equal("outer 1\nouter 2\n", outer.ToSourceText().ToString());
    }

    /// <summary>What <paramref name="write"/> writes one level inside braces, through the pooled buffer.</summary>
    private static string Indented(System.Action<SourceWriter> write)
    {
        var w = new SourceWriter();
        using (w.Braces())
        {
            write(w);
        }

        return w.ToSourceText().ToString();
    }
}
