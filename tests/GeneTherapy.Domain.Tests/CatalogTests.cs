using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using GeneTherapy.Domain.Tests.TestSupport;
using Xunit;

namespace GeneTherapy.Domain.Tests;

/// <summary>
/// Every generated catalog against the seed entries it comes from, field by field, plus the behaviour every
/// catalog record shares (lookup, value equality over lists, read-only lists).
/// </summary>
public sealed class CatalogTests
{
    public static TheoryData<string> RecordNames()
    {
        var data = new TheoryData<string>();
        foreach (JsonElement record in SeedFiles.Records.Where(r => r.TryGetProperty("catalog", out _)))
        {
            data.Add(record.GetProperty("name").GetString()!);
        }

        return data;
    }

    [Fact]
    public void Seeds_DeclareTheSixCatalogsOfTheBuiltInModel()
    {
        Assert.Equal(
            new[] { "ActiveSubstances", "AuthorisationEvents", "MarketingAuthorisations", "Products", "RegulatoryInstruments", "RegulatoryRequirements" },
            SeedFiles.Records.Select(r => r.GetProperty("catalog").GetString()).OrderBy(n => n, StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(RecordNames))]
    public void Catalog_All_MatchesSeedEntriesFieldByField(string recordName)
    {
        JsonElement record = SeedFiles.Record(recordName);
        IReadOnlyList<JsonElement> seeds = SeedFiles.Entries(recordName);
        IList all = Catalog.All(recordName);
        Assert.Equal(seeds.Count, all.Count);
        Assert.NotEmpty(seeds);

        for (int i = 0; i < seeds.Count; i++)
        {
            object entry = all[i]!;
            foreach (JsonElement field in record.GetProperty("fields").EnumerateArray())
            {
                string name = field.GetProperty("name").GetString()!;
                string type = field.GetProperty("type").GetString()!;
                object? actual = entry.GetType().GetProperty(name)!.GetValue(entry);
                AssertSeedValue(SeedFiles.PropertyOrNull(seeds[i], name), type, actual, $"{recordName}[{i}].{name}");
            }

            var source = (Source?)entry.GetType().GetProperty("Source")!.GetValue(entry);
            Assert.Equal(SeedFiles.StringOrNull(seeds[i], "source"), source?.Id);
        }
    }

    [Theory]
    [MemberData(nameof(RecordNames))]
    public void Catalog_TryGet_FindsEveryKeyAndRejectsOthers(string recordName)
    {
        IList all = Catalog.All(recordName);
        string keyName = SeedFiles.Record(recordName).GetProperty("key").GetString()!;
        foreach (object entry in all)
        {
            string key = (string)entry.GetType().GetProperty(keyName)!.GetValue(entry)!;
            Assert.True(Catalog.TryGet(recordName, new string(key.ToCharArray()), out object? found));
            Assert.Same(entry, found);
            Assert.False(Catalog.TryGet(recordName, key.ToUpperInvariant() + " ", out object? none));
            Assert.Null(none);
        }

        Assert.False(Catalog.TryGet(recordName, null, out _));
        Assert.False(Catalog.TryGet(recordName, string.Empty, out _));
    }

    [Theory]
    [MemberData(nameof(RecordNames))]
    public void Catalog_Keys_AreUniqueLowerCaseAndHyphenated(string recordName)
    {
        string keyName = SeedFiles.Record(recordName).GetProperty("key").GetString()!;
        List<string> keys = Catalog.All(recordName).Cast<object>()
            .Select(e => (string)e.GetType().GetProperty(keyName)!.GetValue(e)!).ToList();
        Assert.Equal(keys.Count, keys.Distinct(StringComparer.Ordinal).Count());
        Assert.All(keys, k => Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", k));
    }

    [Fact]
    public void RegulatoryRequirement_CopyWithFreshLists_IsEqualWithSameHashCode()
    {
        Assert.All(RegulatoryRequirements.All, r =>
        {
            var copy = new RegulatoryRequirement(new string(r.Id.ToCharArray()), r.Jurisdiction, r.Body, r.Stage, r.Application,
                r.Instruments.ToList(), r.AppliesTo.ToArray(), r.FollowUpYears, r.FollowUpBound, r.Statement, r.Verification, r.UnverifiedFields.ToList(),
                r.Note, r.Evidence.Select(u => new Uri(u.OriginalString)).ToList(), r.Source);
            Assert.Equal(r, copy);
            Assert.Equal(r.GetHashCode(), copy.GetHashCode());
            Assert.NotSame(r.Instruments, copy.Instruments);
        });
    }

    [Fact]
    public void RegulatoryRequirement_CopyDifferingInOneListElement_IsNotEqual()
    {
        RegulatoryRequirement r = RegulatoryRequirements.UsInd;
        var otherInstrument = new RegulatoryRequirement(r.Id, r.Jurisdiction, r.Body, r.Stage, r.Application,
            new[] { RegulatoryInstruments.Us21Cfr6012 }, r.AppliesTo, r.FollowUpYears, r.FollowUpBound, r.Statement, r.Verification, r.UnverifiedFields,
            r.Note, r.Evidence, r.Source);
        var fewerTypes = new RegulatoryRequirement(r.Id, r.Jurisdiction, r.Body, r.Stage, r.Application,
            r.Instruments, r.AppliesTo.Skip(1).ToArray(), r.FollowUpYears, r.FollowUpBound, r.Statement, r.Verification, r.UnverifiedFields,
            r.Note, r.Evidence, r.Source);
        Assert.NotEqual(r, otherInstrument);
        Assert.NotEqual(r, fewerTypes);
    }

    [Fact]
    public void MarketingAuthorisation_CopyDifferingInOneScalar_IsNotEqual()
    {
        MarketingAuthorisation a = MarketingAuthorisations.KymriahEu;
        var later = new MarketingAuthorisation(a.Id, a.Product, a.Body, a.Application, a.Year + 1, a.Month, a.Date, a.UsPathway, a.EuType,
            a.Designations, a.Verification, a.UnverifiedFields, a.Note, a.Source);
        var same = new MarketingAuthorisation(a.Id, a.Product, a.Body, a.Application, a.Year, a.Month, a.Date, a.UsPathway, a.EuType,
            a.Designations.ToList(), a.Verification, a.UnverifiedFields.ToList(), a.Note, a.Source);
        Assert.NotEqual(a, later);
        Assert.Equal(a, same);
    }

    [Fact]
    public void Product_NullRequiredArgument_ThrowsArgumentNullException()
    {
        Product p = Products.ZolgensmaUs;
        var error = Assert.Throws<ArgumentNullException>(() => new Product(p.Id, null!, p.Jurisdiction, p.Substance, p.NonproprietaryName,
            p.FirstHolder, p.Indication, p.Verification, p.UnverifiedFields, p.Note, p.Evidence, p.Source));
        Assert.Equal("brand", error.ParamName);
    }

    [Theory]
    [MemberData(nameof(RecordNames))]
    public void Catalog_AllAndEveryListProperty_AreReadOnly(string recordName)
    {
        IList all = Catalog.All(recordName);
        Assert.True(all.IsReadOnly);
        foreach (object entry in all)
        {
            foreach (PropertyInfo property in entry.GetType().GetProperties().Where(p => p.PropertyType.IsGenericType
                && p.PropertyType.GetGenericTypeDefinition() == typeof(IReadOnlyList<>)))
            {
                var list = (IList)property.GetValue(entry)!;
                Assert.True(list.IsReadOnly, $"{recordName}.{property.Name}");
            }
        }
    }

    internal static void AssertReadOnly<T>(IReadOnlyList<T> items, T sample)
    {
        int count = items.Count;
        T first = items[0];

        IList<T> list = Assert.IsAssignableFrom<IList<T>>(items);
        Assert.True(list.IsReadOnly);
        Assert.Throws<NotSupportedException>(() => list.Add(sample));
        Assert.Throws<NotSupportedException>(() => list[0] = sample);
        Assert.Throws<NotSupportedException>(() => list.Insert(0, sample));
        Assert.Throws<NotSupportedException>(() => list.RemoveAt(0));
        Assert.Throws<NotSupportedException>(() => list.Clear());
        Assert.False(items is T[], "A bare array could be downcast and mutated.");

        Assert.Equal(count, items.Count);
        Assert.Equal(first, items[0]);
    }

    private static void AssertSeedValue(JsonElement seed, string type, object? actual, string what)
    {
        if (type.EndsWith("?", StringComparison.Ordinal))
        {
            if (seed.ValueKind == JsonValueKind.Null)
            {
                Assert.True(actual is null, what + " should be null");
                return;
            }

            type = type.Substring(0, type.Length - 1);
        }

        if (type.EndsWith("[]", StringComparison.Ordinal))
        {
            object[] items = ((IEnumerable)actual!).Cast<object>().ToArray();
            JsonElement[] seeds = seed.EnumerateArray().ToArray();
            Assert.True(seeds.Length == items.Length, $"{what}: {seeds.Length} seed values, {items.Length} generated");
            for (int i = 0; i < seeds.Length; i++)
            {
                AssertSeedValue(seeds[i], type.Substring(0, type.Length - 2), items[i], $"{what}[{i}]");
            }

            return;
        }

        Assert.True(actual is not null, what + " should not be null");
        switch (type)
        {
            case "string":
                Assert.Equal(seed.GetString(), (string)actual!);
                break;
            case "int":
                Assert.Equal(seed.GetInt32(), (int)actual!);
                break;
            case "bool":
                Assert.Equal(seed.GetBoolean(), (bool)actual!);
                break;
            case "date":
                Assert.Equal(DateTime.ParseExact(seed.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture), (DateTime)actual!);
                break;
            case "uri":
                Assert.Equal(seed.GetString(), ((Uri)actual!).OriginalString);
                break;
            default:
                if (actual!.GetType().IsEnum)
                {
                    // The generated converter writes the wire code, so this also checks ToCode against the seed.
                    Assert.Equal(JsonSerializer.Serialize(seed.GetString()), JsonSerializer.Serialize(actual, actual.GetType()));
                }
                else
                {
                    string keyName = SeedFiles.Record(type).GetProperty("key").GetString()!;
                    Assert.Equal(seed.GetString(), (string)actual.GetType().GetProperty(keyName)!.GetValue(actual)!);
                    Assert.Contains(actual, Catalog.All(type).Cast<object>());
                }

                break;
        }
    }
}
