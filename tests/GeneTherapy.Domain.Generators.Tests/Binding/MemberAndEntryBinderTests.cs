using System.Linq;
using GeneTherapy.Domain.Generators.Binding;
using GeneTherapy.Domain.Generators.Model;
using Xunit;
using static GeneTherapy.Domain.Generators.Tests.Binding.BindingFixture;

namespace GeneTherapy.Domain.Generators.Tests.Binding;

public class MemberAndEntryBinderTests
{
    [Fact]
    public void EnumMembers_SortedByValueWithPropertyValuesSourcesAndDeprecations()
    {
        BindingFixture f = BindingFixture.Declared(("a.seed.json", BindingFixture.Seed("A",
            "\"sources\": [ { \"id\": \"s1\", \"title\": \"S\" } ], \"enums\": [ { \"name\": \"Color\", \"source\": \"s1\", \"properties\": [ { \"name\": \"Warm\", \"type\": \"bool?\" } ], \"members\": [ "
            + "{ \"name\": \"Red\", \"value\": 2, \"code\": \"red\", \"label\": \"Red\", \"properties\": { \"Warm\": true } }, "
            + "{ \"name\": \"Old\", \"value\": 1, \"code\": \"old\", \"label\": \"Old\", \"deprecated\": { \"reason\": \"Gone.\", \"replacement\": \"red\" } } ] } ]")));

        (SourceRef? source, EquatableArray<MemberSpec> members) = MemberBinder(f).Bind(f.EnumShape("Color"));

        Assert.Empty(f.Diagnostics());
        Assert.Equal(new SourceRef("A", "S1", "S"), source);
        Assert.Equal(new[] { "Old", "Red" }, members.Select(m => m.Name));
        Assert.Equal(new DeprecationSpec("Gone.", "Red", "red"), members[0].Deprecation);
        Assert.Equal(new[] { ValueKind.Null, ValueKind.Bool }, members.Select(m => m.PropertyValues.Single().Kind));
        Assert.All(members, m => Assert.Equal(source, m.Source));
    }

