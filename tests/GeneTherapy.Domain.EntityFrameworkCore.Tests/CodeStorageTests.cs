using System;
using System.Collections.Generic;
using System.Data.Common;
using System.Linq;
using GeneTherapy.Domain.EntityFrameworkCore.Tests.Registry;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Xunit;
using Xunit.Abstractions;

namespace GeneTherapy.Domain.EntityFrameworkCore.Tests;

#pragma warning disable CS0618 // ContactMethod.Telephone is deprecated on purpose: retired codes must still read

/// <summary>
/// The same tests against each real database: the rows are written by EF Core and read back both by EF Core and
/// with plain SQL, so the assertions see what the column holds.
/// </summary>
public abstract class CodeStorageTests
{
    private readonly ITestOutputHelper _output;

    protected CodeStorageTests(ITestOutputHelper output) => _output = output;

    /// <summary>Options for a context on a fresh, empty database of the given name.</summary>
    protected abstract DbContextOptions<TContext> Options<TContext>(string database)
        where TContext : DbContext;

    /// <summary>How the database writes a list of codes in its column, as text.</summary>
    protected abstract string ListText(object raw);

    /// <summary>A list of codes, as an SQL literal of the database's primitive-collection column.</summary>
    protected abstract string ListLiteral(params string[] codes);

    /// <summary>What <c>CREATE TABLE</c> says of each column, by the column's name.</summary>
    protected abstract IReadOnlyDictionary<string, string> ExpectedColumnTypes { get; }

    [Fact]
    public void Conventions_WriteEveryVocabularyEnumAsItsCode_AndReadItBack()
        => RoundTrip<ConventionRegistryContext>("conventions");

    [Fact]
    public void ModelBuilderOneLiner_WritesEveryVocabularyEnumAsItsCode_AndReadsItBack()
        => RoundTrip<ModelBuilderRegistryContext>("modelbuilder");

    [Fact]
    public void OptIn_StoresOnlyTheConfiguredPropertiesAsCodes()
    {
        using OptInRegistryContext context = Create<OptInRegistryContext>("optin");
        context.Records.Add(new FollowUpRecord { Vector = VectorPlatform.AdenoAssociatedVirus, Jurisdiction = Jurisdiction.UnitedStates, Contact = ContactMethod.Remote, PriorVectors = { VectorPlatform.PlasmidDna } });
        context.SaveChanges();

        List<object?[]> rows = RawRows(context);
        Log(rows);
        object?[] row = Assert.Single(rows);
        Assert.Equal("aav", row[0]);
        Assert.Equal("us", row[1]);
        Assert.Equal(2L, Convert.ToInt64(row[2], System.Globalization.CultureInfo.InvariantCulture)); // not opted in: EF Core's default, the number
        Assert.Equal("plasmid", ListText(row[3]!));
    }

    [Fact]
    public void WhereByEnum_TranslatesToAComparisonWithTheCode()
    {
        using ConventionRegistryContext context = Create<ConventionRegistryContext>("query");
        context.Records.AddRange(
            new FollowUpRecord { Vector = VectorPlatform.AdenoAssociatedVirus, Contact = ContactMethod.ClinicVisit },
            new FollowUpRecord { Vector = VectorPlatform.Lentiviral, Contact = ContactMethod.ClinicVisit });
        context.SaveChanges();

        IQueryable<FollowUpRecord> query = context.Records.Where(x => x.Vector == VectorPlatform.AdenoAssociatedVirus);
        string sql = query.ToQueryString();
        _output.WriteLine(sql);
        Assert.Contains("\"Vector\" = 'aav'", sql, StringComparison.Ordinal);
        Assert.Equal(VectorPlatform.AdenoAssociatedVirus, Assert.Single(query.ToList()).Vector);

        IQueryable<FollowUpRecord> byJurisdiction = context.Records.Where(x => x.Jurisdiction == null && x.Contact == ContactMethod.ClinicVisit);
        _output.WriteLine(byJurisdiction.ToQueryString());
        Assert.Contains("\"Contact\" = 'clinic-visit'", byJurisdiction.ToQueryString(), StringComparison.Ordinal);
        Assert.Equal(2, byJurisdiction.Count());
    }

