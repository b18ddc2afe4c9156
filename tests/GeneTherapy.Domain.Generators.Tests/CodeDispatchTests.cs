using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.Json;
using CsCheck;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace GeneTherapy.Domain.Generators.Tests;

/// <summary>
/// The generated <c>TryParseCode</c> overloads (length, then distinguishing character, then a constant comparison)
/// against the rule they implement: ordinal equality with a code, or <c>string.Equals(..., OrdinalIgnoreCase)</c>
/// with the first code (in value order) that matches. Every code, its case variants, near-misses (one character
/// changed, prefixes, one character more or less) and non-ASCII case folds (KELVIN SIGN, LONG S, dotless and dotted I)
/// go through all six overloads, as C# 9 and as C# 12 compiles the output.
/// </summary>
public sealed class CodeDispatchTests
{
    private const string Seed = "7Qd2sPaRn0Xv";
    private const string Namespace = "Dispatch";

    /// <summary>The overloads, in the order <c>Probe.All</c> returns their results.</summary>
    private static readonly string[] s_overloads =
    {
        "TryParseCode(string)", "TryParseCode(string, ignoreCase: false)", "TryParseCode(string, ignoreCase: true)",
        "TryParseCode(span)", "TryParseCode(span, ignoreCase: false)", "TryParseCode(span, ignoreCase: true)",
    };

    /// <summary>Few characters, so that code sets share lengths, characters and prefixes; some of them non-ASCII.</summary>
    private static readonly Gen<string> s_code = Gen.String[Gen.OneOf(Gen.Char["abkKsS-1"], Gen.Char["abks"], Gen.Char["\u00E9\u00C9\u0131\u0130\u017F\u00DF"]), 1, 6];

    private static readonly Gen<string[]> s_codeSet = s_code.Array[1, 24].Select(codes => codes.Distinct(StringComparer.Ordinal).ToArray());

    public static IEnumerable<object[]> Versions => new[] { new object[] { LanguageVersion.CSharp9 }, new object[] { LanguageVersion.CSharp12 } };

