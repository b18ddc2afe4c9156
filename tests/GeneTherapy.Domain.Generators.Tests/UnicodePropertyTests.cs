using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Xml.Linq;
using CsCheck;
using GeneTherapy.Domain.Generators.Binding;
using Microsoft.CodeAnalysis;
using Xunit;

namespace GeneTherapy.Domain.Generators.Tests;

/// <summary>
/// Issue 13's property: every named format character (category Cf), a few supplementary ones, and decomposed
/// (non-NFC) forms, put into every identifier position of a seed document (names, codes, keys, source ids), give
/// exactly one located GTD0027 or GTD0028 per position; put into every free-text position, the output compiles, no
/// generated file holds a raw invisible character, and each text reads back unchanged at run time (or, for
/// doc-only text, from the compiled documentation XML). Where each form is inserted, the surrounding text and whether
/// the JSON spells it raw or as a \u escape come from CsCheck with a fixed seed.
/// </summary>
public sealed class UnicodePropertyTests
{
    private const string Seed = "4Yb1nTq0Zk2W";
    private const string Path = "seeds/unicode.seed.json";

    /// <summary>Decomposed or compatibility forms that NFC changes: e + U+0301, A + U+030A, Hangul jamo, U+212B ANGSTROM SIGN.</summary>
    private static readonly string[] s_notNormalized = { "e\u0301", "A\u030A", "\u1100\u1161", "\u212B", "o\u0308" };

    /// <summary>Format characters outside the BMP: a tag character, LANGUAGE TAG, a musical symbol format character.</summary>
    private static readonly string[] s_supplementaryFormat = { "\U000E0041", "\U000E0001", "\U0001D173" };

    public static IEnumerable<object[]> Forms => UnicodeRules.NamedFormatCharacters
        .Select(cp => char.ConvertFromUtf32(cp))
        .Concat(s_supplementaryFormat)
        .Concat(s_notNormalized)
        .Select(f => new object[] { Hex(f) });

    private static readonly string[] s_identifierPositions =
        { "NS", "SOURCEID", "ENUM", "PROPERTY", "MEMBER", "CODE", "RECORD", "CATALOG", "FIELD", "KEY" };

    private static readonly string[] s_textPositions =
        { "TITLE", "PUBLISHER", "URL", "DOI", "SOURCESUMMARY", "ENUMSUMMARY", "PROPERTYSUMMARY", "LABEL", "MEMBERSUMMARY", "ONTOLOGY", "REASON", "RECORDSUMMARY", "FIELDSUMMARY", "TEXT" };

    private static readonly Dictionary<string, string> s_plain = new(StringComparer.Ordinal)
    {
        ["NS"] = "Acme.Uni", ["SOURCEID"] = "aux", ["ENUM"] = "Platform", ["PROPERTY"] = "Weight", ["MEMBER"] = "Aav",
        ["CODE"] = "aav", ["RECORD"] = "Thing", ["CATALOG"] = "Things", ["FIELD"] = "Note", ["KEY"] = "alpha",
        ["TITLE"] = "Handbook", ["PUBLISHER"] = "Acme", ["URL"] = "https://example.org/page", ["DOI"] = "10.1000/x",
        ["SOURCESUMMARY"] = "A source.", ["ENUMSUMMARY"] = "Platforms.", ["PROPERTYSUMMARY"] = "The weight.",
        ["LABEL"] = "AAV", ["MEMBERSUMMARY"] = "Adeno.", ["ONTOLOGY"] = "NCIT:C1", ["REASON"] = "Retired",
        ["RECORDSUMMARY"] = "A thing.", ["FIELDSUMMARY"] = "The text.", ["TEXT"] = "Some text",
    };

