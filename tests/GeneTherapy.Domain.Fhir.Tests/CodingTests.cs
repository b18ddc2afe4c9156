using System;
using System.Collections.Generic;
using System.Linq;
using GeneTherapy.Domain.Fhir.Tests.Registry;
using Hl7.Fhir.Model;
using Xunit;

namespace GeneTherapy.Domain.Fhir.Tests;

/// <summary>ToCoding and TryFromCoding for every member of every enum, and what TryFromCoding refuses.</summary>
public class CodingTests
{
    private sealed class RoundTrip : ICodeTableVisitor<IReadOnlyList<string>>
    {
        public IReadOnlyList<string> Visit<TEnum>(ICodeTable<TEnum> table)
            where TEnum : struct, Enum
        {
            var failures = new List<string>();
            foreach (TEnum value in table.Values)
            {
                Coding coding = value.ToCoding();
                TermInfo<TEnum> term = table.GetInfo(value);
                if (coding.System != table.CodeSystemUrl || coding.Code != term.Code || coding.Display != term.Label || coding.Version != table.CodeSystemVersion)
                {
                    failures.Add($"{table.Name}.{value}: {coding.System}|{coding.Version} {coding.Code} '{coding.Display}'");
                }

                if (!FhirCoding.TryFromCoding(coding, out TEnum back) || !back.Equals(value))
                {
                    failures.Add($"{table.Name}.{value}: read back as {back}");
                }
            }

            return failures;
        }
    }

    public static IEnumerable<object[]> TableNames => FhirValidation.Tables.Select(t => new object[] { t.Name });

    [Theory]
    [MemberData(nameof(TableNames))]
    public void ToCoding_ThenTryFromCoding_GivesBackEveryMember(string tableName)
    {
        ICodeTable table = FhirValidation.Tables.Single(t => t.Name == tableName);

        IReadOnlyList<string> failures = table.Accept(new RoundTrip());

        Assert.Empty(failures);
        Assert.NotEmpty(table.Terms);
    }

    [Fact]
    public void ToCoding_OfABuiltInMember_NamesItsCodeSystem()
    {
        Coding coding = VectorPlatform.AdenoAssociatedVirus.ToCoding();

        Assert.Equal(("https://genetherapy-domain.example.org/fhir/CodeSystem/VectorPlatform", "0.1.0", "aav", "Adeno-associated virus (AAV)"),
            (coding.System, coding.Version, coding.Code, coding.Display));
    }

    [Fact]
    public void TryFromCoding_ADeprecatedCode_StillReads()
    {
        Assert.True(FhirCoding.TryFromCoding(new Coding("https://registry.example.org/fhir/CodeSystem/SampleKind", "marrow"), out SampleKind kind));
#pragma warning disable CS0618 // the deprecated member is the point
        Assert.Equal(SampleKind.Marrow, kind);
#pragma warning restore CS0618
    }

    [Theory]
    [InlineData("https://genetherapy-domain.example.org/fhir/CodeSystem/Delivery", "aav")]            // another enum's system
    [InlineData("https://genetherapy-domain.example.org/fhir/CodeSystem/vectorplatform", "aav")]      // the URL in another case
    [InlineData("https://genetherapy-domain.example.org/fhir/ValueSet/VectorPlatform", "aav")]        // the value set, not the system
    [InlineData(null, "aav")]
    [InlineData("https://genetherapy-domain.example.org/fhir/CodeSystem/VectorPlatform", "AAV")]      // codes are case-sensitive
    [InlineData("https://genetherapy-domain.example.org/fhir/CodeSystem/VectorPlatform", null)]
    public void TryFromCoding_AnotherSystemOrAnUnknownCode_ReadsNothing(string? system, string? code)
    {
        bool read = FhirCoding.TryFromCoding(new Coding(system, code), out VectorPlatform value);

        Assert.False(read);
        Assert.Equal(default, value);
    }

    [Fact]
    public void TryFromCoding_Null_ReadsNothing() => Assert.False(FhirCoding.TryFromCoding<VectorPlatform>(null, out _));

    [Fact]
    public void ToCoding_OfAnEnumWithoutCanonical_SaysWhatToAdd()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Unpublished.One.ToCoding());

        Assert.Equal("Enum 'Unpublished' has no FHIR code system URL; give its seed a \"canonical\" base URL (or the enum its own \"canonical\").", error.Message);
        Assert.False(FhirCoding.TryFromCoding(new Coding(null, "one"), out Unpublished _));
    }

    [Fact]
    public void ToCoding_OfAnUndefinedValue_Throws()
        => Assert.Throws<ArgumentOutOfRangeException>(() => ((VectorPlatform)999).ToCoding());
}
