using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using GeneTherapy.Domain.Tests.Clinic;
using GeneTherapy.Domain.Tests.TestSupport;
using Xunit;

namespace GeneTherapy.Domain.Tests.CodeTables;

#pragma warning disable CS0618 // VisitKind.Telephone is deprecated on purpose: reading retired codes is what is tested

/// <summary>The generated code tables, seen as an integration sees them: from a type, through the contract only.</summary>
public sealed class CodeTableTests
{
    [Fact]
    public void Get_ConsumerEnum_ReturnsTheGeneratedSingletonWithTheSeedsNameSummarySourceAndLongestCode()
    {
        ICodeTable<VisitKind> table = Domain.CodeTables.Get<VisitKind>();

        Assert.Same(VisitKindExtensions.CodeTable.Instance, table);
        Assert.True(Domain.CodeTables.TryGet(typeof(VisitKind), out ICodeTable? byType));
        Assert.Same(table, byType);
        Assert.Equal(typeof(VisitKind), table.EnumType);
        Assert.Equal("VisitKind", table.Name);
        Assert.Equal("How a follow-up visit takes place.", table.Summary);
        Assert.Equal("clinic-handbook", table.Source!.Id);
        Assert.Equal("home-nursing-visit".Length, table.MaxCodeLength);
        Assert.Equal(new[] { "on-site", "remote", "phone", "home-nursing-visit" }, table.Terms.Select(t => t.Code));
        Assert.Equal(new[] { VisitKind.OnSite, VisitKind.Remote, VisitKind.Telephone, VisitKind.HomeNursing }, table.Values);
        Assert.Equal(new long[] { 1, 2, 3, 10 }, ((ICodeTable)table).Terms.Select(t => t.NumericValue));
        Assert.Equal("VisitKind (4 codes)", table.ToString());
    }

    [Fact]
    public void DeprecatedCode_StillParses_AndItsTermNamesTheReplacementsCode()
    {
        ICodeTable<VisitKind> table = Domain.CodeTables.Get<VisitKind>();

        Assert.True(table.TryParseCode("phone", out VisitKind phone));
        Assert.Equal(VisitKind.Telephone, phone);
        TermInfo<VisitKind> info = table.GetInfo(phone);
        Assert.True(info.IsDeprecated);
        Assert.Equal("Merged into remote visits.", info.DeprecationReason);
        Assert.Equal(VisitKind.Remote, info.ReplacedBy);
        Assert.Equal("remote", info.ReplacementCode);

        Assert.True(((ICodeTable)table).TryGetByCode("phone", out ICodeTerm? term));
        Assert.Same(info, term);
        Assert.Equal("remote", term.ReplacementCode);
        Assert.Equal(VisitKind.Telephone, term.Value);
        Assert.Null(table.GetInfo(VisitKind.Remote).ReplacementCode);
    }

    [Fact]
    public void NonGenericLookups_ByCodeSpanAndValue_FindTheCachedTermsAndRejectEverythingElse()
    {
        ICodeTable table = Domain.CodeTables.Get(typeof(VisitKind));

        Assert.True(table.TryGetByCode("REMOTE".AsSpan(), ignoreCase: true, out ICodeTerm? remote));
        Assert.Equal("remote", remote.Code);
        Assert.Equal(new[] { "TEST:0002" }, remote.OntologyCodes);
        Assert.False(table.TryGetByCode("REMOTE".AsSpan(), ignoreCase: false, out _));
        Assert.False(table.TryGetByCode((string?)null, out _));
        Assert.True(table.TryGetByValue(10L, out ICodeTerm? home));
        Assert.Equal("Home nursing visit", home.Label);
        Assert.False(table.TryGetByValue(4L, out _));
        Assert.False(table.TryGetByValue(long.MaxValue, out _));
        Assert.True(table.TryGetByValue((Enum)VisitKind.OnSite, out ICodeTerm? onSite));
        Assert.Equal("The patient comes to the clinic.", onSite.Summary);
        Assert.False(table.TryGetByValue((Enum)VectorPlatform.AdenoAssociatedVirus, out _));
        Assert.False(table.TryGetByValue((Enum?)null, out _));
    }

