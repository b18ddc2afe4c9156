using System;
using System.Buffers;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace GeneTherapy.Domain.Benchmarks;

/// <summary>Common inputs: every member of <see cref="VectorPlatform"/>, its codes, its C# names, upper-cased codes.</summary>
public abstract class VectorPlatformInputs
{
    protected const int Count = 9;
    protected static readonly VectorPlatform[] Values = VectorPlatformExtensions.Values.ToArray();
    protected static readonly string[] Codes = Values.Select(v => v.ToCode()).ToArray();
    /// <summary>The codes as new strings, as when they are read from a file, a request or a database: not the literals a dictionary holds.</summary>
    protected static readonly string[] CodeCopies = Codes.Select(c => new string(c.AsSpan())).ToArray();
    protected static readonly string[] UpperCodes = Codes.Select(c => c.ToUpperInvariant()).ToArray();
    protected static readonly string[] Names = Values.Select(v => v.ToString()).ToArray();
    protected static readonly string[] UpperNames = Names.Select(n => n.ToUpperInvariant()).ToArray();
    protected static readonly FrozenDictionary<string, VectorPlatform> ByCode = Values.ToFrozenDictionary(v => v.ToCode(), StringComparer.Ordinal);
    protected static readonly FrozenDictionary<string, VectorPlatform> ByCodeIgnoreCase = Values.ToFrozenDictionary(v => v.ToCode(), StringComparer.OrdinalIgnoreCase);
    protected static readonly SmartPlatform[] Smart = SmartPlatform.List.OrderBy(s => s.Value).ToArray();
}

/// <summary>Value to code and label: each call is made for all nine members.</summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
// Three processes: where the JIT places the two identical switches moves the ratio by up to ±40% from one process to
// the next (docs/benchmarks.md), so one process cannot judge a 1.1x target.
[SimpleJob(launchCount: 3, warmupCount: 5, iterationCount: 15)]
public class ToCodeBenchmarks : VectorPlatformInputs
{
    [BenchmarkCategory("ToCode"), Benchmark(Baseline = true, OperationsPerInvoke = Count, Description = "hand-written switch")]
    public int ToCode_HandWritten() { int n = 0; foreach (VectorPlatform v in Values) { n += HandWritten.ToCode(v).Length; } return n; }

    [BenchmarkCategory("ToCode"), Benchmark(OperationsPerInvoke = Count, Description = "generated ToCode()")]
    public int ToCode_Generated() { int n = 0; foreach (VectorPlatform v in Values) { n += v.ToCode().Length; } return n; }

    [BenchmarkCategory("ToCode"), Benchmark(OperationsPerInvoke = Count, Description = "Enum.ToString()")]
    public int ToCode_EnumToString() { int n = 0; foreach (VectorPlatform v in Values) { n += v.ToString().Length; } return n; }

    [BenchmarkCategory("ToCode"), Benchmark(OperationsPerInvoke = Count, Description = "SmartEnum .Name")]
    public int ToCode_SmartEnum() { int n = 0; foreach (SmartPlatform v in Smart) { n += v.Name.Length; } return n; }

    [BenchmarkCategory("GetLabel"), Benchmark(Baseline = true, OperationsPerInvoke = Count, Description = "hand-written switch")]
    public int GetLabel_HandWritten() { int n = 0; foreach (VectorPlatform v in Values) { n += HandWritten.GetLabel(v).Length; } return n; }

    [BenchmarkCategory("GetLabel"), Benchmark(OperationsPerInvoke = Count, Description = "generated GetLabel()")]
    public int GetLabel_Generated() { int n = 0; foreach (VectorPlatform v in Values) { n += v.GetLabel().Length; } return n; }

    [BenchmarkCategory("GetLabel"), Benchmark(OperationsPerInvoke = Count, Description = "Enum.ToString()")]
    public int GetLabel_EnumToString() { int n = 0; foreach (VectorPlatform v in Values) { n += v.ToString().Length; } return n; }
}