    private const string Template = """
        {
          "seedFormat": 1,
          "namespace": «NS»,
          "sources": [
            { "id": "src", "title": «TITLE», "publisher": «PUBLISHER», "url": «URL», "doi": «DOI», "summary": «SOURCESUMMARY» },
            { "id": «SOURCEID», "title": "Aux" }
          ],
          "enums": [
            {
              "name": «ENUM», "summary": «ENUMSUMMARY», "source": "src",
              "properties": [ { "name": «PROPERTY», "type": "int?", "summary": «PROPERTYSUMMARY» } ],
              "members": [
                { "name": «MEMBER», "value": 1, "code": «CODE», "label": «LABEL», "summary": «MEMBERSUMMARY», "ontology": [ «ONTOLOGY» ] },
                { "name": "Old", "value": 2, "code": "old", "label": "Old", "deprecated": { "reason": «REASON» } }
              ]
            }
          ],
          "records": [
            {
              "name": «RECORD», "catalog": «CATALOG», "key": "Id", "summary": «RECORDSUMMARY»,
              "fields": [ { "name": "Id", "type": "string" }, { "name": "Text", "type": "string", "summary": «FIELDSUMMARY» }, { "name": «FIELD», "type": "string?" } ]
            }
          ],
          "entries": { «RECORDREF»: [ { "Id": «KEY», "Text": «TEXT» } ] }
        }
        """;

    /// <summary>Free text around the inserted form: markup, quotes, escapes, right-to-left text, a surrogate pair.</summary>
    private static readonly Gen<string> s_piece = Gen.Frequency(
        (8, Gen.Char['a', 'z'].Select(c => c.ToString())),
        (2, Gen.OneOf("\"", "\\", "<", ">", "&", "'", "*/", "{0}", " ")),
        (1, Gen.OneOf("é", "שלום", "مرحبا", "😀", "名前")));

    private static readonly Gen<(int Index, bool Escaped, string Before, string After)> s_placement =
        from index in Gen.Int[0, 1000]
        from escaped in Gen.Bool
        from before in s_piece.Array[0, 4].Select(p => "a" + string.Concat(p))
        from after in s_piece.Array[0, 4].Select(p => string.Concat(p) + "z")
        select (index, escaped, before, after);

    [Theory]
    [MemberData(nameof(Forms))]
    public void Form_InEveryIdentifierPosition_IsOneLocatedError(string form)
    {
        string text = Unhex(form);
        PCG pcg = Pcg(form);
        var values = new Dictionary<string, string>(s_plain, StringComparer.Ordinal);
        bool escaped = false;
        foreach (string position in s_identifierPositions)
        {
            (int index, bool esc, _, _) = s_placement.Generate(pcg, null, out _);
            string plain = values[position];
            values[position] = plain.Insert(index % (plain.Length + 1), text);
            escaped |= esc;
        }

        (string seed, Dictionary<string, (int Line, int Column)> at) = Render(values, escaped);
        GeneratorRun run = GeneratorHarness.Run((Path, seed));

        string id = UnicodeRules.FirstFormatCharacter(text) is null ? "GTD0028" : "GTD0027";
        var expected = s_identifierPositions.Select(p => $"{id} {Path}({at[p].Line},{at[p].Column})").OrderBy(s => s, StringComparer.Ordinal);
        var actual = run.GeneratorDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(Located).OrderBy(s => s, StringComparer.Ordinal);
        Assert.Equal(expected, actual);
        Assert.Empty(run.Sources);
        string detail = id == "GTD0027" ? UnicodeRules.Describe(char.ConvertToUtf32(text, 0)) : "is not in Unicode normalization form C";
        Assert.All(run.GeneratorDiagnostics, d => Assert.Contains(detail, d.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal));
        Assert.All(run.GeneratorDiagnostics, d => AssertNoRawInvisible(d.GetMessage(CultureInfo.InvariantCulture), "message"));
    }