    [Fact]
    public void UndefinedValue_ToCodeThrowsNamingTheEnum_TryGetInfoReturnsFalse()
    {
        ICodeTable<VisitKind> table = Domain.CodeTables.Get<VisitKind>();

        ArgumentOutOfRangeException error = Assert.Throws<ArgumentOutOfRangeException>(() => table.ToCode((VisitKind)99));
        Assert.StartsWith("Not a defined VisitKind value.", error.Message, StringComparison.Ordinal);
        Assert.Equal((VisitKind)99, error.ActualValue);
        Assert.False(table.TryGetInfo((VisitKind)99, out TermInfo<VisitKind>? info));
        Assert.Null(info);
    }

    [Fact]
    public void TypesWithoutATable_AreNotFound_AndGetSaysWhy()
    {
        Assert.False(Domain.CodeTables.TryGet(typeof(int), out _));
        Assert.False(Domain.CodeTables.TryGet(typeof(DayOfWeek), out _));
        Assert.False(Domain.CodeTables.TryGet(typeof(VisitKind?), out _));
        Assert.False(Domain.CodeTables.TryGet(out ICodeTable<DayOfWeek>? none));
        Assert.Null(none);
        InvalidOperationException error = Assert.Throws<InvalidOperationException>(() => Domain.CodeTables.Get<DayOfWeek>());
        Assert.Equal("'System.DayOfWeek' has no code table: it is not an enum generated from a GeneTherapy.Domain seed.", error.Message);
    }

    [Fact]
    public void EveryBuiltInEnum_HasATableWhoseCodesAndLongestCodeAreTheSeeds()
    {
        List<JsonElement> enums = SeedFiles.Enums.ToList();
        Assert.Equal(23, enums.Count);
        foreach (JsonElement seed in enums)
        {
            string name = seed.GetProperty("name").GetString()!;
            Type type = typeof(Source).Assembly.GetType("GeneTherapy.Domain." + name, throwOnError: true)!;
            Assert.True(Domain.CodeTables.TryGet(type, out ICodeTable? table), name);
            List<string> codes = seed.GetProperty("members").EnumerateArray()
                .OrderBy(m => m.GetProperty("value").GetInt32())
                .Select(m => m.GetProperty("code").GetString()!).ToList();
            Assert.Equal(codes, table.Terms.Select(t => t.Code));
            Assert.Equal(codes.Max(c => c.Length), table.MaxCodeLength);
            Assert.Equal(name, table.Name);
        }

        Assert.Equal("aav", Domain.CodeTables.Get<VectorPlatform>().ToCode(VectorPlatform.AdenoAssociatedVirus));
    }

    [Fact]
    public void All_ListsBuiltInAndConsumerTablesByFullName()
    {
        Domain.CodeTables.Get<VisitKind>();
        List<string> names = Domain.CodeTables.All.Select(t => t.EnumType.FullName!).ToList();

        Assert.Contains("GeneTherapy.Domain.VectorPlatform", names);
        Assert.Contains("GeneTherapy.Domain.Tests.Clinic.VisitKind", names);
        Assert.Equal(names.OrderBy(n => n, StringComparer.Ordinal), names);
        Assert.Equal(25, names.Count);   // 23 built-in, VisitKind and TissueSample (ontology.seed.json)
    }

    [Fact]
    public void Accept_ContinuesWithTheEnumAsATypeArgument()
    {
        ICodeTable table = Domain.CodeTables.Get(typeof(VisitKind));

        Assert.Equal("VisitKind:4:home-nursing-visit", table.Accept(new Describe()));
    }

    [Fact]
    public void Lookups_AllocateNothing()
    {
        ICodeTable table = Domain.CodeTables.Get(typeof(VisitKind));
        ICodeTable<VisitKind> typed = Domain.CodeTables.Get<VisitKind>();
        int found = 0;
        Count(table, typed, ref found); // warm up: JIT and the generic cache
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 1000; i++)
        {
            Count(table, typed, ref found);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.Equal(1001 * 4, found);
    }

    private static void Count(ICodeTable table, ICodeTable<VisitKind> typed, ref int found)
    {
        found += table.TryGetByCode("remote", out _) ? 1 : 0;
        found += table.TryGetByValue(10L, out _) ? 1 : 0;
        found += typed.TryParseCode("on-site".AsSpan(), out _) ? 1 : 0;
        found += typed.ToCode(VisitKind.HomeNursing).Length == 18 ? 1 : 0;
    }

    private sealed class Describe : ICodeTableVisitor<string>
    {
        public string Visit<TEnum>(ICodeTable<TEnum> table)
            where TEnum : struct, Enum
            => typeof(TEnum).Name + ":" + table.Values.Count + ":" + table.ToCode(table.Values[table.Values.Count - 1]);
    }
}