/// <summary>Code to value, for all nine codes: ordinal, ignoring case, and from a span.</summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
[SimpleJob(warmupCount: 5, iterationCount: 15)]
public class ParseBenchmarks : VectorPlatformInputs
{
    private static readonly FrozenDictionary<string, VectorPlatform>.AlternateLookup<ReadOnlySpan<char>> s_spanLookup = ByCode.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenDictionary<string, VectorPlatform>.AlternateLookup<ReadOnlySpan<char>> s_spanLookupIgnoreCase = ByCodeIgnoreCase.GetAlternateLookup<ReadOnlySpan<char>>();

    // Codes inside one longer string, as when they are sliced out of a line of text: spans, no substrings.
    private static readonly string s_line = string.Join(",", Codes);
    private static readonly (int Start, int Length)[] s_ranges = Ranges(s_line);

    [BenchmarkCategory("string, ordinal"), Benchmark(Baseline = true, OperationsPerInvoke = Count, Description = "hand-written switch")]
    public int String_HandWritten() { int n = 0; foreach (string c in Codes) { if (HandWritten.TryParseCode(c, out VectorPlatform v)) { n += (int)v; } } return n; }

    [BenchmarkCategory("string, ordinal"), Benchmark(OperationsPerInvoke = Count, Description = "generated TryParseCode")]
    public int String_Generated() { int n = 0; foreach (string c in Codes) { if (VectorPlatformExtensions.TryParseCode(c, out VectorPlatform v)) { n += (int)v; } } return n; }

    [BenchmarkCategory("string, ordinal"), Benchmark(OperationsPerInvoke = Count, Description = "FrozenDictionary")]
    public int String_Frozen() { int n = 0; foreach (string c in Codes) { if (ByCode.TryGetValue(c, out VectorPlatform v)) { n += (int)v; } } return n; }

    [BenchmarkCategory("string, ordinal"), Benchmark(OperationsPerInvoke = Count, Description = "Enum.TryParse (C# names)")]
    public int String_EnumTryParse() { int n = 0; foreach (string c in Names) { if (Enum.TryParse(c, out VectorPlatform v)) { n += (int)v; } } return n; }

    [BenchmarkCategory("string, ordinal"), Benchmark(OperationsPerInvoke = Count, Description = "SmartEnum TryFromName")]
    public int String_SmartEnum() { int n = 0; foreach (string c in Codes) { if (SmartPlatform.TryFromName(c, out SmartPlatform? v)) { n += v.Value; } } return n; }

    // FrozenDictionary's string.Equals returns early when the key is the very instance it holds (the rows above);
    // these rows pass copies, so every lookup compares characters.
    [BenchmarkCategory("string, ordinal, copies"), Benchmark(Baseline = true, OperationsPerInvoke = Count, Description = "FrozenDictionary (copied codes)")]
    public int Copies_Frozen() { int n = 0; foreach (string c in CodeCopies) { if (ByCode.TryGetValue(c, out VectorPlatform v)) { n += (int)v; } } return n; }

    [BenchmarkCategory("string, ordinal, copies"), Benchmark(OperationsPerInvoke = Count, Description = "generated TryParseCode (copied codes)")]
    public int Copies_Generated() { int n = 0; foreach (string c in CodeCopies) { if (VectorPlatformExtensions.TryParseCode(c, out VectorPlatform v)) { n += (int)v; } } return n; }

    [BenchmarkCategory("string, ignore case"), Benchmark(Baseline = true, OperationsPerInvoke = Count, Description = "FrozenDictionary (OrdinalIgnoreCase)")]
    public int IgnoreCase_Frozen() { int n = 0; foreach (string c in UpperCodes) { if (ByCodeIgnoreCase.TryGetValue(c, out VectorPlatform v)) { n += (int)v; } } return n; }

