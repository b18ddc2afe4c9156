using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace GeneTherapy.Domain.Benchmarks;

/// <summary>
/// The warm-up of every class that runs the generator through Roslyn. The compiler's own code (far more than the
/// generator's) is still being recompiled by the tiered JIT for the first several hundred runs: with three warm-up
/// iterations (about 300 built-in runs with the pilot) the measured iterations of one built-in full run still fell
/// from 13.4 to 10.0 ms within the measurement. With thirty (about 1,000 runs), the warm-up iterations fell from
/// 17.6 ms to 9.6 ms over the first 250 runs and settled at 6–7 ms after about 600; the measured ones stayed within
/// 5.8–6.7 ms. That is the generator as a compiler server or an IDE runs it, warm.
/// </summary>
internal static class GeneratorJob
{
    public const int WarmupCount = 30;
}

/// <summary>
/// The generator through CSharpGeneratorDriver, as the compiler runs it: a full run (new driver, JIT warm),
/// a run after an unrelated C# edit, and a run after editing one seed file (one of up to ten entry files): an entry's
/// value (that file's entries are bound again) or an entry's key (the declarations change: every file's entries are).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: GeneratorJob.WarmupCount, iterationCount: 10)]
public class GeneratorBenchmarks
{
    private List<AdditionalText> _seeds = null!;
    private CSharpCompilation _compilation = null!;
    private CSharpCompilation[] _edited = null!;
    private AdditionalText[] _variants = null!;
    private AdditionalText[] _keyVariants = null!;
    private GeneratorDriver _driver = null!;
    private GeneratorDriver _keyDriver = null!;
    private int _turn;

    [Params(100, 1_000, 10_000)]
    public int Entries { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _seeds = SeedCorpus.Create(Entries);
        _compilation = SeedCorpus.Compilation();
        _edited = new[]
        {
            _compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class Unrelated { int A; }")),
            _compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class Unrelated { int B; }")),
        };

        // The first entry file in two versions that differ in one entry's name.
        _variants = new[] { _seeds[1], SeedCorpus.Create(Entries, "Candidate zero")[1] };
        _keyVariants = new[] { _seeds[1], SeedCorpus.Create(Entries, firstKey: "c-zero")[1] };
        _driver = SeedCorpus.Driver(_seeds).RunGenerators(_compilation);
        _keyDriver = SeedCorpus.Driver(_seeds).RunGenerators(_compilation);
        GeneratorRunResult result = _driver.GetRunResult().Results.Single();
        if (result.Exception is not null || result.Diagnostics.Length > 0 || !result.GeneratedSources.Any(s => s.HintName == "Bench.Pipeline.Candidates.g.cs"))
        {
            throw new InvalidOperationException($"unexpected run: {result.Exception} {string.Join("; ", result.Diagnostics)} {result.GeneratedSources.Length} files");
        }
    }

    [Benchmark(Description = "full run")]
    public GeneratorDriver FullRun() => SeedCorpus.Driver(_seeds).RunGenerators(_compilation);

    [Benchmark(Description = "unrelated C# edit")]
    public GeneratorDriver UnrelatedEdit() => _driver = _driver.RunGenerators(_edited[_turn++ & 1]);

    [Benchmark(Description = "one-seed edit")]
    public GeneratorDriver OneSeedEdit()
    {
        int next = ++_turn & 1;
        _driver = _driver.ReplaceAdditionalText(_variants[1 - next], _variants[next]).RunGenerators(_compilation);
        return _driver;
    }

    /// <summary>On a driver of its own, so that the rows share no state whichever way BenchmarkDotNet runs them.</summary>
    [Benchmark(Description = "one-seed key edit")]
    public GeneratorDriver OneSeedKeyEdit()
    {
        int next = ++_turn & 1;
        _keyDriver = _keyDriver.ReplaceAdditionalText(_keyVariants[1 - next], _keyVariants[next]).RunGenerators(_compilation);
        return _keyDriver;
    }
}

/// <summary>A full run over the package's built-in seeds (seven files), as <c>RunGenerators</c> and as a build runs it.</summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: GeneratorJob.WarmupCount, iterationCount: 10)]
public class BuiltInSeedBenchmarks
{
    private List<AdditionalText> _seeds = null!;
    private CSharpCompilation _compilation = null!;

    [GlobalSetup]
    public void Setup()
    {
        _seeds = SeedCorpus.BuiltIn();
        _compilation = SeedCorpus.Compilation();
    }

    [Benchmark(Description = "built-in seeds, full run")]
    public GeneratorDriver FullRun() => SeedCorpus.Driver(_seeds).RunGenerators(_compilation);

    /// <summary>What an IDE or a build pays: a new driver, and the generated trees added to the compilation.</summary>
    [Benchmark(Description = "built-in seeds, fresh driver, RunGeneratorsAndUpdateCompilation")]
    public Compilation FreshDriverUpdateCompilation() => SeedCorpus.RunAndUpdateCompilation(_seeds, _compilation);
}

/// <summary>
/// What every consumer pays on every build: compiling (emitting) the generated code, here for a catalog of
/// 0 entries (the enum, record and empty catalog) and of 1,000; the difference is the cost per 1,000 entries.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 2, iterationCount: 8)]
public class CompileBenchmarks
{
    private CSharpCompilation _compilation = null!;

    [Params(0, 1_000)]
    public int Entries { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        GeneratorDriver driver = SeedCorpus.Driver(SeedCorpus.Create(Entries)).RunGenerators(SeedCorpus.Compilation());
        ImmutableArray<GeneratedSourceResult> sources = driver.GetRunResult().Results.Single().GeneratedSources;
        _compilation = SeedCorpus.Compilation(sources.Select(s => s.SyntaxTree).ToArray());
        Console.WriteLine($"// {Entries} entries: {sources.Sum(s => s.SourceText.Lines.Count)} generated lines");
    }

    [Benchmark(Description = "compile generated code")]
    public bool Emit()
    {
        using var stream = new MemoryStream();
        return _compilation.Emit(stream).Success;
    }
}

/// <summary>
/// The full runs again, under server garbage collection: that is how the compiler runs generators in a build
/// (<c>csc</c> and <c>VBCSCompiler</c> ship with <c>"System.GC.Server": true</c> in their runtimeconfig.json, as in
/// .NET SDK 10.0.401's <c>Roslyn/bincore</c>). The other generator rows keep BenchmarkDotNet's default, workstation
/// GC. <see cref="Entries"/> 0 stands for the package's built-in seeds.
/// </summary>
[MemoryDiagnoser]
[GcServer(true)]
[SimpleJob(warmupCount: GeneratorJob.WarmupCount, iterationCount: 10)]
public class ServerGcGeneratorBenchmarks
{
    private List<AdditionalText> _seeds = null!;
    private CSharpCompilation _compilation = null!;

    [Params(0, 1_000, 10_000)]
    public int Entries { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _seeds = Entries == 0 ? SeedCorpus.BuiltIn() : SeedCorpus.Create(Entries);
        _compilation = SeedCorpus.Compilation();
        if (!System.Runtime.GCSettings.IsServerGC)
        {
            throw new InvalidOperationException("this class measures server GC; BenchmarkDotNet did not start it");
        }
    }

    [Benchmark(Description = "full run, server GC")]
    public GeneratorDriver FullRun() => SeedCorpus.Driver(_seeds).RunGenerators(_compilation);

    [Benchmark(Description = "fresh driver, RunGeneratorsAndUpdateCompilation, server GC")]
    public Compilation FreshDriverUpdateCompilation() => SeedCorpus.RunAndUpdateCompilation(_seeds, _compilation);
}
