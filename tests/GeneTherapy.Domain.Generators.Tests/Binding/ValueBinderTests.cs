using System.Collections.Generic;
using System.Linq;
using GeneTherapy.Domain.Generators.Binding;
using GeneTherapy.Domain.Generators.Model;
using Xunit;
using static GeneTherapy.Domain.Generators.Tests.Binding.BindingFixture;

namespace GeneTherapy.Domain.Generators.Tests.Binding;

public class ValueBinderTests
{
    private const string Types = "\"enums\": [ { \"name\": \"Color\", \"members\": [ "
        + "{ \"name\": \"Red\", \"value\": 1, \"code\": \"red\", \"label\": \"Red\" }, "
        + "{ \"name\": \"Crimson\", \"value\": 2, \"code\": \"crimson\", \"label\": \"Crimson\", \"deprecated\": { \"reason\": \"Too close to red.\", \"replacement\": \"red\" } } ] } ], "
        + "\"records\": [ { \"name\": \"Lab\", \"key\": \"Id\", \"fields\": [ { \"name\": \"Id\", \"type\": \"string\" } ] } ], "
        + "\"entries\": { \"Lab\": [ { \"Id\": \"north\" } ] }";

    [Theory]
    [InlineData("int", "-12", "Int", "-12")]
    [InlineData("int", "0", "Int", "0")]
    [InlineData("int", "-0", "Int", "0")]
    [InlineData("int", "2147483647", "Int", "2147483647")]
    [InlineData("bool", "true", "Bool", "true")]
    [InlineData("string", "\"a\\\"b\"", "String", "a\"b")]
    [InlineData("date", "\"2024-02-29\"", "Date", "2024-02-29")]
    [InlineData("uri", "\"https://example.org/x\"", "Uri", "https://example.org/x")]
    [InlineData("Color", "\"red\"", "EnumMember", "Red")]
    [InlineData("Lab", "\"north\"", "RecordEntry", "North")]
    [InlineData("int?", "null", "Null", "")]
    public void Bind_ValueOfItsType_TypedSpec(string type, string json, string kind, string text)
    {
        (BindingFixture f, ValueBinder values, ValueTarget target, SeedValue value) = Setup(type, json);

        ValueSpec? spec = values.Bind(target, value, new ValueOrigin(f["v.seed.json"], false, null));

        Assert.Empty(f.Diagnostics());
        Assert.Equal((kind, text), (spec!.Kind.ToString(), spec.Text));
    }

    [Fact]
    public void Bind_IntInCanonicalForm_KeepsTheSeedsOwnString()
    {
        (BindingFixture f, ValueBinder values, ValueTarget target, SeedValue value) = Setup("int", "2001");

        ValueSpec? spec = values.Bind(target, value, new ValueOrigin(f["v.seed.json"], false, null));

        Assert.Same(value.Text, spec!.Text);
    }

    [Fact]
    public void Bind_Date_KeepsYearMonthDaySoTheEmitterNeverParsesText()
    {
        (BindingFixture f, ValueBinder values, ValueTarget target, SeedValue value) = Setup("date", "\"2024-02-29\"");

        ValueSpec? spec = values.Bind(target, value, new ValueOrigin(f["v.seed.json"], false, null));

        Assert.Equal(new DateSpec(2024, 2, 29), spec!.Date);
        Assert.Equal("new global::System.DateTime(2024, 2, 29)", GeneTherapy.Domain.Generators.Emitting.CSharpSyntax.Value(spec));
    }

    [Fact]
    public void Bind_List_ItemsBoundAndReferencesCollected()
    {
        (BindingFixture f, ValueBinder values, ValueTarget target, SeedValue value) = Setup("Lab[]", "[\"north\", \"north\"]");
        var references = new List<EntryDecl>();

        ValueSpec? spec = values.Bind(target, value, new ValueOrigin(f["v.seed.json"], false, references));

        Assert.Equal(ValueKind.List, spec!.Kind);
        Assert.Equal(new[] { "North", "North" }, spec.Items.Select(i => i.Text));
        Assert.Equal(new[] { "north", "north" }, references.Select(r => r.Key));
    }