    [BenchmarkCategory("string, ignore case"), Benchmark(OperationsPerInvoke = Count, Description = "generated TryParseCode(ignoreCase)")]
    public int IgnoreCase_Generated() { int n = 0; foreach (string c in UpperCodes) { if (VectorPlatformExtensions.TryParseCode(c, ignoreCase: true, out VectorPlatform v)) { n += (int)v; } } return n; }

    [BenchmarkCategory("string, ignore case"), Benchmark(OperationsPerInvoke = Count, Description = "Enum.TryParse(ignoreCase) (C# names)")]
    public int IgnoreCase_EnumTryParse() { int n = 0; foreach (string c in UpperNames) { if (Enum.TryParse(c, ignoreCase: true, out VectorPlatform v)) { n += (int)v; } } return n; }

    [BenchmarkCategory("string, ignore case"), Benchmark(OperationsPerInvoke = Count, Description = "SmartEnum TryFromName(ignoreCase)")]
    public int IgnoreCase_SmartEnum() { int n = 0; foreach (string c in UpperCodes) { if (SmartPlatform.TryFromName(c, ignoreCase: true, out SmartPlatform? v)) { n += v.Value; } } return n; }

    [BenchmarkCategory("span, ordinal"), Benchmark(Baseline = true, OperationsPerInvoke = Count, Description = "FrozenDictionary alternate lookup")]
    public int Span_Frozen() { int n = 0; foreach ((int s, int l) in s_ranges) { if (s_spanLookup.TryGetValue(s_line.AsSpan(s, l), out VectorPlatform v)) { n += (int)v; } } return n; }

    [BenchmarkCategory("span, ordinal"), Benchmark(OperationsPerInvoke = Count, Description = "generated TryParseCode(span)")]
    public int Span_Generated() { int n = 0; foreach ((int s, int l) in s_ranges) { if (VectorPlatformExtensions.TryParseCode(s_line.AsSpan(s, l), out VectorPlatform v)) { n += (int)v; } } return n; }

    [BenchmarkCategory("span, ignore case"), Benchmark(Baseline = true, OperationsPerInvoke = Count, Description = "FrozenDictionary alternate lookup (OrdinalIgnoreCase)")]
    public int SpanIgnoreCase_Frozen() { int n = 0; foreach ((int s, int l) in s_ranges) { if (s_spanLookupIgnoreCase.TryGetValue(s_line.AsSpan(s, l), out VectorPlatform v)) { n += (int)v; } } return n; }

    [BenchmarkCategory("span, ignore case"), Benchmark(OperationsPerInvoke = Count, Description = "generated TryParseCode(span, ignoreCase)")]
    public int SpanIgnoreCase_Generated() { int n = 0; foreach ((int s, int l) in s_ranges) { if (VectorPlatformExtensions.TryParseCode(s_line.AsSpan(s, l), ignoreCase: true, out VectorPlatform v)) { n += (int)v; } } return n; }

    private static (int, int)[] Ranges(string line)
    {
        var ranges = new List<(int, int)>();
        int start = 0;
        foreach (string code in line.Split(','))
        {
            ranges.Add((start, code.Length));
            start += code.Length + 1;
        }

        return ranges.ToArray();
    }
}

/// <summary>Catalog lookup by key, for every product key (52), against a Dictionary and a FrozenDictionary.</summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 5, iterationCount: 15)]
public class CatalogBenchmarks
{
    private static readonly string[] s_keys = Products.All.Select(p => new string(p.Id.ToCharArray())).ToArray();
    private static readonly Dictionary<string, Product> s_dictionary = Products.All.ToDictionary(p => p.Id, StringComparer.Ordinal);
    private static readonly FrozenDictionary<string, Product> s_frozen = Products.All.ToFrozenDictionary(p => p.Id, StringComparer.Ordinal);

