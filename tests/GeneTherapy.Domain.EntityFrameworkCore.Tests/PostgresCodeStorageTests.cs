using System.Collections.Generic;
using System.Linq;
using Microsoft.EntityFrameworkCore;
using Xunit;
using Xunit.Abstractions;

namespace GeneTherapy.Domain.EntityFrameworkCore.Tests;

/// <summary>Against a real PostgreSQL server on 127.0.0.1 (<see cref="PostgresServer"/>), a database per test.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresCodeStorageTests : CodeStorageTests
{
    private readonly PostgresServer _server;

    public PostgresCodeStorageTests(PostgresServer server, ITestOutputHelper output)
        : base(output)
    {
        _server = server;
        output.WriteLine($"PostgreSQL on 127.0.0.1:{server.Port}: initdb {server.InitdbDuration.TotalSeconds:0.00} s, initdb + start {server.StartDuration.TotalSeconds:0.00} s");
    }

    protected override string ListLiteral(params string[] codes)
        => "ARRAY[" + string.Join(", ", codes.Select(c => "'" + c + "'")) + "]::character varying(17)[]";

    protected override IReadOnlyDictionary<string, string> ExpectedColumnTypes { get; } = new Dictionary<string, string>
    {
        ["Vector"] = "character varying(17) NOT NULL",
        ["Jurisdiction"] = "character varying(2)",
        ["Contact"] = "character varying(12) NOT NULL",
        ["PriorVectors"] = "character varying(17)[] NOT NULL",
        ["Product"] = "character varying(40)",
    };

    protected override DbContextOptions<TContext> Options<TContext>(string database)
        => new DbContextOptionsBuilder<TContext>().UseNpgsql(_server.Database("gtd_" + typeof(TContext).Name.ToLowerInvariant() + "_" + database)).Options;

    /// <summary>Npgsql maps a primitive collection to a PostgreSQL array.</summary>
    protected override string ListText(object raw) => string.Join(",", Assert.IsType<string[]>(raw));
}