    [Theory]
    [InlineData("int", "2147483648", "the number 2147483648", "an integer from -2147483648 to 2147483647")]
    [InlineData("date", "\"2023-02-29\"", "the string \"2023-02-29\"", "a date as \"YYYY-MM-DD\"")]
    [InlineData("Color[]", "\"red\"", "the string \"red\"", "an array of code of enum 'Color' as a string values")]
    [InlineData("string", "null", "null", "a string")]
    [InlineData("bool?", "{}", "an object", "true or false (or null)")]
    public void Bind_Mismatch_GTD0017WithTheTypeAsWrittenAndMarksTheValuesDocument(string type, string json, string actual, string expected)
    {
        (BindingFixture f, ValueBinder values, ValueTarget target, SeedValue value) = Setup(type, json);

        Assert.Null(values.Bind(target, value, new ValueOrigin(f["v.seed.json"], false, null)));
        Assert.Equal(new[] { $"GTD0017 v.seed.json(1,{value.Location.StartColumn + 1}): P | {type} | {actual} | {expected}" }, f.Diagnostics());
        Assert.Equal(new[] { "v.seed.json" }, f.Context.FailedPaths);
    }

    [Fact]
    public void Bind_UnknownCode_GTD0015ListsTheCodes()
    {
        (BindingFixture f, ValueBinder values, ValueTarget target, SeedValue value) = Setup("Color", "\"blue\"");

        Assert.Null(values.Bind(target, value, new ValueOrigin(f["v.seed.json"], false, null)));

        Assert.Equal(new[] { $"GTD0015 v.seed.json(1,{value.Location.StartColumn + 1}): blue | Color | \"red\", \"crimson\"" }, f.Diagnostics());
    }

    [Fact]
    public void Bind_UnknownKey_GTD0016WithTheNearestKey()
    {
        (BindingFixture f, ValueBinder values, ValueTarget target, SeedValue value) = Setup("Lab", "\"nort\"");

        Assert.Null(values.Bind(target, value, new ValueOrigin(f["v.seed.json"], false, null)));

        Assert.Equal(new[] { $"GTD0016 v.seed.json(1,{value.Location.StartColumn + 1}): nort | Lab | ; did you mean 'north'?" }, f.Diagnostics());
    }

    [Fact]
    public void Bind_DeprecatedMember_GTD0026UnlessInsideADeprecatedTerm()
    {
        (BindingFixture f, ValueBinder values, ValueTarget target, SeedValue value) = Setup("Color", "\"crimson\"");

        values.Bind(target, value, new ValueOrigin(f["v.seed.json"], InsideDeprecated: true, null));
        Assert.Empty(f.Diagnostics());

        ValueSpec? spec = values.Bind(target, value, new ValueOrigin(f["v.seed.json"], InsideDeprecated: false, null));
        Assert.Equal("Crimson", spec!.Text);
        Assert.Equal(new[] { $"GTD0026 v.seed.json(1,{value.Location.StartColumn + 1}): Member 'crimson' of enum 'Color' | Too close to red | ; use 'red' instead" }, f.Diagnostics());
        Assert.Empty(f.Context.FailedPaths);
    }

    /// <summary>Declares the test types in t.seed.json and one value of <paramref name="type"/> in v.seed.json's single entry.</summary>
    private static (BindingFixture, ValueBinder, ValueTarget, SeedValue) Setup(string type, string json)
    {
        BindingFixture f = BindingFixture.Declared(
            ("t.seed.json", BindingFixture.Seed("T", Types)),
            ("v.seed.json", BindingFixture.Seed("V", "\"records\": [ { \"name\": \"Holder\", \"key\": \"K\", \"fields\": [ { \"name\": \"K\", \"type\": \"string\" }, "
                + "{ \"name\": \"P\", \"type\": \"" + type + "\" } ] } ], \"entries\": { \"Holder\": [ { \"K\": \"k\", \"P\": " + json + " } ] }")));
        RecordShape holder = f.RecordShape("Holder");
        (_, _, ValueBinder values) = f.Binders();
        SeedValue value = f["v.seed.json"].EntryGroups[0].Entries[0].Values[1].Value;
        return (f, values, holder.Fields[1].Target, value);
    }
}