    [Benchmark(Baseline = true, OperationsPerInvoke = 52, Description = "Dictionary<string, Product>")]
    public int Dictionary() { int n = 0; foreach (string k in s_keys) { if (s_dictionary.TryGetValue(k, out Product? p)) { n += p.Brand.Length; } } return n; }

    [Benchmark(OperationsPerInvoke = 52, Description = "FrozenDictionary<string, Product>")]
    public int Frozen() { int n = 0; foreach (string k in s_keys) { if (s_frozen.TryGetValue(k, out Product? p)) { n += p.Brand.Length; } } return n; }

    [Benchmark(OperationsPerInvoke = 52, Description = "generated Products.TryGet")]
    public int Generated() { int n = 0; foreach (string k in s_keys) { if (Products.TryGet(k, out Product? p)) { n += p.Brand.Length; } } return n; }
}

/// <summary>
/// Writing and reading all nine codes through a converter, into a reused buffer: the generated converter
/// (writes and reads the wire codes) against JsonStringEnumConverter&lt;T&gt; (writes and reads the C# names).
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
[SimpleJob(warmupCount: 5, iterationCount: 15)]
public class JsonBenchmarks : VectorPlatformInputs
{
    private static readonly JsonSerializerOptions s_options = new();
    private static readonly JsonConverter<VectorPlatform> s_generated = new VectorPlatformJsonConverter();
    private static readonly JsonConverter<VectorPlatform> s_bcl = (JsonConverter<VectorPlatform>)
        new JsonSerializerOptions { Converters = { new JsonStringEnumConverter<VectorPlatform>() } }.GetConverter(typeof(VectorPlatform));

    private readonly ArrayBufferWriter<byte> _buffer = new(1024);
    private readonly Utf8JsonWriter _writer;
    private readonly byte[] _codesJson = Encoding.UTF8.GetBytes("[" + string.Join(",", Codes.Select(c => "\"" + c + "\"")) + "]");
    private readonly byte[] _namesJson = Encoding.UTF8.GetBytes("[" + string.Join(",", Names.Select(c => "\"" + c + "\"")) + "]");

    public JsonBenchmarks() => _writer = new Utf8JsonWriter(_buffer);

    [GlobalSetup]
    public void Check()
    {
        if (Write(s_bcl) == Write(s_generated) || Read(s_bcl, _namesJson) != Read(s_generated, _codesJson))
        {
            throw new InvalidOperationException("the two converters should write different text and read the same values");
        }
    }

    [BenchmarkCategory("write"), Benchmark(Baseline = true, OperationsPerInvoke = Count, Description = "JsonStringEnumConverter<T>")]
    public int Write_Bcl() => Write(s_bcl);

    [BenchmarkCategory("write"), Benchmark(OperationsPerInvoke = Count, Description = "generated converter")]
    public int Write_Generated() => Write(s_generated);

    [BenchmarkCategory("read"), Benchmark(Baseline = true, OperationsPerInvoke = Count, Description = "JsonStringEnumConverter<T>")]
    public int Read_Bcl() => Read(s_bcl, _namesJson);

    [BenchmarkCategory("read"), Benchmark(OperationsPerInvoke = Count, Description = "generated converter")]
    public int Read_Generated() => Read(s_generated, _codesJson);

    private int Write(JsonConverter<VectorPlatform> converter)
    {
        _buffer.ResetWrittenCount();
        _writer.Reset();
        _writer.WriteStartArray();
        foreach (VectorPlatform v in Values)
        {
            converter.Write(_writer, v, s_options);
        }

        _writer.WriteEndArray();
        _writer.Flush();
        return _buffer.WrittenCount;
    }

    private static int Read(JsonConverter<VectorPlatform> converter, byte[] json)
    {
        var reader = new Utf8JsonReader(json);
        reader.Read();
        int n = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.String)
        {
            n += (int)converter.Read(ref reader, typeof(VectorPlatform), s_options);
        }

        return n;
    }
}