    [Theory]
    [MemberData(nameof(Forms))]
    public void Form_InEveryFreeTextPosition_CompilesEscapedAndReadsBackUnchanged(string form)
    {
        string text = Unhex(form);
        PCG pcg = Pcg(form);
        var values = new Dictionary<string, string>(s_plain, StringComparer.Ordinal);
        bool escaped = false;
        foreach (string position in s_textPositions)
        {
            (_, bool esc, string before, string after) = s_placement.Generate(pcg, null, out _);
            values[position] = position == "URL" ? "https://example.org/" + before.Replace("\\", "").Replace("\"", "") + text : before + text + after;
            escaped |= esc;
        }

        (string seed, _) = Render(values, escaped);
        GeneratorRun run = GeneratorHarness.Run((Path, seed));

        Assert.Empty(run.GeneratorDiagnostics.Where(d => d.Severity != DiagnosticSeverity.Hidden).Select(d => d.ToString()));
        GeneratorHarness.AssertCompiles(run);
        Assert.NotEmpty(run.Sources);
        foreach ((string hint, string source) in run.Sources)
        {
            AssertNoRawInvisible(source, hint);
        }

        AssertReadBack(run, values);
    }

    /// <summary>Each free text read back from the loaded assembly, or from the compiled documentation comments.</summary>
    private static void AssertReadBack(GeneratorRun run, Dictionary<string, string> values)
    {
        using (var loaded = Loaded.From(run.Output))
        {
            Assembly asm = loaded.Assembly;
            Type platform = asm.GetType("Acme.Uni.Platform", throwOnError: true)!;
            Type extensions = asm.GetType("Acme.Uni.PlatformExtensions", throwOnError: true)!;
            object aav = Enum.Parse(platform, "Aav"), old = Enum.Parse(platform, "Old");
            Assert.Equal(values["LABEL"], extensions.GetMethod("GetLabel")!.Invoke(null, new[] { aav }));
            object info = extensions.GetMethod("GetInfo")!.Invoke(null, new[] { aav })!;
            Assert.Equal(values["MEMBERSUMMARY"], Get(info, "Summary"));
            Assert.Equal(new[] { values["ONTOLOGY"] }, ((IEnumerable<string>)Get(info, "OntologyCodes")!).ToArray());
            object oldInfo = extensions.GetMethod("GetInfo")!.Invoke(null, new[] { old })!;
            Assert.Equal(values["REASON"], Get(oldInfo, "DeprecationReason"));

            object source = Get(info, "Source")!;
            Assert.Equal(values["TITLE"], Get(source, "Title"));
            Assert.Equal(values["PUBLISHER"], Get(source, "Publisher"));
            Assert.Equal(values["URL"], ((Uri)Get(source, "Url")!).OriginalString);
            Assert.Equal(values["DOI"], Get(source, "Doi"));
            Assert.Equal(values["SOURCESUMMARY"], Get(source, "Summary"));

            object thing = ((IEnumerable)asm.GetType("Acme.Uni.Things", throwOnError: true)!.GetProperty("All")!.GetValue(null)!).Cast<object>().Single();
            Assert.Equal(values["TEXT"], Get(thing, "Text"));
        }

        Assert.Equal(values["ENUMSUMMARY"], Summary(run.Output.GetTypeByMetadataName("Acme.Uni.Platform")!));
        Assert.Equal(values["RECORDSUMMARY"], Summary(run.Output.GetTypeByMetadataName("Acme.Uni.Thing")!));
        Assert.Equal(values["FIELDSUMMARY"], Summary(run.Output.GetTypeByMetadataName("Acme.Uni.Thing")!.GetMembers("Text").OfType<IPropertySymbol>().Single()));
        Assert.Equal(values["PROPERTYSUMMARY"], Summary(run.Output.GetTypeByMetadataName("Acme.Uni.PlatformExtensions")!.GetMembers("Weight").Single()));
    }

    /// <summary>The fixed seed, advanced by a stable function of the form, so each form gets its own placements.</summary>
    private static PCG Pcg(string form)
    {
        PCG pcg = PCG.Parse(Seed);
        int skip = form.Aggregate(0, (h, c) => (h * 31 + c) & 0xFFFF) % 97;
        for (int i = 0; i < skip; i++)
        {
            pcg.Next();
        }

        return pcg;
    }

    private static object? Get(object target, string property) => target.GetType().GetProperty(property)!.GetValue(target);

    /// <summary>The summary as XML reads it: character references decoded, white space at the ends trimmed.</summary>
    private static string Summary(ISymbol symbol)
        => XElement.Parse(symbol.GetDocumentationCommentXml(expandIncludes: false)!).Element("summary")!.Value.Trim();

