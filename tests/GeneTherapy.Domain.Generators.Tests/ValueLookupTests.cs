using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using Xunit;

namespace GeneTherapy.Domain.Generators.Tests;

/// <summary>
/// Value to code, label, term and JSON for every layout of member values: dense from 0, from 1, from a negative value,
/// from <see cref="int.MinValue"/>, up to <see cref="int.MaxValue"/> (read by index), and with gaps (switched). Every
/// member gives its own code, label and term; every value that is not a member (one below, one above, in a gap)
/// throws <see cref="ArgumentOutOfRangeException"/> naming the enum, from the extensions class, the code table and
/// the JSON converter alike.
/// </summary>
public sealed class ValueLookupTests : IDisposable
{
    private static readonly (string Name, int[] Values)[] s_layouts =
    {
        ("FromZero", new[] { 0, 1, 2 }),
        ("FromOne", new[] { 1, 2, 3, 4 }),
        ("FromNegative", new[] { -2, -1, 0, 1 }),
        ("FromMin", new[] { int.MinValue, int.MinValue + 1 }),
        ("ToMax", new[] { int.MaxValue - 2, int.MaxValue - 1, int.MaxValue }),
        ("Single", new[] { 7 }),
        ("WithGaps", new[] { 1, 2, 5, 10 }),
        ("Unsorted", new[] { 3, 1, 2 }),
    };

    private readonly Loaded _loaded;

    public ValueLookupTests()
    {
        GeneratorRun run = GeneratorHarness.Run(("seeds/layouts.seed.json", SeedText()));
        Assert.Empty(run.GeneratorDiagnostics.Select(d => d.ToString()));
        GeneratorHarness.AssertCompiles(run);
        _loaded = Loaded.From(run.Output);
    }

    public static IEnumerable<object[]> Layouts => s_layouts.Select(l => new object[] { l.Name });

    [Fact]
    public void Emitter_ReadsByIndexOnlyWhereValuesAreConsecutive()
    {
        GeneratorRun run = GeneratorHarness.Run(("seeds/layouts.seed.json", SeedText()));
        foreach ((string name, int[] values) in s_layouts)
        {
            string extensions = run.Sources[$"Layouts.{name}Extensions.g.cs"];
            int[] sorted = values.OrderBy(v => v).ToArray();
            bool consecutive = sorted.Zip(sorted.Skip(1), (a, b) => (long)b - a).All(d => d == 1);
            Assert.Equal(consecutive, extensions.Contains("return s_codes[index];", StringComparison.Ordinal));
            Assert.Equal(!consecutive, extensions.Contains("ToCode(this global::Layouts." + name + " value) => value switch", StringComparison.Ordinal));
        }
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public void EveryMember_GivesItsOwnCodeLabelTermAndJson(string name)
    {
        int[] values = s_layouts.Single(l => l.Name == name).Values;
        Type type = EnumType(name);
        foreach (int value in values)
        {
            object member = Enum.ToObject(type, value);
            Assert.Equal(Code(name, value), Call(name, "ToCode", member));
            Assert.Equal(Label(name, value), Call(name, "GetLabel", member));
            dynamic term = Call(name, "GetInfo", member);
            Assert.Equal((Code(name, value), Label(name, value)), ((string)term.Code, (string)term.Label));
            Assert.Equal(member, (object)term.Value);
            Assert.Equal("\"" + Code(name, value) + "\"", JsonSerializer.Serialize(member, type));
            Assert.Equal(Code(name, value), (string)CodeTable(name).ToCode((dynamic)member));
        }

        var terms = new List<string>();
        foreach (dynamic term in CodeTable(name).Terms)
        {
            terms.Add((string)term.Code);
        }

        Assert.Equal(values.OrderBy(v => v).Select(v => Code(name, v)), terms);
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public void ValuesThatAreNotMembers_Throw(string name)
    {
        int[] values = s_layouts.Single(l => l.Name == name).Values;
        Type type = EnumType(name);
        long min = values.Min(), max = values.Max();
        IEnumerable<long> between = max - min <= 20 ? Enumerable.Range(0, (int)(max - min)).Select(i => min + i) : Enumerable.Empty<long>();
        int[] outside = new[] { min - 1, max + 1, int.MinValue, int.MaxValue, 0 }.Concat(between)
            .Where(v => v is >= int.MinValue and <= int.MaxValue && !values.Contains((int)v))
            .Select(v => (int)v)
            .Distinct()
            .ToArray();
        Assert.NotEmpty(outside);
        foreach (int value in outside)
        {
            object notMember = Enum.ToObject(type, value);
            foreach (string method in new[] { "ToCode", "GetLabel", "GetInfo" })
            {
                var thrown = Assert.Throws<ArgumentOutOfRangeException>(() => Call(name, method, notMember));
                Assert.Equal("value", thrown.ParamName);
                Assert.StartsWith($"Not a defined {name} value.", thrown.Message, StringComparison.Ordinal);
            }

            Assert.Throws<ArgumentOutOfRangeException>(() => JsonSerializer.Serialize(notMember, type));
            Assert.Throws<ArgumentOutOfRangeException>(() => (string)CodeTable(name).ToCode((dynamic)notMember));
        }
    }

    public void Dispose() => _loaded.Dispose();

    private static string Code(string name, int value) => name.ToLowerInvariant() + "-" + value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Label(string name, int value) => name + " " + value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string SeedText()
    {
        IEnumerable<string> enums = s_layouts.Select(l =>
            $"{{ \"name\": \"{l.Name}\", \"members\": [ "
            + string.Join(", ", l.Values.Select((v, i) => $"{{ \"name\": \"M{i}\", \"value\": {v}, \"code\": \"{Code(l.Name, v)}\", \"label\": \"{Label(l.Name, v)}\" }}"))
            + " ] }");
        return "{ \"seedFormat\": 1, \"namespace\": \"Layouts\", \"enums\": [ " + string.Join(", ", enums) + " ] }";
    }

    private Type EnumType(string name) => _loaded.Assembly.GetType("Layouts." + name, throwOnError: true)!;

    /// <summary>The enum's code table, as <c>dynamic</c>: its runtime types are loaded in the test's own context.</summary>
    private dynamic CodeTable(string name)
    {
        Type table = _loaded.Assembly.GetType($"Layouts.{name}Extensions+CodeTable", throwOnError: true)!;
        return table.GetProperty("Instance")!.GetValue(null)!;
    }

    private object Call(string name, string method, object value)
    {
        MethodInfo info = _loaded.Assembly.GetType($"Layouts.{name}Extensions", throwOnError: true)!.GetMethod(method, new[] { EnumType(name) })!;
        try
        {
            return info.Invoke(null, new[] { value })!;
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            throw e.InnerException;
        }
    }
}
