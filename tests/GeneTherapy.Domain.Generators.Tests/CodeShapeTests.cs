using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace GeneTherapy.Domain.Generators.Tests;

/// <summary>
/// The size rules of the house style, measured on the generator's own source: no file over
/// <see cref="MaxFileLines"/> lines, no method, constructor, accessor or local function over
/// <see cref="MaxMethodLines"/> lines (from its first token to its closing brace, doc comments excluded).
/// </summary>
public class CodeShapeTests
{
    private readonly Xunit.Abstractions.ITestOutputHelper _output;

    public CodeShapeTests(Xunit.Abstractions.ITestOutputHelper output) => _output = output;

    public const int MaxFileLines = 400;
    public const int MaxMethodLines = 50;

    [Fact]
    public void GeneratorSources_EveryFile_IsAtMostFourHundredLines()
    {
        string[] tooLong = GeneratorFiles()
            .Select(f => (f.Path, Lines: f.Lines))
            .Where(f => f.Lines > MaxFileLines)
            .Select(f => $"{f.Path}: {f.Lines} lines")
            .ToArray();

        Assert.True(tooLong.Length == 0, string.Join("\n", tooLong));
    }

    [Fact]
    public void GeneratorSources_EveryMethod_IsAtMostFiftyLines()
    {
        string[] tooLong = GeneratorFiles()
            .SelectMany(f => Methods(f.Path, f.Text))
            .Where(m => m.Lines > MaxMethodLines)
            .Select(m => $"{m.Path}: {m.Name} {m.Lines} lines")
            .ToArray();

        Assert.True(tooLong.Length == 0, string.Join("\n", tooLong));
    }

    [Fact]
    public void Methods_MeasuresFromFirstTokenToClosingBrace()
    {
        const string Source = """
            class C
            {
                /// <summary>Not counted.</summary>
                void M()
                {
                    int x = 1;
                    int Local() => x;
                }
            }
            """;

        Assert.Equal(new[] { "C.M 5", "C.M.Local 1" }, Methods("c.cs", Source).Select(m => $"{m.Name} {m.Lines}"));
    }

    /// <summary>Prints the table (run with <c>--logger "console;verbosity=detailed"</c>); asserts it covers the generator.</summary>
    [Fact]
    public void GeneratorSources_Table_ListsEveryFile()
    {
        string table = Table();
        _output.WriteLine(table);

        Assert.Equal(GeneratorFiles().Count(), table.Split('\n').Length);
        Assert.Contains("generators/GeneTherapy.Domain.Generators/SeedGenerator.cs", table, StringComparison.Ordinal);
    }

    /// <summary>The table the issue asks for: each file's lines and its longest method (run with the measure filter).</summary>
    public static string Table() => string.Join("\n", GeneratorFiles()
        .OrderByDescending(f => f.Lines)
        .Select(f =>
        {
            var longest = Methods(f.Path, f.Text).OrderByDescending(m => m.Lines).FirstOrDefault();
            return $"| {f.Path} | {f.Lines} | {(longest.Name is null ? "-" : $"{longest.Name} ({longest.Lines})")} |";
        }));

    private static IEnumerable<(string Path, string Text, int Lines)> GeneratorFiles()
    {
        string root = Path.Combine(GeneratorHarness.RepoRoot, "generators");
        return Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(p => !p.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                && !p.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p =>
            {
                string text = File.ReadAllText(p);
                return (Path.GetRelativePath(GeneratorHarness.RepoRoot, p).Replace('\\', '/'), text, CountLines(text));
            });
    }

    private static int CountLines(string text) => text.Length == 0 ? 0 : text.TrimEnd('\n').Split('\n').Length;

    private static IEnumerable<(string Path, string Name, int Lines)> Methods(string path, string text)
    {
        SyntaxNode root = CSharpSyntaxTree.ParseText(text).GetRoot();
        foreach (SyntaxNode node in root.DescendantNodes())
        {
            string? name = node switch
            {
                MethodDeclarationSyntax m => m.Identifier.Text,
                ConstructorDeclarationSyntax c => c.Identifier.Text + ".ctor",
                AccessorDeclarationSyntax a => a.Keyword.Text,
                LocalFunctionStatementSyntax l => l.Identifier.Text,
                OperatorDeclarationSyntax o => "operator " + o.OperatorToken.Text,
                _ => null,
            };
            if (name is null)
            {
                continue;
            }

            FileLinePositionSpan span = node.SyntaxTree.GetLineSpan(node.Span);
            string owner = string.Join(".", node.Ancestors()
                .Select(a => a switch
                {
                    BaseTypeDeclarationSyntax t => t.Identifier.Text,
                    MethodDeclarationSyntax m => m.Identifier.Text,
                    LocalFunctionStatementSyntax l => l.Identifier.Text,
                    PropertyDeclarationSyntax p => p.Identifier.Text,
                    _ => null,
                })
                .Where(n => n is not null)
                .Reverse());
            yield return (path, owner.Length == 0 ? name : owner + "." + name, span.EndLinePosition.Line - span.StartLinePosition.Line + 1);
        }
    }
}