    /// <summary>The independent statement of the rule: no format, separator or control character (but LF), no lone surrogate.</summary>
    internal static void AssertNoRawInvisible(string text, string where)
    {
        for (int i = 0; i < text.Length; i++)
        {
            UnicodeCategory category = CharUnicodeInfo.GetUnicodeCategory(text, i);
            bool bad = category is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
                or UnicodeCategory.Surrogate || (category == UnicodeCategory.Control && text[i] != '\n');
            Assert.False(bad, $"{where}: raw U+{char.ConvertToUtf32(text, char.IsSurrogatePair(text, i) ? i : i)
                .ToString("X4", CultureInfo.InvariantCulture)} at {i}");
            if (char.IsSurrogatePair(text, i))
            {
                i++;
            }
        }
    }

    private static string Located(Diagnostic d)
    {
        FileLinePositionSpan span = d.Location.GetLineSpan();
        return $"{d.Id} {span.Path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1})";
    }

    /// <summary>The seed text, and the 1-based line and column of each value's opening quote.</summary>
    private static (string Text, Dictionary<string, (int Line, int Column)> At) Render(Dictionary<string, string> values, bool escaped)
    {
        var builder = new StringBuilder();
        var at = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        string template = Template.Replace("\r\n", "\n");
        int i = 0;
        while (i < template.Length)
        {
            int open = template.IndexOf('«', i);
            if (open < 0)
            {
                builder.Append(template, i, template.Length - i);
                break;
            }

            builder.Append(template, i, open - i);
            int close = template.IndexOf('»', open);
            string name = template.Substring(open + 1, close - open - 1);
            string current = builder.ToString();
            at[name] = (current.Count(c => c == '\n') + 1, current.Length - (current.LastIndexOf('\n') + 1) + 1);
            builder.Append(Json(values[name == "RECORDREF" ? "RECORD" : name], escaped));
            i = close + 1;
        }

        return (builder.ToString(), at);
    }

    /// <summary>A JSON string: quotes and backslashes escaped; non-ASCII raw or, when <paramref name="escaped"/>, as \u escapes.</summary>
    private static string Json(string s, bool escaped)
    {
        var sb = new StringBuilder("\"");
        foreach (char c in s)
        {
            sb.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                _ when c < ' ' || (escaped && c > '~') => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return sb.Append('"').ToString();
    }

    /// <summary>Test names show forms as code units in hex (xUnit would print them raw).</summary>
    private static string Hex(string s) => string.Join("-", s.Select(c => ((int)c).ToString("X4", CultureInfo.InvariantCulture)));

    private static string Unhex(string s) => new(s.Split('-').Select(h => (char)int.Parse(h, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToArray());

    /// <summary>
    /// The ASCII shortcut of <see cref="UnicodeRules.FirstFormatCharacter"/> and <see cref="UnicodeRules.ComposedIfNotNormalized"/>
    /// skips the Unicode tables for ASCII: held here to the tables themselves, for every ASCII character alone and in a text.
    /// </summary>
    [Fact]
    public void AsciiShortcut_NoAsciiCharacterIsAFormatCharacterOrChangedByNfc()
    {
        string all = new(Enumerable.Range(0, 128).Select(c => (char)c).ToArray());
        foreach (char c in all)
        {
            Assert.NotEqual(UnicodeCategory.Format, CharUnicodeInfo.GetUnicodeCategory(c));
            Assert.Equal(c.ToString(), c.ToString().Normalize(NormalizationForm.FormC));
        }

        Assert.True(all.IsNormalized(NormalizationForm.FormC));
        Assert.Null(UnicodeRules.FirstFormatCharacter(all));
        Assert.Null(UnicodeRules.ComposedIfNotNormalized(all));
        Assert.Equal(0x200B, UnicodeRules.FirstFormatCharacter(all + "\u200B"));
        Assert.Equal("caf\u00E9", UnicodeRules.ComposedIfNotNormalized("cafe\u0301"));
    }
}
