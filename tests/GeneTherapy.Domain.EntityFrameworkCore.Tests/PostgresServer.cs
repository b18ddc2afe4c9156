using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using Xunit;

namespace GeneTherapy.Domain.EntityFrameworkCore.Tests;

/// <summary>
/// A private PostgreSQL cluster for the test run: initdb into a temporary folder, started on 127.0.0.1 at a free
/// port, stopped and deleted at the end. It needs Debian's <c>postgresql</c> package (<c>.ci/run</c> installs it);
/// when the server cannot start, the fixture throws and every PostgreSQL test fails with the reason.
/// PostgreSQL refuses to run as root, so as root the server runs as the <c>postgres</c> account.
/// </summary>
public sealed class PostgresServer : IDisposable
{
    private readonly string _bin;
    private readonly string _data;
    private readonly bool _asPostgresUser;

    public PostgresServer()
    {
        var clock = Stopwatch.StartNew();
        _bin = FindBinDirectory();
        _asPostgresUser = Environment.UserName == "root";
        _data = Path.Combine(Path.GetTempPath(), "gtd-pg-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_data);
        if (_asPostgresUser)
        {
            Run("chown", "postgres:postgres " + _data, asPostgres: false);
        }

        Run(Path.Combine(_bin, "initdb"), $"-D {_data} -U postgres --auth=trust -E UTF8 --no-locale --no-sync", asPostgres: _asPostgresUser);
        TimeSpan initialized = clock.Elapsed;
        Port = FreePort();
        Run(Path.Combine(_bin, "pg_ctl"),
            $"-D {_data} -l {_data}/server.log -w -t 60 -o \"-h 127.0.0.1 -p {Port} -k {_data} -F\" start", asPostgres: _asPostgresUser);
        StartDuration = clock.Elapsed;
        InitdbDuration = initialized;
        ConnectionString = $"Host=127.0.0.1;Port={Port};Username=postgres;Database=postgres;Pooling=false";
    }

    public int Port { get; }

    public string ConnectionString { get; }

    /// <summary>How long initdb took.</summary>
    public TimeSpan InitdbDuration { get; }

    /// <summary>How long initdb plus the server start took.</summary>
    public TimeSpan StartDuration { get; }

    /// <summary>A connection string to a database of its own, which EF Core's EnsureCreated creates.</summary>
    public string Database(string name) => ConnectionString.Replace("Database=postgres", "Database=" + name, StringComparison.Ordinal);

    public void Dispose()
    {
        try
        {
            Run(Path.Combine(_bin, "pg_ctl"), $"-D {_data} -m fast -w stop", asPostgres: _asPostgresUser);
        }
        finally
        {
            Directory.Delete(_data, recursive: true);
        }
    }

    private static string FindBinDirectory()
    {
        const string Root = "/usr/lib/postgresql";
        string? bin = Directory.Exists(Root)
            ? Directory.GetDirectories(Root)
                .Select(d => Path.Combine(d, "bin"))
                .Where(d => File.Exists(Path.Combine(d, "initdb")))
                .OrderByDescending(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), out int v) ? v : 0)
                .FirstOrDefault()
            : null;
        return bin ?? throw new InvalidOperationException(
            "PostgreSQL's server binaries were not found under /usr/lib/postgresql/*/bin: install Debian's 'postgresql' package (apt-get install -y postgresql), as .ci/run does.");
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static void Run(string file, string arguments, bool asPostgres)
    {
        var start = new ProcessStartInfo(asPostgres ? "runuser" : file, asPostgres ? $"-u postgres -- {file} {arguments}" : arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        using Process process = Process.Start(start) ?? throw new InvalidOperationException("could not start " + file);
        string output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"'{file} {arguments}' exited with {process.ExitCode}: {output}");
        }
    }
}

[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "PostgreSQL";
}