    [Fact]
    public void EnumMembers_DuplicateValueEmptyCodeUnknownPropertyMissingProperty_MemberLeftOut()
    {
        string a = Seed("A", "\"enums\": [ { \"name\": \"Color\", \"properties\": [ { \"name\": \"Warm\", \"type\": \"bool\" } ], \"members\": [ "
            + "{ \"name\": \"Red\", \"value\": 1, \"code\": \"red\", \"label\": \"Red\", \"properties\": { \"Warm\": true } }, "
            + "{ \"name\": \"Blue\", \"value\": 1, \"code\": \"\", \"label\": \"Blue\", \"properties\": { \"Wram\": false } } ] } ]");
        BindingFixture f = Declared(("a.seed.json", a));

        (_, EquatableArray<MemberSpec> members) = MemberBinder(f).Bind(f.EnumShape("Color"));

        Assert.Equal(new[] { "Red" }, members.Select(m => m.Name));
        Assert.Equal(
            new[]
            {
                $"GTD0003 a.seed.json{At(a, "{ \"name\": \"Blue\"")}: Member 'Blue' of enum 'Color' | properties.Warm",
                $"GTD0008 a.seed.json{At(a, "1, \"code\": \"\"")}: Color | 1 | Red",
                $"GTD0032 a.seed.json{At(a, "\"\",")}: Blue | Color",
                $"GTD0005 a.seed.json{At(a, "\"Wram\"")}: Wram | the properties of enum 'Color' | ; did you mean 'Warm'?",
            },
            f.Diagnostics());
    }

    [Fact]
    public void Entry_ValuesInFieldOrderWithRecordSourceAndReferences()
    {
        BindingFixture f = BindingFixture.Declared(("a.seed.json", BindingFixture.Seed("A",
            "\"sources\": [ { \"id\": \"s1\", \"title\": \"S\" } ], \"records\": [ { \"name\": \"Lab\", \"key\": \"Id\", \"source\": \"s1\", \"fields\": [ { \"name\": \"Id\", \"type\": \"string\" }, { \"name\": \"Parent\", \"type\": \"Lab?\" } ] } ], "
            + "\"entries\": { \"Lab\": [ { \"Parent\": \"root\", \"Id\": \"leaf\" }, { \"Id\": \"root\" } ] }")));
        RecordShape lab = f.RecordShape("Lab");
        (TermLookup terms, DeprecationBinder deprecations, ValueBinder values) = f.Binders();
        var binder = new EntryBinder(f.Context, f.Sources, values, deprecations);

        BoundEntry leaf = binder.Bind(lab, terms.Catalog(lab.Decl).Entries[0]);
        BoundEntry root = binder.Bind(lab, terms.Catalog(lab.Decl).Entries[1]);

        Assert.Empty(f.Diagnostics());
        Assert.Equal(new[] { "leaf", "Root" }, leaf.Values!.Value.Select(v => v.Text));
        Assert.Equal(new[] { ValueKind.String, ValueKind.Null }, root.Values!.Value.Select(v => v.Kind));
        Assert.Equal(new SourceRef("A", "S1", "S"), leaf.Source);
        Assert.Equal(new[] { "root" }, leaf.References.Select(r => r.Key));
    }

    [Fact]
    public void Entry_UnknownFieldAndMissingValue_WarningAndErrorValuesNull()
    {
        string a = Seed("A", "\"records\": [ { \"name\": \"Lab\", \"key\": \"Id\", \"fields\": [ { \"name\": \"Id\", \"type\": \"string\" }, { \"name\": \"Size\", \"type\": \"int\" } ] } ], "
            + "\"entries\": { \"Lab\": [ { \"Id\": \"x\", \"Szie\": 1 } ] }");
        BindingFixture f = Declared(("a.seed.json", a));
        RecordShape lab = f.RecordShape("Lab");
        (TermLookup terms, DeprecationBinder deprecations, ValueBinder values) = f.Binders();

        BoundEntry entry = new EntryBinder(f.Context, f.Sources, values, deprecations).Bind(lab, terms.Catalog(lab.Decl).Entries[0]);

        Assert.Null(entry.Values);
        Assert.Equal(
            new[]
            {
                $"GTD0003 a.seed.json{At(a, "{ \"Id\": \"x\"")}: An entry of 'Lab' | Size",
                $"GTD0005 a.seed.json{At(a, "\"Szie\"")}: Szie | record 'Lab' | ; did you mean 'Size'?",
            },
            f.Diagnostics());
    }

    [Fact]
    public void EntryDeprecation_ReplacementDeprecatedToo_GTD0025AndEntryFails()
    {
        string seed = Seed("A", "\"records\": [ { \"name\": \"Lab\", \"key\": \"Id\", \"fields\": [ { \"name\": \"Id\", \"type\": \"string\" } ] } ], \"entries\": { \"Lab\": [ "
            + "{ \"Id\": \"a\", \"deprecated\": { \"reason\": \"r\", \"replacement\": \"b\" } }, { \"Id\": \"b\", \"deprecated\": { \"reason\": \"r\" } } ] }");
        BindingFixture f = Declared(("a.seed.json", seed));
        RecordShape lab = f.RecordShape("Lab");
        (TermLookup terms, DeprecationBinder deprecations, ValueBinder values) = f.Binders();
        var binder = new EntryBinder(f.Context, f.Sources, values, deprecations);

        BoundEntry a = binder.Bind(lab, terms.Catalog(lab.Decl).Entries[0]);
        BoundEntry b = binder.Bind(lab, terms.Catalog(lab.Decl).Entries[1]);

        Assert.Null(a.Values);
        Assert.Equal(new DeprecationSpec("r", null, null), b.Deprecation);
        Assert.Equal(new[] { $"GTD0025 a.seed.json{At(seed, "\"b\"")}: b | entry 'a' of 'Lab' | it is deprecated too | entry of 'Lab'" }, f.Diagnostics());
    }

    private static EnumMemberBinder MemberBinder(BindingFixture f)
    {
        (_, DeprecationBinder deprecations, ValueBinder values) = f.Binders();
        return new EnumMemberBinder(f.Context, f.Sources, values, deprecations);
    }
}
