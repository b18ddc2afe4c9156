using System;
using System.Globalization;
using System.IO;
using System.Linq;
using Xunit;

namespace GeneTherapy.Domain.PackageTests;

/// <summary>
/// Packs GeneTherapy.Domain once, with a version no earlier run used (so no stale copy in the NuGet cache can
/// answer), pushes it with <c>dotnet nuget push</c> to a folder feed, and writes the nuget.config that points
/// consumer projects at that feed, exactly as the README's "Use it in your project" describes.
/// </summary>
public sealed class PackageFixture : IDisposable
{
    public PackageFixture()
    {
        RepoRoot = FindRepoRoot();
        WorkDirectory = Path.Combine(Path.GetTempPath(), "gtd-package-tests-" + Guid.NewGuid().ToString("N").Substring(0, 8));
        Directory.CreateDirectory(WorkDirectory);
        Version = "0.1.0-test." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);

        string packOutput = Path.Combine(WorkDirectory, "pack");
        PackResult = DotNet.Run(RepoRoot,
            $"pack src/GeneTherapy.Domain -c Release -o \"{packOutput}\" -p:Version={Version} --disable-build-servers",
            TimeSpan.FromMinutes(10));
        Assert.True(PackResult.ExitCode == 0, "dotnet pack failed: " + PackResult);

        PackagePath = Path.Combine(packOutput, $"GeneTherapy.Domain.{Version}.nupkg");
        SymbolsPath = Path.Combine(packOutput, $"GeneTherapy.Domain.{Version}.snupkg");

        // The EF Core integration, same version: its dependency on GeneTherapy.Domain names this version.
        DotNet.Result packEfCore = DotNet.Run(RepoRoot,
            $"pack src/GeneTherapy.Domain.EntityFrameworkCore -c Release -o \"{packOutput}\" -p:Version={Version} --disable-build-servers",
            TimeSpan.FromMinutes(10));
        Assert.True(packEfCore.ExitCode == 0, "dotnet pack of the EF Core package failed: " + packEfCore);
        EfCorePackagePath = Path.Combine(packOutput, $"GeneTherapy.Domain.EntityFrameworkCore.{Version}.nupkg");

        FeedDirectory = Path.Combine(WorkDirectory, "feed");
        Directory.CreateDirectory(FeedDirectory);
        foreach (string package in new[] { PackagePath, EfCorePackagePath })
        {
            DotNet.Result push = DotNet.Run(WorkDirectory, $"nuget push \"{package}\" --source \"{FeedDirectory}\"", TimeSpan.FromMinutes(2));
            Assert.True(push.ExitCode == 0, "dotnet nuget push failed: " + push);
        }

        // Added to the sources the machine already has (nuget.org or its mirror), which serve the other packages.
        File.WriteAllText(Path.Combine(WorkDirectory, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="local" value="{FeedDirectory}" />
              </packageSources>
            </configuration>
            """);
    }

    public string RepoRoot { get; }

    public string WorkDirectory { get; }

    public string Version { get; }

    public string PackagePath { get; }

    public string SymbolsPath { get; }

    /// <summary>GeneTherapy.Domain.EntityFrameworkCore, packed with the same version.</summary>
    public string EfCorePackagePath { get; }

    public string FeedDirectory { get; }

    public DotNet.Result PackResult { get; }

    /// <summary>Copies a consumer template out of the repository (so its Directory.*.props do not apply) into a fresh folder.</summary>
    public string NewConsumer(string template)
    {
        string target = Path.Combine(WorkDirectory, template + "-" + Guid.NewGuid().ToString("N").Substring(0, 6));
        DotNet.CopyDirectory(Path.Combine(RepoRoot, "tests", "GeneTherapy.Domain.PackageTests", "Consumers", template), target);
        return target;
    }

    /// <summary>Common arguments: the version under test, no build servers left running after the test.</summary>
    public string Properties => $"-p:GeneTherapyDomainVersion={Version} --disable-build-servers";

    public void Dispose()
    {
        try
        {
            Directory.Delete(WorkDirectory, recursive: true);
            string cached = Path.Combine(
                Environment.GetEnvironmentVariable("NUGET_PACKAGES") ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages"),
                "genetherapy.domain", Version.ToLowerInvariant());
            if (Directory.Exists(cached))
            {
                Directory.Delete(cached, recursive: true);
            }

            string cachedEfCore = cached.Replace("genetherapy.domain", "genetherapy.domain.entityframeworkcore", StringComparison.Ordinal);
            if (Directory.Exists(cachedEfCore))
            {
                Directory.Delete(cachedEfCore, recursive: true);
            }
        }
        catch (IOException)
        {
            // Leaving a temporary folder behind must not fail the run.
        }
    }

    private static string FindRepoRoot()
    {
        string? directory = AppContext.BaseDirectory;
        while (directory is not null && !File.Exists(Path.Combine(directory, "GeneTherapy.Domain.sln")))
        {
            directory = Path.GetDirectoryName(directory);
        }

        return directory ?? throw new InvalidOperationException("GeneTherapy.Domain.sln not found above " + AppContext.BaseDirectory);
    }
}
