using BenchmarkDotNet.Running;

namespace GeneTherapy.Domain.Benchmarks;

/// <summary>
/// Runs the benchmarks: <c>dotnet run -c Release --project tests/GeneTherapy.Domain.Benchmarks -- --filter '*'</c>
/// (see docs/benchmarks.md). Each class sets its own job, so a full run stays within about 15 minutes on 2 cores.
/// </summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