    [Fact]
    public void UnknownCodeInARow_FailsNamingTheEntityPropertyAndCode()
    {
        using ConventionRegistryContext context = Create<ConventionRegistryContext>("unknown");
        Insert(context, "'aav2'", "'remote'");

        // Thrown as it is: EF Core wraps only cast errors in its own "error while reading" exception.
        UnknownCodeException unknown = Assert.Throws<UnknownCodeException>(() => context.Records.ToList());
        _output.WriteLine(unknown.ToString());
        Assert.Equal(
            "FollowUpRecord.Vector holds 'aav2', which is not a code of enum VectorPlatform; known codes: aav, lentiviral, gamma-retroviral, adenoviral, hsv-1, plasmid, mrna, bacterial, non-viral-editing.",
            unknown.Message);
        Assert.Equal(("FollowUpRecord", "Vector", "aav2"), (unknown.EntityType, unknown.PropertyName, unknown.Code));
    }

    [Fact]
    public void UnknownCodeInAListOfCodes_FailsNamingTheEntityPropertyAndCode()
    {
        using ConventionRegistryContext context = Create<ConventionRegistryContext>("unknownlist");
        Insert(context, "'aav'", "'remote'", ListLiteral("lentiviral", "retroviral"));

        Exception error = Assert.ThrowsAny<Exception>(() => context.Records.ToList());
        _output.WriteLine(error.ToString());
        UnknownCodeException unknown = Assert.IsType<UnknownCodeException>(error.GetBaseException());
        Assert.Equal(("FollowUpRecord", "PriorVectors", "retroviral"), (unknown.EntityType, unknown.PropertyName, unknown.Code));
    }

    [Fact]
    public void UnknownCatalogKeyInARow_FailsNamingTheEntityPropertyAndKey()
    {
        using ConventionRegistryContext context = Create<ConventionRegistryContext>("unknownkey");
        Insert(context, "'aav'", "'remote'", product: "'zynteglo-mars'");

        UnknownCodeException unknown = Assert.Throws<UnknownCodeException>(() => context.Records.ToList());
        Assert.Equal(
            "FollowUpRecord.Product holds 'zynteglo-mars', which is not the key of a Product in its catalog; the catalog of this package version has no such entry.",
            unknown.Message);
    }

    [Fact]
    public void DeprecatedCodeInARow_StillReads()
    {
        using ConventionRegistryContext context = Create<ConventionRegistryContext>("deprecated");
        Insert(context, "'mrna'", "'phone'");

        FollowUpRecord record = Assert.Single(context.Records.AsNoTracking().ToList());
        Assert.Equal(ContactMethod.Telephone, record.Contact);
        Assert.Equal(VectorPlatform.MessengerRna, record.Vector);
        Assert.Equal("remote", CodeTables.Get<ContactMethod>().GetInfo(record.Contact).ReplacementCode);
    }

    [Fact]
    public void Schema_MigrationOperationsAndCreateScript_HaveStringColumnsWithTheLongestCodesLength()
    {
        using ConventionRegistryContext context = Create<ConventionRegistryContext>("schema", create: false);
        IRelationalModel model = context.GetService<IDesignTimeModel>().Model.GetRelationalModel();
        CreateTableOperation table = Assert.Single(context.GetService<IMigrationsModelDiffer>().GetDifferences(null, model).OfType<CreateTableOperation>());
        Dictionary<string, AddColumnOperation> columns = table.Columns.ToDictionary(c => c.Name);

        Assert.Equal((typeof(string), 17, false), (columns["Vector"].ClrType, columns["Vector"].MaxLength, columns["Vector"].IsNullable));
        Assert.Equal((typeof(string), 2, true), (columns["Jurisdiction"].ClrType, columns["Jurisdiction"].MaxLength, columns["Jurisdiction"].IsNullable));
        Assert.Equal((typeof(string), 12, false), (columns["Contact"].ClrType, columns["Contact"].MaxLength, columns["Contact"].IsNullable));
        Assert.Equal((typeof(string), 40, true), (columns["Product"].ClrType, columns["Product"].MaxLength, columns["Product"].IsNullable));
        Assert.Equal(CodeTables.Get<VectorPlatform>().MaxCodeLength, columns["Vector"].MaxLength);

        string script = context.Database.GenerateCreateScript();
        _output.WriteLine(script);
        foreach ((string column, string type) in ExpectedColumnTypes)
        {
            Assert.Contains($"\"{column}\" {type}", script, StringComparison.Ordinal);
        }
    }

