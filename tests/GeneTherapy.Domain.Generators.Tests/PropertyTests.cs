using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using System.Text.Json.Nodes;
using CsCheck;
using GeneTherapy.Domain.Generators.Binding;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace GeneTherapy.Domain.Generators.Tests;

/// <summary>
/// Properties that hold for every input: no exception; every error a located GTD diagnostic in a seed file;
/// without errors, output that compiles with no diagnostics and in which every string round-trips at run time;
/// the same output across runs, file orders and cultures. Cases come from CsCheck generators driven by a fixed
/// PCG seed, so every run sees the same cases; GTD_PROPERTY_CASES raises the count for a longer run.
/// </summary>
public sealed class PropertyTests
{
    private readonly Xunit.Abstractions.ITestOutputHelper _output;

    public PropertyTests(Xunit.Abstractions.ITestOutputHelper output) => _output = output;

    private const string Seed = "1xn1HwIbwfUS";
    private static readonly int s_cases = int.TryParse(Environment.GetEnvironmentVariable("GTD_PROPERTY_CASES"), out int n) && n > 0 ? n : 40;
    private static readonly string[] s_cultures = { "de-DE", "tr-TR", "ar-SA" };

    [Fact]
    public void GeneratedSeeds_HoldEveryProperty()
    {
        PCG pcg = PCG.Parse(Seed);
        int clean = 0;
        for (int i = 0; i < s_cases; i++)
        {
            Doc doc = s_docs.Generate(pcg, null, out _);
            (string Path, string Text)[] files = doc.Files();
            string context = $"case {i}:\n{files[0].Text}\n{files[1].Text}";
            GeneratorRun run = AssertCommonProperties(files, context);
            if (!HasErrors(run))
            {
                clean++;
                AssertRoundTrip(run, doc, context);
            }
        }

        _output.WriteLine($"{s_cases} generated documents, {clean} without errors (round-tripped), {s_cases - clean} with errors");
        // Most generated documents are valid: the round trip must have been exercised.
        Assert.True(clean >= s_cases / 2, $"only {clean} of {s_cases} generated documents were free of errors");
    }

    [Fact]
    public void MutatedBuiltInSeeds_HoldEveryProperty()
    {
        List<(string Path, string Text)> seeds = GeneratorHarness.BuiltInSeeds.ToList();
        PCG pcg = PCG.Parse(Seed);
        var kinds = new Dictionary<string, int>(StringComparer.Ordinal);
        int cleanMutations = 0;
        for (int i = 0; i < s_cases; i++)
        {
            // Kinds in turn, so that any case count exercises as many kinds as it can.
            Mutation mutation = s_mutations.Generate(pcg, null, out _) with { Kind = s_mutationKinds[i % s_mutationKinds.Length] };
            int target = (int)(pcg.Next() % (uint)seeds.Count);
            (string path, string text) = seeds[target];
            (string mutated, string? hostileLabel) = mutation.Apply(text, pcg);
            var files = seeds.Select((s, k) => k == target ? (path, mutated) : s).ToArray();
            string context = $"case {i}: {mutation.Kind} of {path}";
            kinds[mutation.Kind] = kinds.TryGetValue(mutation.Kind, out int c) ? c + 1 : 1;

            GeneratorRun run = AssertCommonProperties(files, context);
            if (!HasErrors(run))
            {
                cleanMutations++;
                Assert.True(run.CompilationDiagnostics.IsEmpty, context + ": " + string.Join("\n", run.CompilationDiagnostics.Take(5)));
                if (hostileLabel is not null)
                {
                    Assert.Contains(hostileLabel, LoadLabels(run), StringComparer.Ordinal);
                }
            }
        }

        _output.WriteLine($"{s_cases} mutations: " + string.Join(", ", kinds.OrderBy(k => k.Key, StringComparer.Ordinal).Select(k => $"{k.Key} {k.Value}")) + $"; {cleanMutations} without errors compiled");
        Assert.Equal(Math.Min(s_cases, s_mutationKinds.Length), kinds.Count);
    }