    [Theory]
    [MemberData(nameof(Versions))]
    public void RandomCodeSets_EveryOverloadAgreesWithOrdinalComparison(LanguageVersion version)
    {
        PCG pcg = PCG.Parse(Seed);
        string[][] codeSets = Enumerable.Range(0, 30).Select(_ => s_codeSet.Generate(pcg, null, out Size _)).ToArray();
        using Probed probed = Probed.Generate(codeSets, version);
        for (int e = 0; e < codeSets.Length; e++)
        {
            foreach (string probe in Probes(codeSets[e]))
            {
                AssertAgrees(probed, e, codeSets[e], probe);
            }

            Assert.Equal(Enumerable.Range(1, codeSets[e].Length), probed.ParseOwnCodes(e));
        }
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public void HandPickedCodes_ParseExactlyAsOrdinalComparisonDoes(LanguageVersion version)
    {
        string[] codes = { "aav", "aab", "abv", "lentiviral", "adenoviral", "kelvin", "strasse", "stra\u00DFe", "i", "\u0131", "I-1", "xyz" };
        using Probed probed = Probed.Generate(new[] { codes }, version);

        // Member values are 1-based positions in the code list; -1 is "no match".
        AssertResults(probed, "aav", 1, 1, 1);
        AssertResults(probed, "AAV", -1, -1, 1);
        AssertResults(probed, "aaV", -1, -1, 1);
        AssertResults(probed, "aax", -1, -1, -1);   // same length, last character different
        AssertResults(probed, "bav", -1, -1, -1);   // same length, first character different
        AssertResults(probed, "aa", -1, -1, -1);    // a prefix
        AssertResults(probed, "aavv", -1, -1, -1);  // one character more
        AssertResults(probed, "ADENOVIRAL", -1, -1, 5);
        AssertResults(probed, "adenoviraL", -1, -1, 5);
        AssertResults(probed, "\u212Aelvin", -1, -1, -1); // KELVIN SIGN is not 'k' under OrdinalIgnoreCase
        AssertResults(probed, "KELVIN", -1, -1, 6);
        AssertResults(probed, "STRASSE", -1, -1, 7);
        AssertResults(probed, "STRA\u00DFE", -1, -1, 8); // sharp s has no simple upper case: only itself
        AssertResults(probed, "\u017Ftrasse", -1, -1, -1); // LONG S is not 's' under OrdinalIgnoreCase
        AssertResults(probed, "I", -1, -1, 9);
        AssertResults(probed, "\u0130", -1, -1, -1); // dotted capital I matches neither i nor dotless i
        AssertResults(probed, "\u0131", 10, 10, 10);
        AssertResults(probed, "i-1", -1, -1, 11);
        AssertResults(probed, string.Empty, -1, -1, -1);
        foreach (string probe in Probes(codes))
        {
            AssertAgrees(probed, 0, codes, probe);
        }

        Assert.Equal(new[] { false, false, false }, probed.ParseNull(0));

        // "aav" and "abv" share a slot (same length, first and last character): "abv" is found by the length dispatch.
        Assert.Equal(Enumerable.Range(1, codes.Length), probed.ParseOwnCodes(0));
    }

    /// <summary>Asserts the ordinal result of the string and span overloads, with and without ignoreCase, and the ignore-case result.</summary>
    private static void AssertResults(Probed probed, string probe, int ordinal, int ordinalViaFlag, int ignoringCase)
    {
        int[] results = probed.Parse(0, probe);
        Assert.Equal(new[] { ordinal, ordinalViaFlag, ignoringCase, ordinal, ordinalViaFlag, ignoringCase }, results);
    }

    private static void AssertAgrees(Probed probed, int enumIndex, string[] codes, string probe)
    {
        int ordinal = Array.FindIndex(codes, c => string.Equals(c, probe, StringComparison.Ordinal));
        int ignoringCase = Array.FindIndex(codes, c => string.Equals(c, probe, StringComparison.OrdinalIgnoreCase));
        int[] expected = { ordinal, ordinal, ignoringCase, ordinal, ordinal, ignoringCase };
        int[] actual = probed.Parse(enumIndex, probe);
        for (int i = 0; i < expected.Length; i++)
        {
            int value = expected[i] < 0 ? -1 : expected[i] + 1;
            Assert.True(value == actual[i], $"{s_overloads[i]} of \"{Escape(probe)}\" in [{string.Join(", ", codes.Select(Escape))}]: expected {value}, got {actual[i]}");
        }
    }

    /// <summary>Every code, its case variants, near-misses and non-ASCII folds.</summary>
    private static IEnumerable<string> Probes(string[] codes)
    {
        const string Replacements = "abkKsS-1\u212A\u017F\u0131\u0130\u00E9\u00C9\u00DFz";
        yield return string.Empty;
        foreach (string code in codes)
        {
            yield return code;
            yield return code.ToUpperInvariant();
            yield return code.ToLowerInvariant();
            yield return code.Substring(0, code.Length - 1);
            yield return code + "a";
            yield return "a" + code;
            yield return code.Replace('k', '\u212A').Replace('s', '\u017F').Replace('i', '\u0131');
            yield return code.Replace('K', '\u212A').Replace('S', '\u017F').Replace('I', '\u0130');
            for (int i = 0; i < code.Length; i++)
            {
                foreach (char r in Replacements)
                {
                    yield return code.Substring(0, i) + r + code.Substring(i + 1);
                }

                yield return code.Substring(0, i) + (char.IsUpper(code[i]) ? char.ToLowerInvariant(code[i]) : char.ToUpperInvariant(code[i])) + code.Substring(i + 1);
            }
        }
    }

    private static string Escape(string text) => string.Concat(text.Select(c => c is >= ' ' and <= '~' ? c.ToString() : $"\\u{(int)c:X4}"));

    /// <summary>The generated enums E0, E1, ... (member values 1..n in code order) and a probe class compiled with them.</summary>
    private sealed class Probed : IDisposable
    {
        private readonly Loaded _loaded;
        private readonly MethodInfo _parse;
        private readonly MethodInfo _parseNull;
        private readonly MethodInfo _ownCodes;

        private Probed(Loaded loaded)
        {
            _loaded = loaded;
            Type probe = loaded.Assembly.GetType(Namespace + ".Probe", throwOnError: true)!;
            _parse = probe.GetMethod("All")!;
            _parseNull = probe.GetMethod("Null")!;
            _ownCodes = probe.GetMethod("OwnCodes")!;
        }

        public static Probed Generate(string[][] codeSets, LanguageVersion version)
        {
            GeneratorRun run = GeneratorHarness.Run(new[] { ("seeds/dispatch.seed.json", SeedText(codeSets)) }, version);
            Assert.Empty(run.GeneratorDiagnostics.Select(d => d.ToString()));
            GeneratorHarness.AssertCompiles(run);
            Compilation output = run.Output.AddSyntaxTrees(CSharpSyntaxTree.ParseText(ProbeSource(codeSets.Length), new CSharpParseOptions(version)));
            Assert.Empty(output.GetDiagnostics().Where(d => d.Severity > DiagnosticSeverity.Info).Select(d => d.ToString()));
            return new Probed(Loaded.From(output));
        }

        public int[] Parse(int enumIndex, string code) => (int[])_parse.Invoke(null, new object[] { enumIndex, code })!;

        public bool[] ParseNull(int enumIndex) => (bool[])_parseNull.Invoke(null, new object[] { enumIndex })!;

        /// <summary>Each member's value as <c>TryParseCode(member.ToCode())</c> finds it: the very string instances the enum holds.</summary>
        public int[] ParseOwnCodes(int enumIndex) => (int[])_ownCodes.Invoke(null, new object[] { enumIndex })!;

        public void Dispose() => _loaded.Dispose();

        private static string SeedText(string[][] codeSets)
        {
            using var stream = new MemoryStream();
            using (var json = new Utf8JsonWriter(stream))
            {
                json.WriteStartObject();
                json.WriteNumber("seedFormat", 1);
                json.WriteString("namespace", Namespace);
                json.WriteStartArray("enums");
                for (int e = 0; e < codeSets.Length; e++)
                {
                    json.WriteStartObject();
                    json.WriteString("name", "E" + e);
                    json.WriteStartArray("members");
                    for (int m = 0; m < codeSets[e].Length; m++)
                    {
                        json.WriteStartObject();
                        json.WriteString("name", "M" + m);
                        json.WriteNumber("value", m + 1);
                        json.WriteString("code", codeSets[e][m]);
                        json.WriteString("label", "L" + m);
                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            return Encoding.UTF8.GetString(stream.ToArray());
        }

        /// <summary>
        /// C# that calls the six overloads of enum <c>E{n}</c> for a string (spans sliced from a longer string, so that
        /// they are not the string itself) and returns each result as the member's value, or -1.
        /// </summary>
        private static string ProbeSource(int enumCount)
        {
            var source = new StringBuilder();
            source.AppendLine("namespace " + Namespace + " {");
            source.AppendLine("public static class Probe {");
            source.AppendLine("public static int[] All(int e, string s) { switch (e) {");
            for (int e = 0; e < enumCount; e++)
            {
                source.AppendLine($"case {e}: {{ var t = \"<\" + s + \">\"; var span = global::System.MemoryExtensions.AsSpan(t, 1, s.Length); return new[] {{");
                source.AppendLine($"E{e}Extensions.TryParseCode(s, out E{e} a) ? (int)a : -1, E{e}Extensions.TryParseCode(s, false, out E{e} b) ? (int)b : -1, E{e}Extensions.TryParseCode(s, true, out E{e} c) ? (int)c : -1,");
                source.AppendLine($"E{e}Extensions.TryParseCode(span, out E{e} d) ? (int)d : -1, E{e}Extensions.TryParseCode(span, false, out E{e} f) ? (int)f : -1, E{e}Extensions.TryParseCode(span, true, out E{e} g) ? (int)g : -1 }}; }}");
            }

            source.AppendLine("default: throw new global::System.ArgumentOutOfRangeException(nameof(e)); } }");
            source.AppendLine("public static bool[] Null(int e) { switch (e) {");
            for (int e = 0; e < enumCount; e++)
            {
                source.AppendLine($"case {e}: return new[] {{ E{e}Extensions.TryParseCode(null, out E{e} _), E{e}Extensions.TryParseCode(null, false, out E{e} _), E{e}Extensions.TryParseCode(null, true, out E{e} _) }};");
            }

            source.AppendLine("default: throw new global::System.ArgumentOutOfRangeException(nameof(e)); } }");

            // The strings ToCode() returns are the literals of the generated code: TryParseCode(string) finds them by reference.
            source.AppendLine("public static int[] OwnCodes(int e) { switch (e) {");
            for (int e = 0; e < enumCount; e++)
            {
                source.AppendLine($"case {e}: return global::System.Linq.Enumerable.ToArray(global::System.Linq.Enumerable.Select(E{e}Extensions.Values, v => E{e}Extensions.TryParseCode(v.ToCode(), out E{e} x) && (object)v.ToCode() == (object)E{e}Extensions.ToCode(x) ? (int)x : -1));");
            }

            source.AppendLine("default: throw new global::System.ArgumentOutOfRangeException(nameof(e)); } } } }");
            return source.ToString();
        }
    }
}
