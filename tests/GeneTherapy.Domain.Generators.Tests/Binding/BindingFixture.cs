using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using GeneTherapy.Domain.Generators.Binding;
using GeneTherapy.Domain.Generators.Model;
using GeneTherapy.Domain.Generators.Parsing;
using Xunit;

namespace GeneTherapy.Domain.Generators.Tests.Binding;

/// <summary>Real parsed documents and the real phases before the one under test, for the binding unit tests.</summary>
internal sealed class BindingFixture
{
    private BindingFixture(List<SeedDocument> documents, bool someFileUnreadable)
    {
        Documents = documents;
        Context = new BindingContext(someFileUnreadable, CancellationToken.None);
    }

    public List<SeedDocument> Documents { get; }

    public BindingContext Context { get; }

    public SymbolTable Symbols { get; private set; } = new();

    public SeedDocument this[string path] => Documents.Single(d => d.Path == path);

    /// <summary>Parses each file (which must parse without diagnostics) and declares its sources and types.</summary>
    public static BindingFixture Declared(params (string Path, string Json)[] files) => Declared(someFileUnreadable: false, files);

    public static BindingFixture Declared(bool someFileUnreadable, params (string Path, string Json)[] files)
    {
        var documents = files.Select(f => Parse(f.Path, f.Json)).OrderBy(d => d.Path, StringComparer.Ordinal).ToList();
        var fixture = new BindingFixture(documents, someFileUnreadable);
        var fullNames = new FullNameRegistry(fixture.Context);
        SourceDeclarations.Declare(fixture.Context, fixture.Symbols, fullNames, documents);
        TypeDeclarations.Declare(fixture.Context, fixture.Symbols, fullNames, documents);
        return fixture;
    }

    public static SeedDocument Parse(string path, string json)
    {
        ParseResult result = SeedParser.ParseDocument(path, json, SeedKind.Own, CancellationToken.None);
        Assert.Empty(result.Diagnostics);
        return result.Document!;
    }

    public SourceResolver Sources => new(Context, Symbols);

    public TypeResolver Types => new(Context, Symbols, Sources);

    public EnumShape EnumShape(string name) => Types.ResolveEnum((EnumDecl)Symbols.TypesByName[name]);

    public RecordShape RecordShape(string name) => Types.ResolveRecord((RecordDecl)Symbols.TypesByName[name]);

    public (TermLookup Terms, DeprecationBinder Deprecations, ValueBinder Values) Binders()
    {
        Dictionary<RecordDecl, EntryIndex> catalogs = new EntryCollector(Context, Symbols).Collect(Documents);
        var terms = new TermLookup(Context, Symbols, catalogs);
        var deprecations = new DeprecationBinder(Context, terms);
        return (terms, deprecations, new ValueBinder(Context, Symbols, terms, deprecations));
    }

    /// <summary>Each diagnostic as "id path(line,column): args", one-based, in the context's sorted order.</summary>
    public string[] Diagnostics() => Context.SortedDiagnostics()
        .Select(d => $"{d.Id} {d.Location.Path}({d.Location.StartLine + 1},{d.Location.StartColumn + 1}): {string.Join(" | ", d.Args)}")
        .ToArray();

    /// <summary>The one-based column at which the <paramref name="occurrence"/>th <paramref name="token"/> starts in a one-line seed.</summary>
    public static int Column(string seed, string token, int occurrence = 1)
    {
        int at = -1;
        for (int i = 0; i < occurrence; i++)
        {
            at = seed.IndexOf(token, at + 1, StringComparison.Ordinal);
            Assert.True(at >= 0, $"'{token}' #{occurrence} is not in the seed");
        }

        return at + 1;
    }

    /// <summary>"(1,column)" of a token in a one-line seed, as <see cref="Diagnostics"/> writes positions.</summary>
    public static string At(string seed, string token, int occurrence = 1) => $"(1,{Column(seed, token, occurrence)})";

    /// <summary>A one-line document with the given namespace and JSON properties.</summary>
    public static string Seed(string ns, string body) => "{ \"seedFormat\": 1, \"namespace\": \"" + ns + "\"" + (body.Length == 0 ? string.Empty : ", " + body) + " }";
}