    /// <summary>Properties (1), (2) and (4).</summary>
    private static GeneratorRun AssertCommonProperties((string Path, string Text)[] files, string context)
    {
        GeneratorRun run = GeneratorHarness.Run(files); // asserts that the generator reported no exception
        HashSet<string> paths = files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        foreach (Diagnostic d in run.GeneratorDiagnostics)
        {
            Assert.True(d.Id.StartsWith("GTD", StringComparison.Ordinal) && d.Id != "GTD9999", context + ": " + d);
            if (d.Severity == DiagnosticSeverity.Error)
            {
                Assert.True(paths.Contains(d.Location.GetLineSpan().Path), context + ": not located in a seed file: " + d);
            }
        }

        IReadOnlyDictionary<string, string> expected = run.Sources;
        foreach ((string hint, string source) in expected)
        {
            UnicodePropertyTests.AssertNoRawInvisible(source, context + ": " + hint);
        }

        Assert.Equal(expected, GeneratorHarness.Run(files).Sources);
        Assert.Equal(expected, GeneratorHarness.Run(files.Reverse()).Sources);
        CultureInfo original = CultureInfo.CurrentCulture, originalUi = CultureInfo.CurrentUICulture;
        try
        {
            foreach (string culture in s_cultures)
            {
                CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
                Assert.Equal(expected, GeneratorHarness.Run(files).Sources);
            }
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
            CultureInfo.CurrentUICulture = originalUi;
        }

        return run;
    }

    private static bool HasErrors(GeneratorRun run) => run.GeneratorDiagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>Property (3): compiles with no diagnostics, and every string comes back from the emitted code unchanged.</summary>
    private static void AssertRoundTrip(GeneratorRun run, Doc doc, string context)
    {
        Assert.True(run.CompilationDiagnostics.IsEmpty, context + ": " + string.Join("\n", run.CompilationDiagnostics.Take(5)));
        using var loaded = Loaded.From(run.Output);
        Assembly asm = loaded.Assembly;
        Type kind = asm.GetType(doc.Namespace + ".Kind", throwOnError: true)!;
        Type extensions = asm.GetType(doc.Namespace + ".KindExtensions", throwOnError: true)!;
        foreach (Member m in doc.Members)
        {
            object value = Enum.Parse(kind, m.Name);
            Assert.Equal((long)m.Value, Convert.ToInt64(value, CultureInfo.InvariantCulture));
            Assert.Equal(m.Code, extensions.GetMethod("ToCode")!.Invoke(null, new[] { value }));
            Assert.Equal(m.Label, extensions.GetMethod("GetLabel")!.Invoke(null, new[] { value }));
            object info = extensions.GetMethod("GetInfo")!.Invoke(null, new[] { value })!;
            Assert.Equal(m.Summary, info.GetType().GetProperty("Summary")!.GetValue(info));
            object?[] args = { m.Code, null };
            MethodInfo parse = extensions.GetMethods().Single(x => x.Name == "TryParseCode" && x.GetParameters().Length == 2 && x.GetParameters()[0].ParameterType == typeof(string));
            Assert.True((bool)parse.Invoke(null, args)!, context + ": code did not parse back: " + Escape(m.Code));
            Assert.Equal(value, args[1]);
        }

        var things = ((IEnumerable)asm.GetType(doc.Namespace + ".Things", throwOnError: true)!.GetProperty("All")!.GetValue(null)!).Cast<object>().ToList();
        Assert.Equal(doc.Entries.Length, things.Count);
        for (int i = 0; i < things.Count; i++)
        {
            Entry e = doc.Entries[i];
            Type t = things[i].GetType();
            Assert.Equal(e.Id, t.GetProperty("Id")!.GetValue(things[i]));
            Assert.Equal(e.Text, t.GetProperty("Text")!.GetValue(things[i]));
            Assert.Equal(e.Maybe, t.GetProperty("Maybe")!.GetValue(things[i]));
            Assert.Equal(e.Count, t.GetProperty("Count")!.GetValue(things[i]));
        }

        object source = ((IEnumerable)asm.GetType(doc.Namespace + ".Sources", throwOnError: true)!.GetProperty("All")!.GetValue(null)!).Cast<object>().Single();
        Assert.Equal(doc.Title, source.GetType().GetProperty("Title")!.GetValue(source));
        Assert.Equal(doc.Publisher, source.GetType().GetProperty("Publisher")!.GetValue(source));
    }