    private void RoundTrip<TContext>(string database)
        where TContext : RegistryContext
    {
        using (TContext context = Create<TContext>(database))
        {
            context.Records.AddRange(
                new FollowUpRecord
                {
                    Vector = VectorPlatform.AdenoAssociatedVirus, Jurisdiction = Jurisdiction.EuropeanUnion, Contact = ContactMethod.Remote,
                    PriorVectors = { VectorPlatform.Lentiviral, VectorPlatform.GammaRetroviral }, Product = Products.ZyntegloUs,
                },
                new FollowUpRecord { Vector = VectorPlatform.NonViralGenomeEditing, Contact = ContactMethod.ClinicVisit });
            context.SaveChanges();

            List<object?[]> rows = RawRows(context);
            Log(rows);
            Assert.Equal(2, rows.Count);
            Assert.Equal(new object?[] { "aav", "eu", "remote", "lentiviral,gamma-retroviral", "zynteglo-us" }, rows[0].Take(3).Append(ListText(rows[0][3]!)).Append(rows[0][4]));
            Assert.Equal(new object?[] { "non-viral-editing", null, "clinic-visit", string.Empty, null }, rows[1].Take(3).Append(ListText(rows[1][3]!)).Append(rows[1][4]));
        }

        using (TContext context = Create<TContext>(database, create: false))
        {
            List<FollowUpRecord> records = context.Records.OrderBy(r => r.Id).AsNoTracking().ToList();
            Assert.Equal(
                (VectorPlatform.AdenoAssociatedVirus, (Jurisdiction?)Jurisdiction.EuropeanUnion, ContactMethod.Remote),
                (records[0].Vector, records[0].Jurisdiction, records[0].Contact));
            Assert.Equal(new[] { VectorPlatform.Lentiviral, VectorPlatform.GammaRetroviral }, records[0].PriorVectors);
            Assert.Same(Products.ZyntegloUs, records[0].Product);
            Assert.Equal((VectorPlatform.NonViralGenomeEditing, (Jurisdiction?)null), (records[1].Vector, records[1].Jurisdiction));
            Assert.Empty(records[1].PriorVectors);
            Assert.Null(records[1].Product);
        }
    }

    private TContext Create<TContext>(string database, bool create = true)
        where TContext : RegistryContext
    {
        var context = (TContext)Activator.CreateInstance(typeof(TContext), Options<TContext>(database))!;
        if (create)
        {
            context.Database.EnsureDeleted();
            context.Database.EnsureCreated();
        }

        return context;
    }

    // The values are this class's own literals, not input: plain SQL is the point (a row EF Core would never write).
#pragma warning disable EF1002
    private void Insert(DbContext context, string vector, string contact, string? list = null, string product = "NULL")
        => context.Database.ExecuteSqlRaw(
            $"INSERT INTO follow_up (\"Vector\", \"Jurisdiction\", \"Contact\", \"PriorVectors\", \"Product\") VALUES ({vector}, NULL, {contact}, {list ?? ListLiteral()}, {product})");
#pragma warning restore EF1002

    private static List<object?[]> RawRows(DbContext context)
    {
        DbConnection connection = context.Database.GetDbConnection();
        context.Database.OpenConnection();
        try
        {
            using DbCommand command = connection.CreateCommand();
            command.CommandText = "SELECT \"Vector\", \"Jurisdiction\", \"Contact\", \"PriorVectors\", \"Product\" FROM follow_up ORDER BY \"Id\"";
            using DbDataReader reader = command.ExecuteReader();
            var rows = new List<object?[]>();
            while (reader.Read())
            {
                var row = new object?[reader.FieldCount];
                for (int i = 0; i < row.Length; i++)
                {
                    row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
                }

                rows.Add(row);
            }

            return rows;
        }
        finally
        {
            context.Database.CloseConnection();
        }
    }

    private void Log(List<object?[]> rows)
    {
        foreach (object?[] row in rows)
        {
            _output.WriteLine("row: " + string.Join(" | ", row.Select(v => v switch { null => "NULL", string[] a => "{" + string.Join(",", a) + "}", _ => v.ToString() })));
        }
    }
}
