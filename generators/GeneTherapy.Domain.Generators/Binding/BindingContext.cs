using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using GeneTherapy.Domain.Generators.Diagnostics;
using GeneTherapy.Domain.Generators.Model;
using Microsoft.CodeAnalysis;

namespace GeneTherapy.Domain.Generators.Binding;

/// <summary>
/// What every binding phase writes to: the diagnostics, the documents that failed (marked explicitly by whoever
/// reports their error, never inferred from where a diagnostic points) and the dependencies between documents.
/// </summary>
internal sealed class BindingContext
{
    private readonly List<DiagnosticInfo> _diagnostics = new();
    private readonly HashSet<string> _failed = new(StringComparer.Ordinal);
    private readonly HashSet<(string From, string To)> _dependencies = new();
    private SeedDocument? _lastFrom;
    private SeedDocument? _lastTo;

    public BindingContext(bool someFileUnreadable, CancellationToken cancellationToken)
    {
        SomeFileUnreadable = someFileUnreadable;
        CancellationToken = cancellationToken;
    }

    /// <summary>
    /// Set when a seed file could not be read at all: what it declares is unknown, so "unknown type, record, source,
    /// code or key" errors elsewhere are likely its echo. <see cref="ReportUnresolved"/> then reports nothing (the
    /// file's GTD0001 is reported), but the document that has the reference still generates nothing.
    /// </summary>
    public bool SomeFileUnreadable { get; }

    public CancellationToken CancellationToken { get; }

    /// <summary>Paths of the documents that must not emit, each marked by the phase that found its error.</summary>
    public IReadOnlyCollection<string> FailedPaths => _failed;

    public IReadOnlyCollection<(string From, string To)> Dependencies => _dependencies;

    /// <summary>Reports an error in <paramref name="failing"/> and marks that document as failed.</summary>
    public void ReportError(SeedDocument failing, DiagnosticDescriptor descriptor, SeedLocation location, params object[] args)
    {
        _diagnostics.Add(DiagnosticInfo.Create(descriptor, location, args));
        Fail(failing.Path);
    }

    /// <summary>Reports an error in the document at <paramref name="failingPath"/> and marks that document as failed.</summary>
    public void ReportError(string failingPath, DiagnosticDescriptor descriptor, SeedLocation location, params object[] args)
    {
        _diagnostics.Add(DiagnosticInfo.Create(descriptor, location, args));
        Fail(failingPath);
    }

    /// <summary>An unresolved reference in <paramref name="failing"/>: reported unless some file was unreadable.</summary>
    public void ReportUnresolved(SeedDocument failing, DiagnosticDescriptor descriptor, SeedLocation location, params object[] args)
    {
        if (SomeFileUnreadable)
        {
            Fail(failing.Path);
            return;
        }

        ReportError(failing, descriptor, location, args);
    }

    /// <summary>Reports a warning or a project-level error; neither marks a document.</summary>
    public void Report(DiagnosticDescriptor descriptor, SeedLocation location, params object[] args)
        => _diagnostics.Add(DiagnosticInfo.Create(descriptor, location, args));

    /// <summary>Adds a warning made elsewhere (by a check shared with the parser), if there is one.</summary>
    public void Report(DiagnosticInfo? warning)
    {
        if (warning is not null)
        {
            _diagnostics.Add(warning);
        }
    }

    public void Fail(string path) => _failed.Add(path);

    /// <summary>Records that <paramref name="from"/> uses something <paramref name="to"/> declares, so it cannot emit without it.</summary>
    public void Depend(SeedDocument from, SeedDocument to)
    {
        // Consecutive values of one document mostly name the same other document: skip hashing the pair again.
        if (ReferenceEquals(from, _lastFrom) && ReferenceEquals(to, _lastTo))
        {
            return;
        }

        _lastFrom = from;
        _lastTo = to;
        Depend(from.Path, to.Path);
    }

    /// <summary>Records that the document at <paramref name="from"/> uses something the one at <paramref name="to"/> declares.</summary>
    public void Depend(string from, string to)
    {
        if (from != to)
        {
            _dependencies.Add((from, to));
        }
    }

    /// <summary>Adds diagnostics reported by an earlier binding step.</summary>
    public void AddReported(IEnumerable<DiagnosticInfo> diagnostics) => _diagnostics.AddRange(diagnostics);

    /// <summary>By path, position and id: the host's file order must not show in the output.</summary>
    public EquatableArray<DiagnosticInfo> SortedDiagnostics() => _diagnostics
        .OrderBy(d => d.Location.Path, StringComparer.Ordinal)
        .ThenBy(d => d.Location.Start)
        .ThenBy(d => d.Id, StringComparer.Ordinal)
        .ToEquatableArray();

    /// <summary>"file.seed.json(line,column)", one-based, for messages that point at a first declaration.</summary>
    public static string Describe(SeedLocation location)
        => string.Format(CultureInfo.InvariantCulture, "{0}({1},{2})", System.IO.Path.GetFileName(location.Path), location.StartLine + 1, location.StartColumn + 1);

    /// <summary>Only the first character: a whole object would underline half the file.</summary>
    public static SeedLocation Start(SeedLocation location)
        => new(location.Path, location.Start, Math.Min(1, location.Length), location.StartLine, location.StartColumn, location.StartLine, location.StartColumn + Math.Min(1, location.Length));
}