    /// <summary>Every label of every generated enum in the emitted assembly, read back through GetLabel.</summary>
    private static List<string> LoadLabels(GeneratorRun run)
    {
        using var loaded = Loaded.From(run.Output);
        var labels = new List<string>();
        foreach (Type enumType in loaded.Assembly.GetTypes().Where(t => t.IsEnum))
        {
            MethodInfo getLabel = loaded.Assembly.GetType(enumType.FullName + "Extensions")!.GetMethod("GetLabel")!;
            labels.AddRange(Enum.GetValues(enumType).Cast<object>().Select(v => (string)getLabel.Invoke(null, new[] { v })!));
        }

        return labels;
    }

    private static string Escape(string s) => string.Concat(s.Select(c => c < 0x20 || c > 0x7E ? $"\\u{(int)c:X4}" : c.ToString()));

    // ---- generated documents --------------------------------------------------------------------

    internal sealed record Member(string Name, int Value, string Code, string Label, string? Summary);

    internal sealed record Entry(string Id, string Text, string? Maybe, int KindIndex, int? Count);

    internal sealed record Doc(string Namespace, string Title, string? Publisher, Member[] Members, Entry[] Entries)
    {
        /// <summary>Two files: declarations, and entries that refer to them from the other file.</summary>
        public (string Path, string Text)[] Files()
        {
            var a = new StringBuilder("{ \"seedFormat\": 1, \"namespace\": ").Append(Json(Namespace))
                .Append(", \"sources\": [ { \"id\": \"src\", \"title\": ").Append(Json(Title));
            if (Publisher is not null)
            {
                a.Append(", \"publisher\": ").Append(Json(Publisher));
            }

            a.Append(" } ],\n \"enums\": [ { \"name\": \"Kind\", \"source\": \"src\", \"members\": [\n");
            a.Append(string.Join(",\n", Members.Select(m => $"  {{ \"name\": {Json(m.Name)}, \"value\": {m.Value.ToString(CultureInfo.InvariantCulture)}, \"code\": {Json(m.Code)}, \"label\": {Json(m.Label)}"
                + (m.Summary is null ? string.Empty : $", \"summary\": {Json(m.Summary)}") + " }")));
            a.Append(" ] } ],\n \"records\": [ { \"name\": \"Thing\", \"catalog\": \"Things\", \"key\": \"Id\", \"fields\": [\n")
                .Append("  { \"name\": \"Id\", \"type\": \"string\" }, { \"name\": \"Text\", \"type\": \"string\" }, { \"name\": \"Maybe\", \"type\": \"string?\" },\n")
                .Append("  { \"name\": \"Kind\", \"type\": \"Kind\" }, { \"name\": \"Count\", \"type\": \"int?\" } ] } ] }\n");

            var b = new StringBuilder("{ \"seedFormat\": 1, \"namespace\": ").Append(Json(Namespace)).Append(", \"entries\": { \"Thing\": [\n");
            b.Append(string.Join(",\n", Entries.Select(e => $"  {{ \"Id\": {Json(e.Id)}, \"Text\": {Json(e.Text)}, \"Maybe\": {(e.Maybe is null ? "null" : Json(e.Maybe))}, "
                + $"\"Kind\": {Json(Members[e.KindIndex % Members.Length].Code)}, \"Count\": {(e.Count is int c ? c.ToString(CultureInfo.InvariantCulture) : "null")}, \"source\": \"src\" }}")));
            b.Append(" ] } }\n");
            return new[] { ("seeds/declarations.seed.json", a.ToString()), ("seeds/entries.seed.json", b.ToString()) };
        }
    }

