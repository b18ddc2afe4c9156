using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Xunit;
using Xunit.Abstractions;

namespace GeneTherapy.Domain.EntityFrameworkCore.Tests;

/// <summary>Against a real SQLite database file per test, in a temporary folder deleted afterwards.</summary>
public sealed class SqliteCodeStorageTests : CodeStorageTests, IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "gtd-sqlite-" + Guid.NewGuid().ToString("N"));

    public SqliteCodeStorageTests(ITestOutputHelper output)
        : base(output) => Directory.CreateDirectory(_folder);

    protected override string ListLiteral(params string[] codes) => "'" + JsonSerializer.Serialize(codes) + "'";

    protected override IReadOnlyDictionary<string, string> ExpectedColumnTypes { get; } = new Dictionary<string, string>
    {
        // SQLite has no length limit on TEXT; the length lives in the model and in migrations (asserted above).
        ["Vector"] = "TEXT NOT NULL",
        ["Jurisdiction"] = "TEXT NULL",
        ["Contact"] = "TEXT NOT NULL",
        ["PriorVectors"] = "TEXT NOT NULL",
        ["Product"] = "TEXT NULL",
    };

    protected override DbContextOptions<TContext> Options<TContext>(string database)
        => new DbContextOptionsBuilder<TContext>().UseSqlite($"Data Source={Path.Combine(_folder, database + ".db")};Pooling=False").Options;

    /// <summary>SQLite holds a primitive collection as a JSON array in a TEXT column.</summary>
    protected override string ListText(object raw)
    {
        string json = Assert.IsType<string>(raw);
        return string.Join(",", JsonSerializer.Deserialize<string[]>(json)!);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