    /// <summary>JSON string literal: quotes, backslashes and control characters escaped; everything else raw UTF-8.</summary>
    internal static string Json(string s)
    {
        var sb = new StringBuilder("\"");
        foreach (char c in s)
        {
            sb.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                < ' ' => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return sb.Append('"').ToString();
    }

    private static readonly Gen<string> s_piece = Gen.Frequency(
        (12, Gen.Char['a', 'z'].Select(c => c.ToString())),
        (3, Gen.Char['A', 'Z'].Select(c => c.ToString())),
        (2, Gen.OneOf(" ", "0", "7", "-", "_")),
        (3, Gen.OneOf("\"", "\\", "/", "*", "*/", "/*", "///", "<", ">", "&", "&amp;", "<summary>", "{", "}", "'", "#if", "\"\"\"", "@", "$\"{x}\"")),
        (2, Gen.Char['\u0000', '\u001F'].Select(c => c.ToString())),
        (2, Gen.OneOf("\u007F", "\u0085", "\u2028", "\u2029", "\u200B", "\uFEFF", "\r\n", "\n", "\t")),
        (2, Gen.OneOf("ı", "İ", "é", "ß", "ﬃ", "Ω", "名前", "שלום", "مرحبا", "😀", "👩‍🔬")));

    private static readonly Gen<string> s_text = s_piece.Array[0, 8].Select(p => string.Concat(p));

    private static readonly Gen<string> s_nonEmptyText = s_piece.Array[1, 8].Select(p => string.Concat(p));

    private static readonly string[] s_names = { "Alpha", "Beta", "class", "namespace", "record", "var", "value", "_under", "Émile", "Ωmega", "名前", "Values", "ToCode", "GetLabel", "Item1", "x" };

    private static readonly string[] s_namespaces = { "Acme.Pipeline", "Ünï.Cödé", "Deep.A.B.C", "Ns_1", "System.Gtd", "Acme.@class" };

    private static readonly Gen<Doc> s_docs =
        from ns in Gen.OneOf(s_namespaces[0], s_namespaces[1], s_namespaces[2], s_namespaces[3], s_namespaces[4])
        from title in s_nonEmptyText
        from publisher in Gen.Frequency((3, s_text.Select(t => (string?)t)), (1, Gen.Const((string?)null)))
        from names in Gen.Shuffle(s_names, 1, 6)
        from values in Gen.Frequency((4, Gen.Const(0)), (1, Gen.Const(1)), (1, Gen.Const(2))).Array[names.Length]
        from codes in s_nonEmptyText.Where(c => UnicodeRules.FirstFormatCharacter(c) is null && UnicodeRules.ComposedIfNotNormalized(c) is null).Array[names.Length]
        from labels in s_text.Array[names.Length]
        from summaries in Gen.Frequency((3, s_text.Select(t => (string?)t)), (1, Gen.Const((string?)null))).Array[names.Length]
        from entries in Gen.Select(s_text, Gen.Frequency((2, s_text.Select(t => (string?)t)), (1, Gen.Const((string?)null))), Gen.Int[0, 100],
                Gen.Frequency((3, Gen.Int.Select(i => (int?)i)), (1, Gen.Const((int?)null))), (text, maybe, kind, count) => (text, maybe, kind, count)).Array[0, 6]
        from keys in Gen.Char['a', 'z'].Array[1, 6].Select(c => new string(c)).Array[entries.Length]
        select new Doc(
            ns,
            title,
            publisher,
            names.Select((name, i) => new Member(
                name,
                values[i] switch { 0 => i + 1, 1 => int.MaxValue - i, _ => -i - 1 },
                codes[i] + (codes.Take(i).Contains(codes[i]) ? "#" + i.ToString(CultureInfo.InvariantCulture) : string.Empty),
                labels[i],
                summaries[i])).ToArray(),
            entries.Select((e, i) => new Entry(keys[i] + "-" + i.ToString(CultureInfo.InvariantCulture), e.text, e.maybe, e.kind, e.count)).ToArray());

    // ---- mutations of the real seeds ------------------------------------------------------------

    internal sealed record Mutation(string Kind, int Position, string Hostile)
    {
        public (string Text, string? HostileLabel) Apply(string text, PCG pcg)
        {
            int at = Math.Abs(Position) % Math.Max(1, text.Length);
            switch (Kind)
            {
                case "truncate":
                    return (text.Substring(0, at), null);
                case "empty":
                    return (string.Empty, null);
                case "bom":
                    return ("\uFEFF" + text, null);
                case "deep-nesting":
                    return (text.Insert(text.IndexOf('{') + 1, "\"deep\": " + new string('[', 5000) + new string(']', 5000) + ", "), null);
                case "huge-number":
                    return (ReplaceNth(text, "\"value\": ", Position, "\"value\": 1e400, \"x\": "), null);
                case "duplicate-property":
                    return (ReplaceNth(text, "\"label\": ", Position, "\"label\": \"dup\", \"label\": "), null);
                case "lone-surrogate":
                    return (ReplaceNth(text, "\"label\": \"", Position, "\"label\": \"\\uD800"), null);
            }

            JsonNode root = JsonNode.Parse(text)!;
            List<JsonObject> objects = Objects(root).ToList();
            JsonObject target = objects[Math.Abs(Position) % objects.Count];
            switch (Kind)
            {
                case "delete-property":
                    target.Remove(target.Select(p => p.Key).ElementAt((int)(pcg.Next() % (uint)target.Count)));
                    break;
                case "wrong-type":
                    string key = target.Select(p => p.Key).ElementAt((int)(pcg.Next() % (uint)target.Count));
                    target[key] = target[key] is JsonValue v && v.TryGetValue(out string? _) ? JsonValue.Create(42) : JsonValue.Create("forty-two");
                    break;
                case "duplicate-entry":
                    JsonArray? list = Arrays(root).Where(a => a.Count > 0 && a[0] is JsonObject o && o.ContainsKey("Id")).FirstOrDefault();
                    if (list is not null)
                    {
                        list.Add(list[Math.Abs(Position) % list.Count]!.DeepClone());
                    }

                    break;
                case "hostile-label":
                    JsonObject? member = objects.Where(o => o.ContainsKey("label") && o.ContainsKey("code")).Skip(Math.Abs(Position) % 7).FirstOrDefault()
                        ?? objects.FirstOrDefault(o => o.ContainsKey("label"));
                    if (member is not null)
                    {
                        member["label"] = Hostile;
                        return (root.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }), Hostile);
                    }

                    break;
            }

            return (root.ToJsonString(), null);
        }

        private static IEnumerable<JsonObject> Objects(JsonNode? node) => node switch
        {
            JsonObject o => new[] { o }.Concat(o.SelectMany(p => Objects(p.Value))),
            JsonArray a => a.SelectMany(Objects),
            _ => Enumerable.Empty<JsonObject>(),
        };

        private static IEnumerable<JsonArray> Arrays(JsonNode? node) => node switch
        {
            JsonObject o => o.SelectMany(p => Arrays(p.Value)),
            JsonArray a => new[] { a }.Concat(a.SelectMany(Arrays)),
            _ => Enumerable.Empty<JsonArray>(),
        };

        private static string ReplaceNth(string text, string find, int n, string replacement)
        {
            var starts = new List<int>();
            for (int i = text.IndexOf(find, StringComparison.Ordinal); i >= 0; i = text.IndexOf(find, i + 1, StringComparison.Ordinal))
            {
                starts.Add(i);
            }

            if (starts.Count == 0)
            {
                return text;
            }

            int at = starts[Math.Abs(n) % starts.Count];
            return text.Substring(0, at) + replacement + text.Substring(at + find.Length);
        }
    }

    private static readonly string[] s_mutationKinds =
    {
        "truncate", "empty", "bom", "deep-nesting", "huge-number", "duplicate-property", "lone-surrogate",
        "delete-property", "wrong-type", "duplicate-entry", "hostile-label",
    };

    private static readonly Gen<Mutation> s_mutations =
        from position in Gen.Int[0, 100_000]
        from hostile in s_nonEmptyText
        select new Mutation(string.Empty, position, hostile);
}
